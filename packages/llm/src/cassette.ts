import { appendFileSync, existsSync, mkdirSync, readFileSync, truncateSync } from "node:fs";
import { dirname, join } from "node:path";
import type { JsonObject } from "@worldcoder/core";
import { UserInputError } from "@worldcoder/core";
import { redactSecrets } from "./redact.js";
import type { WireRequest } from "./request-key.js";

/** Which kind of server answered: read from the base URL, never the URL itself (it may hold a key). */
export type EndpointKind = "openai" | "azure" | "openrouter" | "bridge" | "local" | "other";

/** Who answered one exchange, and when. */
export interface Provenance {
  endpoint: EndpointKind;
  /** The model id the server reported in its answer. */
  model: string;
  /** ISO 8601 time the answer was received. */
  date: string;
  /** A named model, or the person or process behind the bridge. */
  answeredBy: string;
  /** Set for exchanges answered through the bridge. */
  bridgeVersion?: string;
}

/** One line of a cassette. */
export interface CassetteExchange {
  /** Schema version of this line. */
  v: 1;
  key: string;
  /** 0 for the first identical request of the run, 1 for the second… (part of the key). */
  occurrence: number;
  purpose: string;
  request: WireRequest;
  /** The response body exactly as received. */
  response: JsonObject;
  usage: { promptTokens: number; completionTokens: number; source: "api" | "tokenizer" };
  /** Wall time of the original call; replay reports it again so replayed ledgers are identical. */
  latencyMs: number;
  provenance: Provenance;
}

/** `<root>/<suite>/<run>.jsonl`: where a run's exchanges live. */
export function cassettePathFor(root: string, suite: string, run: string): string {
  for (const [name, value] of [["suite", suite], ["run", run]] as const) {
    if (!/^[A-Za-z0-9._-]+$/.test(value) || value.startsWith(".")) {
      throw new UserInputError("LLM_CASSETTE_NAME", `cassette ${name} id ${JSON.stringify(value)} must be letters, digits, '.', '_' or '-'`);
    }
  }
  return join(root, suite, `${run}.jsonl`);
}

/** Reads a cassette; a missing file is an empty cassette (every request then misses, loudly). */
export function readCassette(path: string): CassetteExchange[] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, "utf8").split("\n");
  const exchanges: CassetteExchange[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === "") return;
    try {
      exchanges.push(JSON.parse(line) as CassetteExchange);
    } catch (error) {
      // A torn last line is what an interrupted recording leaves: keep everything before it.
      if (index >= lines.length - 2) return;
      throw new UserInputError("LLM_CASSETTE_CORRUPT", `${path}:${index + 1} is not JSON`, { cause: error });
    }
  });
  return exchanges;
}

/**
 * Appends exchanges one line at a time, synchronously, so that a run stopped at any point
 * (budget, crash, Ctrl-C) keeps everything recorded before it. Every line goes through
 * `redactSecrets` first.
 */
export class CassetteWriter {
  constructor(
    readonly path: string,
    private readonly secrets: readonly (string | undefined)[],
  ) {}

  private checked = false;

  append(exchange: CassetteExchange): void {
    if (!this.checked) {
      mkdirSync(dirname(this.path), { recursive: true });
      // An interrupted write leaves a torn last line: an exchange that was never complete, so
      // never served. Cut it off, or the next line would be glued onto it and lost too.
      if (existsSync(this.path)) {
        const bytes = readFileSync(this.path);
        if (bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a) truncateSync(this.path, bytes.lastIndexOf(0x0a) + 1);
      }
      this.checked = true;
    }
    appendFileSync(this.path, `${redactSecrets(JSON.stringify(exchange), this.secrets)}\n`, "utf8");
  }
}
