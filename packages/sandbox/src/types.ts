import type { Action, InitialCondition, JsonValue, State, Transition } from "@worldcoder/core";

/** Which kind of failure an untrusted program caused. */
export type SandboxErrorKind =
  | "syntax"
  | "missing-function"
  | "thrown"
  | "non-json"
  | "timeout"
  | "heap"
  | "recursion"
  | "worker-crash";

/** Every failure of untrusted code is a value, never a host crash. */
export interface SandboxFailure {
  ok: false;
  kind: SandboxErrorKind;
  message: string;
}

/** One transition the program gets wrong, shown to the LLM when refining. */
export interface FitMismatch {
  index: number;
  transition: Transition;
  predicted: { nextState?: State; reward?: number; done?: boolean; error?: string };
  /** What differs, readable: e.g. `agent.x: expected 2, predicted 1`. */
  diff: string;
}

export interface FitResult {
  ok: true;
  /** Fraction of transitions reproduced exactly (next state, reward and done). */
  score: number;
  /** Per transition: explained exactly or not. */
  explained: boolean[];
  /** Per-part agreement, for REx's heuristic (mean of state/reward/done). */
  partialScore: number;
  mismatches: FitMismatch[];
}

export type PlannerName = "bfs" | "astar" | "mcts" | "value-iteration";

export interface PlanBudget {
  maxExpansions: number;
  maxMillis: number;
  maxDepth?: number;
}

export interface PlanOptions {
  planner: PlannerName;
  budget: PlanBudget;
  /** Source of a `heuristic(state, goal)` function for A* (domain-specific, trusted text). */
  heuristicSource?: string;
  /** A* weight on the heuristic (default 1; above 1 is weighted A*: faster, plans maybe longer). */
  heuristicWeight?: number;
  /** MCTS exploration constant (default 1.0, the original's ucb_c). */
  explorationConstant?: number;
  /** Seeds MCTS. */
  seed?: number;
  /** The actions to search over. */
  actions: Action[];
}

export interface PlanResult {
  ok: true;
  status: "solved" | "exhausted" | "no-plan";
  actions: Action[];
  expansions: number;
  /** The program's own predicted reward at the last step. */
  finalReward: number | null;
}

export interface OptimismResult {
  ok: true;
  optimistic: boolean;
  /** One plan result per initial condition, in order. */
  plans: PlanResult[];
}

export type SandboxResult<T> = T | SandboxFailure;

/** A seeded random walk of the program inside the sandbox: how fast it runs there. */
export interface RolloutOptions {
  /** Steps to take (a step = transition + reward). */
  steps: number;
  /** Actions to draw from, uniformly. */
  actions: Action[];
  seed: number;
}

export interface RolloutResult {
  ok: true;
  steps: number;
  /** Walks restarted from the start state because the program said done. */
  restarts: number;
  /** Wall time of the walk measured inside the worker (no messaging, no loading). */
  millis: number;
  transitionsPerSecond: number;
}

/** How a sandbox is built. */
export interface SandboxOptions {
  /** "ses" (default): SES Compartment in a worker thread; "quickjs": QuickJS in WebAssembly in a worker thread. */
  backend?: "ses" | "quickjs";
  /**
   * Where each worker runs (default "process"): a child process per worker, so that even a heap
   * exhaustion V8 treats as fatal kills only that worker; or "thread": a worker thread with
   * resourceLimits, faster to start, but V8 may abort the whole host process on some heap
   * exhaustions (a single large allocation past the cap).
   */
  isolation?: "process" | "thread";
  /** Workers in the pool (default 1). */
  workers?: number;
  /** Heap cap per worker in MiB (default 256); QuickJS also caps its own heap at this size. */
  heapMb?: number;
  /**
   * Wall-clock allowance per job in ms on top of the job's own planning budget (default 10 000).
   * Past it the worker is terminated and the job fails with kind "timeout".
   */
  timeoutMs?: number;
}

/** A pool of sandboxed workers that run jobs on program text. */
export interface Sandbox {
  fit(program: string, transitions: readonly Transition[]): Promise<SandboxResult<FitResult>>;
  plan(program: string, state: State, goal: string, options: PlanOptions): Promise<SandboxResult<PlanResult>>;
  checkOptimism(
    program: string,
    initials: readonly InitialCondition[],
    options: PlanOptions,
  ): Promise<SandboxResult<OptimismResult>>;
  /** Calls transition/reward once (tests, model check). */
  evaluate(program: string, state: State, action: Action, goal: string): Promise<SandboxResult<{ ok: true; nextState: JsonValue; reward: number; done: boolean }>>;
  close(): Promise<void>;
}

/** What `createSandbox` returns: the `Sandbox` jobs plus measurement helpers. */
export interface SandboxPool extends Sandbox {
  readonly backend: "ses" | "quickjs";
  readonly isolation: "process" | "thread";
  /** A seeded random walk from `state` (benchmarks, `worldcoder model check`). */
  rollout(program: string, state: State, goal: string, options: RolloutOptions): Promise<SandboxResult<RolloutResult>>;
  /** Loads the program and calls nothing: start-up and load latency. */
  load(program: string): Promise<SandboxResult<{ ok: true }>>;
}
