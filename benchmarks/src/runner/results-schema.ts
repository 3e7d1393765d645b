import type { TaskResult } from "@worldcoder/agents";
import type { ObfuscationMapping } from "@worldcoder/envs";

/**
 * Bumped on any change to a results line; old versions stay readable as fixtures.
 * 2: results.jsonl starts with a `{"manifest": …}` line; run.json holds the same manifest.
 * 3: every episode has an `outcome`; a failed job lists its episodes, not played, with the failure's outcome.
 */
export const RESULTS_SCHEMA = 3;
export const READABLE_RESULTS_SCHEMAS: readonly number[] = [1, 2, 3];

/** One finished job: the deterministic part only (no wall-clock, no host names). */
export interface JobRecord {
  /** RESULTS_SCHEMA when written; older files read as they are. */
  schema: number;
  suite: string;
  suiteHash: string;
  jobId: string;
  index: number;
  agent: string;
  track: string;
  seed: number;
  status: "ok" | "error";
  /** Set when the job failed as a whole; the code is the WorldCoderError code reports count by. Its episodes are then all `llm_infra_error` or `harness_error`. */
  error: { code: string; message: string } | null;
  /** The model the job's LLM client was configured with and whose price gave its dollars; null without an LLM. */
  llm: { model: string; pricedAs: string } | null;
  tasks: TaskResult[];
}

/** Wall-clock of one job: kept apart from results so that results compare byte for byte. */
export interface JobTiming {
  jobId: string;
  startedAt: string;
  wallMs: number;
}

export type RunMode = "replay" | "record" | "live";

/**
 * What must be equal for two runs' figures to be compared or merged: the same suite, prompts,
 * model and sampling, prices, recorded answers and level files. `compare` and `merge` refuse runs
 * that differ here unless forced (see runner/manifest-check.ts).
 */
export interface ComparableFacts {
  /** Per prompt template (`synthesizer/refine`, `react/step`, …): a hash of its rendering. Only the templates the run's agents use. */
  prompts: Record<string, string>;
  /** The configured model and sampling defaults, and whose list price gave the dollars; null when no agent calls an LLM. */
  llm: { model: string; temperature: number | null; seed: number | null; priceAs: string } | null;
  /** The price table's date and the sha256 (first 16 hex) of its contents. */
  prices: { asOf: string; sha256: string };
  /** sha256 of each cassette the run's jobs replayed or recorded, by path under the cassette root. */
  cassettes: Record<string, string>;
  /** Each env id the run played, with the sha256 of each level file it read (none for generated levels). */
  levels: Record<string, Record<string, string>>;
  /**
   * Each obfuscated env id the run played (`Obf(<id>,<seed>)`) with its mapping — action
   * permutation, symbols, grid transform, goal sentences — so a run can be decoded; absent when
   * none was played.
   */
  obfuscations?: Record<string, ObfuscationMapping>;
}

/** Where and with what a run was made: shown, never a reason to refuse a comparison. */
export interface InformationalFacts {
  /** The project's version (root package.json). */
  version: string | null;
  /** `git rev-parse HEAD`, null outside a git checkout. */
  commit: string | null;
  /** sha256 (first 16 hex) of pnpm-lock.yaml, null when absent. */
  lockfile: string | null;
  node: string;
  /** `process.platform-process.arch`. */
  platform: string;
}

/** A comparable fact that differed between combined runs, when `--force` combined them anyway. */
export interface ManifestDifference {
  field: string;
  /** One value per input, in the order given (`base`, `head` for compare). */
  values: string[];
}

/** What a results folder was produced by; checked on `--resume` and by `merge` and `compare`. */
export interface RunManifest {
  schema: number;
  suite: string;
  suiteHash: string;
  agents: string[];
  mode: RunMode;
  /** `k/n` or null for an unsharded run. */
  shard: string | null;
  /** Jobs of the whole suite (all shards) and of this shard. */
  totalJobs: number;
  shardJobs: number;
  /** Since schema 2 (absent in older run.json files). */
  comparable?: ComparableFacts;
  informational?: InformationalFacts;
  /** Set by `merge --force`: the comparable facts its inputs disagreed on. */
  forced?: ManifestDifference[];
}
