import type { TaskResult } from "@worldcoder/agents";

/** Bumped on any change to a results line; old versions stay readable as fixtures. */
export const RESULTS_SCHEMA = 1;

/** One finished job: the deterministic part only (no wall-clock, no host names). */
export interface JobRecord {
  schema: typeof RESULTS_SCHEMA;
  suite: string;
  suiteHash: string;
  jobId: string;
  index: number;
  agent: string;
  track: string;
  seed: number;
  status: "ok" | "error";
  /** Set when the agent failed; the code is the WorldCoderError code reports count by. */
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

/** What a results folder was produced by; checked on `--resume` and by `merge`. */
export interface RunManifest {
  schema: typeof RESULTS_SCHEMA;
  suite: string;
  suiteHash: string;
  agents: string[];
  mode: RunMode;
  /** `k/n` or null for an unsharded run. */
  shard: string | null;
  /** Jobs of the whole suite (all shards) and of this shard. */
  totalJobs: number;
  shardJobs: number;
}
