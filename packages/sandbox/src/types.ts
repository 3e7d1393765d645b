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
