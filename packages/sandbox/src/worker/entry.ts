import { parentPort, workerData } from "node:worker_threads";
import { runJob } from "../jobs.js";
import type { Backend } from "../loaded-program.js";
import { describeThrown } from "../program-error.js";
import type { JobMessage, WorkerConfig, WorkerMessage } from "./protocol.js";

/**
 * A sandbox worker: loads each job's program in its backend, runs the whole job here (the
 * planner calls the program directly) and posts one result. Jobs run one at a time.
 */
const port = parentPort;
if (!port) throw new Error("the sandbox worker entry must run in a worker thread");
const config = workerData as WorkerConfig;

const send = (message: WorkerMessage) => port.postMessage(message);

async function start(): Promise<Backend> {
  if (config.backend === "quickjs") {
    const { createQuickJsBackend } = await import("../backends/quickjs.js");
    return createQuickJsBackend({ memoryLimitBytes: config.heapMb * 1024 * 1024 });
  }
  const { lockdownWorker } = await import("./lockdown.js");
  lockdownWorker();
  const { createSesBackend } = await import("../backends/ses.js");
  return createSesBackend();
}

try {
  const backend = await start();
  port.on("message", (message: JobMessage) => {
    const deadline = performance.now() + message.timeLimitMs;
    let result;
    try {
      result = runJob(backend, message.job, deadline);
    } catch (error) {
      result = { ok: false as const, kind: "worker-crash" as const, message: `the sandbox failed: ${describeThrown(error)}` };
    }
    // Post only after every microtask the program may have queued has run: a program that
    // spins in a promise callback then times out on its own job, not on the next one.
    setImmediate(() => send({ type: "result", id: message.id, result }));
  });
  send({ type: "ready" });
} catch (error) {
  send({ type: "fatal", message: describeThrown(error) });
}
