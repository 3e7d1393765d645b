import { parentPort, workerData } from "node:worker_threads";
import { runJob } from "../jobs.js";
import type { Backend } from "../loaded-program.js";
import { describeThrown } from "../program-error.js";
import type { JobMessage, WorkerConfig, WorkerMessage } from "./protocol.js";

/**
 * A sandbox worker: loads each job's program in its backend, runs the whole job here (the
 * planner calls the program directly) and posts one result. Jobs run one at a time. It runs as a
 * worker thread or as a child process (then its config comes as the first argument).
 */
interface Channel {
  config: WorkerConfig;
  send(message: WorkerMessage): void;
  onMessage(listener: (message: JobMessage) => void): void;
}

function channel(): Channel {
  if (parentPort) {
    const port = parentPort;
    return { config: workerData as WorkerConfig, send: (m) => port.postMessage(m), onMessage: (l) => port.on("message", l) };
  }
  if (process.send) {
    const send = process.send.bind(process);
    // The host going away must not leave an orphan spinning on some program.
    process.on("disconnect", () => process.exit(0));
    return { config: JSON.parse(process.argv[2] ?? "{}") as WorkerConfig, send: (m) => void send(m), onMessage: (l) => process.on("message", l) };
  }
  throw new Error("the sandbox worker entry must run in a worker thread or a forked child process");
}

async function start(config: WorkerConfig): Promise<Backend> {
  if (config.backend === "quickjs") {
    const { createQuickJsBackend } = await import("../backends/quickjs.js");
    return createQuickJsBackend({ memoryLimitBytes: config.heapMb * 1024 * 1024 });
  }
  const { lockdownWorker } = await import("./lockdown.js");
  lockdownWorker();
  const { createSesBackend } = await import("../backends/ses.js");
  return createSesBackend();
}

const io = channel();
try {
  const backend = await start(io.config);
  io.onMessage((message) => {
    const deadline = performance.now() + message.timeLimitMs;
    let result;
    try {
      result = runJob(backend, message.job, deadline);
    } catch (error) {
      result = { ok: false as const, kind: "worker-crash" as const, message: `the sandbox failed: ${describeThrown(error)}` };
    }
    // Post only after every microtask the program may have queued has run: a program that
    // spins in a promise callback then times out on its own job, not on the next one.
    setImmediate(() => io.send({ type: "result", id: message.id, result }));
  });
  io.send({ type: "ready" });
} catch (error) {
  io.send({ type: "fatal", message: describeThrown(error) });
}
