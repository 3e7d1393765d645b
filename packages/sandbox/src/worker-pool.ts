import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Job } from "./jobs.js";
import { failure } from "./program-error.js";
import type { SandboxFailure, SandboxResult } from "./types.js";
import type { JobMessage, WorkerConfig, WorkerMessage } from "./worker/protocol.js";

export interface PoolOptions {
  backend: "ses" | "quickjs";
  workers: number;
  heapMb: number;
  timeoutMs: number;
}

interface Pending {
  id: number;
  job: Job;
  /** Wall-clock allowance of this job (the host's watchdog). */
  limitMs: number;
  resolve(result: SandboxResult<unknown>): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
  dead: boolean;
}

/**
 * The worker entry is plain JS built by tsc: Node 20 cannot start a worker from .ts, so tests
 * (which import this file from src) use the built copy in dist.
 */
export function workerEntryPath(): string {
  const here = import.meta.url;
  const url = here.endsWith(".ts") ? new URL("../dist/worker/entry.js", here) : new URL("./worker/entry.js", here);
  const path = fileURLToPath(url);
  if (!existsSync(path)) {
    throw new Error(`the sandbox worker is not built (${path}); run \`pnpm exec turbo run build --filter=@worldcoder/sandbox\``);
  }
  return path;
}

/**
 * A pool of sandbox workers. Each job goes to an idle worker; a watchdog terminates a worker
 * that overruns its job, and a worker that ran out of heap or crashed is replaced: the failure
 * becomes the job's result and the other workers carry on.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private readonly entry = workerEntryPath();

  constructor(private readonly options: PoolOptions) {}

  run(job: Job, budgetMs: number): Promise<SandboxResult<unknown>> {
    if (this.closed) return Promise.resolve(failure("worker-crash", "the sandbox is closed"));
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, limitMs: this.options.timeoutMs + budgetMs, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve(failure("worker-crash", "the sandbox was closed before the job ran"));
    await Promise.all(this.slots.splice(0).map((slot) => this.kill(slot, failure("worker-crash", "the sandbox was closed during the job"))));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.ready && !s.current && !s.dead);
      if (!slot) {
        if (this.slots.filter((s) => !s.dead).length < this.options.workers) this.spawn();
        return; // the job waits for a worker to be ready or free
      }
      const pending = this.queue.shift()!;
      slot.current = pending;
      slot.worker.ref();
      const watchdog = slot;
      slot.timer = setTimeout(() => {
        void this.kill(
          watchdog,
          failure("timeout", `the program did not finish within ${pending.limitMs} ms; its worker was terminated`),
        );
      }, pending.limitMs);
      const message: JobMessage = { id: pending.id, job: pending.job, timeLimitMs: pending.limitMs };
      try {
        slot.worker.postMessage(message);
      } catch (error) {
        // A job that cannot be cloned (a function in a state, say) is the caller's mistake.
        clearTimeout(slot.timer);
        slot.timer = null;
        slot.current = null;
        slot.worker.unref();
        pending.resolve(failure("non-json", `the job could not be sent to the worker: ${(error as Error).message}`));
      }
    }
  }

  private spawn(): void {
    const config: WorkerConfig = { backend: this.options.backend, heapMb: this.options.heapMb };
    const young = Math.max(8, Math.min(64, Math.floor(this.options.heapMb / 4)));
    const worker = new Worker(this.entry, {
      workerData: config,
      execArgv: [],
      env: {},
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: young, stackSizeMb: 4 },
    });
    // SES prints notes about the intrinsics it removes; nothing a caller should see.
    worker.stdout.resume();
    worker.stderr.resume();
    worker.unref();
    const slot: Slot = { worker, ready: false, current: null, timer: null, dead: false };
    this.slots.push(slot);
    worker.on("message", (message: WorkerMessage) => {
      if (message.type === "ready") {
        slot.ready = true;
        this.dispatch();
      } else if (message.type === "result") {
        if (!slot.current || slot.current.id !== message.id) return;
        const pending = slot.current;
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = null;
        slot.current = null;
        slot.worker.unref();
        pending.resolve(message.result);
        this.dispatch();
      } else if (message.type === "fatal") {
        void this.kill(slot, failure("worker-crash", `the sandbox worker could not start: ${message.message}`), true);
      }
    });
    worker.on("error", (error: Error & { code?: string }) => {
      const heap = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      void this.kill(
        slot,
        heap
          ? failure("heap", `the program exhausted the worker's heap (${this.options.heapMb} MiB); its worker was terminated`)
          : failure("worker-crash", `the sandbox worker crashed: ${error.message}`),
      );
    });
    worker.on("exit", () => {
      void this.kill(slot, failure("worker-crash", "the sandbox worker exited during the job"));
    });
  }

  /** Ends a worker, fails its job (if any) with `result`, and lets queued jobs use a new one. */
  private async kill(slot: Slot, result: SandboxFailure, startFailed = false): Promise<void> {
    const pending = slot.current;
    slot.current = null;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (pending) pending.resolve(result);
    if (slot.dead) return;
    slot.dead = true;
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    if (startFailed) {
      // A worker that cannot start will not start next time either: fail what waits.
      for (const p of this.queue.splice(0)) p.resolve(result);
    }
    await slot.worker.terminate().catch(() => undefined);
    if (!this.closed) this.dispatch();
  }
}
