import { basename, dirname } from "node:path";
import { UserInputError, WorldCoderError } from "@worldcoder/core";
import type { ClosestRecording } from "./closest-recording.js";
import { formatRequestDiff } from "./request-diff.js";

/**
 * Errors an agent can handle: each has a stable `code` that reports count, and a `fault`
 * that says whose it is (the model's answer, the system, or the person running the tool).
 */

/** What replay knows about a request it has no recording for. */
export interface CassetteMiss {
  key: string;
  cassettePath: string;
  purpose: string;
  occurrence: number;
  promptStart: string;
  /** The recording the request most likely stands for, with a field-by-field diff; null for an empty cassette. */
  closest: ClosestRecording | null;
  /** The command that re-records just this run, from whoever knows the run (the bench runner); else a generic one. */
  rerecordCommand?: string;
}

/**
 * Replay found no recorded exchange for a request: the cassette is incomplete or the request
 * changed. The message shows the closest recording of the run and what differs from it, so a
 * prompt edit is recognised at once, and the command that re-records the run.
 */
export class CassetteMissError extends WorldCoderError {
  readonly key: string;
  readonly cassettePath: string;
  readonly closest: ClosestRecording | null;
  readonly rerecordCommand: string;
  constructor(miss: CassetteMiss) {
    const suite = basename(dirname(miss.cassettePath)) || "<suite>";
    const command = miss.rerecordCommand ?? `WORLDCODER_MODE=record pnpm worldcoder bench --suite ${suite}`;
    super("LLM_CASSETTE_MISS", missMessage(miss, command), { fault: "user" });
    this.key = miss.key;
    this.cassettePath = miss.cassettePath;
    this.closest = miss.closest;
    this.rerecordCommand = command;
  }
}

function missMessage(miss: CassetteMiss, command: string): string {
  const lines = [
    `replay: no recorded exchange for request ${miss.key} (purpose ${miss.purpose}, occurrence ${miss.occurrence}) in ${miss.cassettePath}.`,
    `Prompt starts: ${JSON.stringify(miss.promptStart)}`,
  ];
  const closest = miss.closest;
  if (closest === null) {
    lines.push("The cassette holds no exchange at all (missing or empty): the run was never recorded.");
  } else {
    const which = closest.reason === "next-unreplayed" ? "the next one of that purpose this run had not replayed" : "the most similar one; every exchange of that purpose was replayed already";
    lines.push(`Closest recording: exchange ${closest.position} of the cassette (purpose ${closest.purpose}, occurrence ${closest.occurrence}), ${which}.`);
    const differences = formatRequestDiff(closest.diff);
    if (differences.length === 0) {
      lines.push(
        `It is this very request, already replayed: the run asks it more often (occurrence ${miss.occurrence}) than when it was recorded (its agent decided differently).`,
      );
    } else {
      lines.push("What differs (recorded [-…-], now {+…+}):", ...differences.map((d) => `  ${d}`));
      lines.push("The request changed since it was recorded (a prompt, a parameter or an earlier decision of the agent).");
    }
  }
  lines.push(
    "Re-record just this run (exchanges already in its cassette are kept): start an endpoint (`pnpm worldcoder bridge --inbox DIR`, or set OPENAI_API_KEY), then run",
    `  OPENAI_BASE_URL=<endpoint> ${command}`,
    "Replay never calls the network.",
  );
  return lines.join("\n");
}

/** A call would go beyond the run's `maxCalls` or `maxDollars`; thrown before the call is made. */
export class LlmBudgetExceededError extends WorldCoderError {
  readonly reason: "max-calls" | "max-dollars";
  constructor(reason: "max-calls" | "max-dollars", message: string) {
    super("LLM_BUDGET_EXCEEDED", message, { fault: "user" });
    this.reason = reason;
  }
}

/** The endpoint did not answer within the time-out (after the SDK's bounded retries). */
export class LlmTimeoutError extends WorldCoderError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super("LLM_TIMEOUT", message, { ...options, fault: "system" });
  }
}

/** 429 or 5xx still failing after the SDK's bounded retries, or the endpoint unreachable. */
export class LlmUnavailableError extends WorldCoderError {
  readonly status: number | undefined;
  constructor(message: string, status: number | undefined, options: { cause?: unknown } = {}) {
    super(status === 429 ? "LLM_RATE_LIMITED" : "LLM_UNAVAILABLE", message, { ...options, fault: "system" });
    this.status = status;
  }
}

/** The endpoint refused the request (4xx) or the model refused to answer (refusal, content filter). */
export class LlmRefusedError extends WorldCoderError {
  readonly status: number | undefined;
  constructor(message: string, status: number | undefined, options: { cause?: unknown } = {}) {
    super("LLM_REFUSED", message, { ...options, fault: "model" });
    this.status = status;
  }
}

/** The answer could not be read as a chat completion, or had no content. */
export class LlmMalformedAnswerError extends WorldCoderError {
  constructor(code: "LLM_MALFORMED_ANSWER" | "LLM_EMPTY_ANSWER", message: string, options: { cause?: unknown } = {}) {
    super(code, message, { ...options, fault: "model" });
  }
}

/** A bad configuration value: an unknown mode, a temperature that is not a number… */
export class LlmConfigError extends UserInputError {
  constructor(message: string) {
    super("LLM_CONFIG", message);
  }
}
