import { fork, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Job } from "./jobs.js";
import { failure } from "./program-error.js";
import type { SandboxFailure, SandboxResult } from "./types.js";
import type { JobMessage, WorkerConfig, WorkerMessage } from "./worker/protocol.js";

export interface PoolOptions {
  backend: "ses" | "quickjs";
  isolation: "process" | "thread";
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

/** What the pool needs of a worker thread or a child process. */
interface Handle {
  post(message: JobMessage): void;
  ref(): void;
  unref(): void;
  terminate(): Promise<unknown>;
}

interface Slot {
  worker: Handle;
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
      // The worker's own deadline comes first, so a backend that can interrupt (QuickJS) reports
      // the time-out itself and keeps its worker; the watchdog is for code that cannot be.
      const message: JobMessage = { id: pending.id, job: pending.job, timeLimitMs: pending.limitMs * 0.8 };
      try {
        slot.worker.post(message);
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
    const slot: Slot = { worker: null as unknown as Handle, ready: false, current: null, timer: null, dead: false };
    this.slots.push(slot);
    const onMessage = (message: WorkerMessage) => {
      if (message.type === "ready") {
        slot.ready = true;
        this.dispatch();
        if (!slot.current) slot.worker.unref();
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
    };
    const heapFailure = () =>
      failure("heap", `the program exhausted the worker's heap (${this.options.heapMb} MiB); its worker was terminated`);
    slot.worker =
      this.options.isolation === "thread"
        ? this.spawnThread(slot, onMessage, heapFailure)
        : this.spawnProcess(slot, onMessage, heapFailure);
    // Referenced while it starts (a job is waiting for it); unreferenced whenever idle, so an
    // open sandbox never keeps the process alive on its own.
  }

  private spawnThread(slot: Slot, onMessage: (m: WorkerMessage) => void, heapFailure: () => SandboxFailure): Handle {
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
    worker.on("message", onMessage);
    worker.on("error", (error: Error & { code?: string }) => {
      void this.kill(
        slot,
        error.code === "ERR_WORKER_OUT_OF_MEMORY" ? heapFailure() : failure("worker-crash", `the sandbox worker crashed: ${error.message}`),
      );
    });
    worker.on("exit", () => void this.kill(slot, failure("worker-crash", "the sandbox worker exited during the job")));
    return {
      post: (m) => worker.postMessage(m),
      ref: () => worker.ref(),
      unref: () => worker.unref(),
      terminate: () => {
        worker.ref();
        return worker.terminate();
      },
    };
  }

  /**
   * A child process per slot: V8 aborts the whole process on some heap exhaustions (a single
   * large allocation past the limit), which a worker thread's resourceLimits cannot catch. In a
   * child process only that child dies.
   */
  private spawnProcess(slot: Slot, onMessage: (m: WorkerMessage) => void, heapFailure: () => SandboxFailure): Handle {
    const config: WorkerConfig = { backend: this.options.backend, heapMb: this.options.heapMb };
    const child: ChildProcess = fork(this.entry, [JSON.stringify(config)], {
      execArgv: [`--max-old-space-size=${this.options.heapMb}`],
      env: {},
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    let stderrTail = "";
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-4096);
    });
    child.on("message", (m) => onMessage(m as WorkerMessage));
    child.on("error", (error) => void this.kill(slot, failure("worker-crash", `the sandbox process failed: ${error.message}`)));
    child.on("exit", (code, signal) => {
      // Wait for the last of stderr: it says whether the heap ran out.
      setImmediate(() => {
        const heap = /heap out of memory|Allocation failed|invalid size error/i.test(stderrTail);
        void this.kill(
          slot,
          heap ? heapFailure() : failure("worker-crash", `the sandbox process exited during the job (${signal ?? `code ${code}`})`),
        );
      });
    });
    const channel = child as ChildProcess & { channel?: { ref(): void; unref(): void } | null };
    return {
      post: (m) => {
        child.send(m);
      },
      ref: () => {
        child.ref();
        channel.channel?.ref();
      },
      unref: () => {
        child.unref();
        channel.channel?.unref();
      },
      terminate: () =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.ref(); // whoever awaits the end must not see the process exit first
          child.once("exit", () => resolve());
          child.kill("SIGKILL");
        }),
    };
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
