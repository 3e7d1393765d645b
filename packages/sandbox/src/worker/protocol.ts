import type { Job } from "../jobs.js";
import type { SandboxResult } from "../types.js";

/** What the host hands a new worker. */
export interface WorkerConfig {
  backend: "ses" | "quickjs";
  heapMb: number;
}

export interface JobMessage {
  id: number;
  job: Job;
  /** Milliseconds the job may take; the worker's own deadline (QuickJS interrupts on it). */
  timeLimitMs: number;
}

export type WorkerMessage =
  | { type: "ready" }
  | { type: "result"; id: number; result: SandboxResult<unknown> }
  | { type: "fatal"; message: string };
