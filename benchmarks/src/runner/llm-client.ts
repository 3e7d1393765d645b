import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { AgentBudget } from "@worldcoder/agents";
import { UserInputError } from "@worldcoder/core";
import { createLlmClient, type LlmBudget, type ManagedLlmClient } from "@worldcoder/llm";
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

/**
 * The command that records one job's cassette again and nothing else: what a replay miss prints.
 * Its results go to a scratch folder so that the suite's own results are left alone.
 */
export function rerecordCommand(options: { suite: string; job: Pick<Job, "id" | "agent">; cassetteRoot: string; defaultCassetteRoot: string }): string {
  const parts = ["pnpm worldcoder bench", `--suite ${options.suite}`, `--agents ${options.job.agent}`, `--jobs ${options.job.id}`, "--mode record"];
  if (resolve(options.cassetteRoot) !== resolve(options.defaultCassetteRoot)) parts.push(`--cassettes ${options.cassetteRoot}`);
  parts.push("--out reports/rerecord --force");
  return parts.join(" ");
}

/** The LLM client of one job: its own cassette, and the suite's LLM budget. */
export function createJobLlmClient(options: {
  mode: RunMode;
  cassetteRoot: string;
  /** The folder of the suite's cassettes inside the root (a suite may share another's). */
  suite: string;
  job: Job;
  budget: AgentBudget;
  priceAs?: string;
  /** What a replay miss tells the user to run. */
  rerecordCommand?: string;
}): ManagedLlmClient {
  const budget: LlmBudget = {};
  if (options.budget.maxLlmCalls !== undefined) budget.maxCalls = options.budget.maxLlmCalls;
  if (options.budget.maxDollars !== undefined) budget.maxDollars = options.budget.maxDollars;
  return createLlmClient({
    mode: options.mode,
    cassette: { root: options.cassetteRoot, suite: options.suite, run: cassetteRunId(options.job) },
    budget,
    ...(options.priceAs ? { priceAs: options.priceAs } : {}),
    ...(options.rerecordCommand ? { rerecordCommand: options.rerecordCommand } : {}),
  });
}
