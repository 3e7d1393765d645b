import type { CassetteExchange } from "./cassette.js";
import { diffRequests, type RequestDiff } from "./request-diff.js";
import type { WireRequest } from "./request-key.js";

/** The recorded exchange a missed request most likely stands for, and how the two differ. */
export interface ClosestRecording {
  /** 1-based position of the exchange in the cassette (its line, when the file has no blank lines). */
  position: number;
  purpose: string;
  occurrence: number;
  key: string;
  /**
   * `next-unreplayed`: the first exchange of the same purpose this run has not replayed yet, the one
   * a run asking in the recorded order would have been served; `most-similar`: every exchange of that
   * purpose was replayed already (or none has it), so the one whose messages share the most text.
   */
  reason: "next-unreplayed" | "most-similar";
  diff: RequestDiff;
}

/**
 * Picks the recording a missed request should have matched: same purpose first, then the same
 * position (the next exchange in cassette order not replayed yet), then the most similar messages.
 */
export function findClosestRecording(
  exchanges: readonly CassetteExchange[],
  missed: { request: WireRequest; purpose: string; replayed: ReadonlySet<string> },
): ClosestRecording | null {
  if (exchanges.length === 0) return null;
  const samePurpose = exchanges.filter((e) => e.purpose === missed.purpose);
  const pool = samePurpose.length > 0 ? samePurpose : exchanges;
  let chosen = pool.find((e) => !missed.replayed.has(e.key));
  let reason: ClosestRecording["reason"] = "next-unreplayed";
  if (chosen === undefined) {
    reason = "most-similar";
    let best = -1;
    for (const e of pool) {
      const score = similarity(e.request, missed.request);
      if (score > best) {
        best = score;
        chosen = e;
      }
    }
  }
  const exchange = chosen!;
  return {
    position: exchanges.indexOf(exchange) + 1,
    purpose: exchange.purpose,
    occurrence: exchange.occurrence,
    key: exchange.key,
    reason,
    diff: diffRequests(exchange.request, missed.request),
  };
}

/** Characters the two requests' messages share at their starts and ends, message by message: cheap, and enough to rank. */
function similarity(a: WireRequest, b: WireRequest): number {
  let shared = 0;
  const count = Math.min(a.messages.length, b.messages.length);
  for (let i = 0; i < count; i++) {
    const x = a.messages[i]!;
    const y = b.messages[i]!;
    if (x.role !== y.role) continue;
    const limit = Math.min(x.content.length, y.content.length);
    let prefix = 0;
    while (prefix < limit && x.content[prefix] === y.content[prefix]) prefix += 1;
    let suffix = 0;
    while (suffix < limit - prefix && x.content[x.content.length - 1 - suffix] === y.content[y.content.length - 1 - suffix]) suffix += 1;
    shared += prefix + suffix;
  }
  return shared;
}
