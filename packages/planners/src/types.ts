import type { Action, State } from "@worldcoder/core";

/** What one step of a world model predicts; the planner never sees the program itself. */
export interface StepOutcome {
  nextState: State;
  reward: number;
  done: boolean;
}

/**
 * The model a planner searches: one step = transition then reward, already bound to the goal.
 * `step` may throw (a broken program); planners let that propagate to their caller.
 */
export interface SearchModel {
  step(state: State, action: Action): StepOutcome;
}

export interface SearchBudget {
  /** Nodes expanded (every action tried from them) before giving up. */
  maxExpansions: number;
  /** Wall time before giving up. */
  maxMillis: number;
  /** Longest plan considered (default: unlimited for BFS/A*, 30 for MCTS and value iteration). */
  maxDepth?: number;
}

export interface SearchProblem {
  model: SearchModel;
  start: State;
  actions: readonly Action[];
  budget: SearchBudget;
  /**
   * Estimated steps to the goal (A*, and MCTS's leaf value). `Infinity` marks a dead end,
   * which is pruned. Must not mutate the state.
   */
  heuristic?: (state: State) => number;
  /** A* weight on the heuristic (1 = plain A*; above 1 trades optimality for speed). */
  heuristicWeight?: number;
  /** Seeds MCTS. */
  seed?: number;
  /** MCTS exploration constant (the original's ucb_c, 1.0). */
  explorationConstant?: number;
  /** Goal text, for MCTS's BM25 shaping between the goal's words and what changed. */
  goalText?: string;
  /** Clock in milliseconds; injectable so tests need no real time. */
  now?: () => number;
  /** State identity; canonical JSON by default. */
  key?: (state: State) => string;
}

export type SearchStatus = "solved" | "exhausted" | "no-plan";

export interface SearchResult {
  /**
   * solved: the last action is predicted to give reward > 0 and done; exhausted: the budget ran
   * out first; no-plan: every reachable state (within maxDepth) was expanded without success.
   */
  status: SearchStatus;
  actions: Action[];
  expansions: number;
  /** The model's reward at the last step of the returned plan (null when no plan). */
  finalReward: number | null;
}

export type PlannerFn = (problem: SearchProblem) => SearchResult;
