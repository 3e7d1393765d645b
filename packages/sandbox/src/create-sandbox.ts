import type { Action, InitialCondition, State, Transition } from "@worldcoder/core";
import { UserInputError } from "@worldcoder/core";
import type { Job } from "./jobs.js";
import type {
  FitResult,
  OptimismResult,
  PlanOptions,
  PlanResult,
  RolloutOptions,
  RolloutResult,
  SandboxOptions,
  SandboxPool,
  SandboxResult,
} from "./types.js";
import { WorkerPool } from "./worker-pool.js";

const DEFAULTS = { backend: "ses", isolation: "process", workers: 1, heapMb: 256, timeoutMs: 10_000 } as const;

/**
 * A pool of sandboxed workers that run jobs on untrusted program text:
 * `const sandbox = createSandbox(); await sandbox.fit(program, transitions); await sandbox.close();`
 */
export function createSandbox(options: SandboxOptions = {}): SandboxPool {
  const backend = options.backend ?? DEFAULTS.backend;
  if (backend !== "ses" && backend !== "quickjs") {
    throw new UserInputError("SANDBOX_BACKEND", `unknown sandbox backend "${String(backend)}"; use ses or quickjs`);
  }
  const isolation = options.isolation ?? DEFAULTS.isolation;
  if (isolation !== "process" && isolation !== "thread") {
    throw new UserInputError("SANDBOX_ISOLATION", `unknown sandbox isolation "${String(isolation)}"; use process or thread`);
  }
  const workers = options.workers ?? DEFAULTS.workers;
  const heapMb = options.heapMb ?? DEFAULTS.heapMb;
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  if (!(workers >= 1) || !(heapMb >= 16) || !(timeoutMs > 0)) {
    throw new UserInputError("SANDBOX_OPTIONS", "createSandbox needs workers >= 1, heapMb >= 16 and timeoutMs > 0");
  }
  const pool = new WorkerPool({ backend, isolation, workers, heapMb, timeoutMs });
  const run = <T>(job: Job, budgetMs = 0) => pool.run(job, budgetMs) as Promise<SandboxResult<T>>;
  return {
    backend,
    isolation,
    fit: (program: string, transitions: readonly Transition[]) => run<FitResult>({ kind: "fit", program, transitions }),
    plan: (program: string, state: State, goal: string, options: PlanOptions) =>
      run<PlanResult>({ kind: "plan", program, state, goal, options }, options.budget.maxMillis),
    checkOptimism: (program: string, initials: readonly InitialCondition[], options: PlanOptions) =>
      run<OptimismResult>({ kind: "optimism", program, initials, options }, options.budget.maxMillis * initials.length),
    evaluate: (program: string, state: State, action: Action, goal: string) =>
      run<{ ok: true; nextState: State; reward: number; done: boolean }>({ kind: "evaluate", program, state, action, goal }),
    rollout: (program: string, state: State, goal: string, options: RolloutOptions) =>
      run<RolloutResult>({ kind: "rollout", program, state, goal, options }),
    load: (program: string) => run<{ ok: true }>({ kind: "load", program }),
    close: () => pool.close(),
  };
}
