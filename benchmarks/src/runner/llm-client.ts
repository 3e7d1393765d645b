import { existsSync } from "node:fs";
import { join } from "node:path";
import { UserInputError, WorldCoderError } from "@worldcoder/core";
import type { LlmClient } from "@worldcoder/llm";
import * as llmPackage from "@worldcoder/llm";
import type { Job } from "./jobs.js";
import type { RunMode } from "./results-schema.js";

/** `<agent>-<track>-<seed>`: the cassette of one job inside `fixtures/cassettes/<suite>/`. */
export function cassetteRunId(job: Pick<Job, "agent" | "seed"> & { track: { id: string } }): string {
  return `${job.agent}-${job.track.id}-${job.seed}`;
}

export function cassettePath(cassetteRoot: string, suite: string, job: Job): string {
  return join(cassetteRoot, suite, `${cassetteRunId(job)}.jsonl`);
}

/**
 * Replay needs every cassette before the first job starts: a missing one is a config error
 * named up front, not a cassette miss an hour into the run.
 */
export function checkCassettes(cassetteRoot: string, suite: string, jobs: readonly Job[], needsLlm: (agent: string) => boolean): void {
  const missing = jobs.filter((job) => needsLlm(job.agent)).map((job) => cassettePath(cassetteRoot, suite, job)).filter((path) => !existsSync(path));
  if (missing.length > 0) {
    const shown = missing.slice(0, 5).join(", ");
    throw new UserInputError(
      "CASSETTE_MISSING",
      `replay needs ${missing.length} cassette(s) that do not exist: ${shown}${missing.length > 5 ? ", …" : ""}; record them with --mode record or drop those agents`,
    );
  }
}

type ClientFactory = (options: Record<string, unknown>) => LlmClient | Promise<LlmClient>;

/** The LLM client of one job, from `@worldcoder/llm`'s `createLlmClient`. */
export async function createJobLlmClient(options: { mode: RunMode; cassetteRoot: string; suite: string; job: Job }): Promise<LlmClient> {
  const factory = (llmPackage as Record<string, unknown>).createLlmClient as ClientFactory | undefined;
  if (typeof factory !== "function") {
    throw new WorldCoderError("LLM_UNAVAILABLE", "@worldcoder/llm does not export createLlmClient yet; only agents without an LLM (random) can run");
  }
  return factory({
    mode: options.mode,
    cassettePath: cassettePath(options.cassetteRoot, options.suite, options.job),
    cassetteRoot: options.cassetteRoot,
    suite: options.suite,
    run: cassetteRunId(options.job),
  });
}
