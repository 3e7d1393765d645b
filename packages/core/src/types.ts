/** Any plain JSON value: what crosses every boundary (sandbox, cassette, report). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** The symbolic state an LLM reads and a world-model program returns: plain JSON. */
export type State = JsonValue;

/** A discrete action index (Sokoban, MiniGrid) or a text command (ALFWorld). */
export type Action = number | string;

/**
 * The goal (Gymnasium's "context"): the mission text the reward is conditioned on,
 * e.g. "use the key to open the door and then get to the goal".
 */
export interface Goal {
  text: string;
}

export type ActionSpace =
  | { kind: "discrete"; n: number; names: readonly string[] }
  | { kind: "text"; /** example commands, for prompts and help */ examples: readonly string[] };

export interface ResetResult<Obs = unknown> {
  observation: Obs;
  info: Record<string, unknown>;
}

/** Gymnasium's step tuple, as an object. */
export interface StepResult<Obs = unknown> {
  observation: Obs;
  reward: number;
  terminated: boolean;
  truncated: boolean;
  info: Record<string, unknown>;
}

export type RenderMode = "text" | "svg";

/** A Gymnasium-like environment with a symbolic state for the LLM. */
export interface Env<Obs = unknown, A extends Action = Action> {
  readonly id: string;
  readonly actionSpace: ActionSpace;
  /** Seeded reset; without a seed the env continues its own random stream, as Gymnasium does. */
  reset(seed?: number): ResetResult<Obs>;
  step(action: A): StepResult<Obs>;
  /** The symbolic state the LLM sees (documented per env). */
  symbolicState(): State;
  /** The current episode's goal. */
  goal(): Goal;
  render(mode: RenderMode): string;
}

/** One observed transition (s, a, r, s', context, done). */
export interface Transition {
  state: State;
  action: Action;
  reward: number;
  nextState: State;
  goal: Goal;
  done: boolean;
}

export interface RewardResult {
  reward: number;
  done: boolean;
}

/**
 * A world model: what an LLM-written program provides. Programs receive the goal as its
 * text (a string) so that the contract stays plain JSON.
 */
export interface WorldModel {
  transition(state: State, action: Action): State;
  reward(state: State, action: Action, nextState: State, goal: string): RewardResult;
}

/** An initial state together with the goal of its episode: what the optimism check plans from. */
export interface InitialCondition {
  state: State;
  goal: Goal;
}

/** One LLM call as the ledger keeps it. */
export interface LedgerEntry {
  purpose: string;
  model: string;
  promptTokens: number;
  completionTokens: number;
  dollars: number;
  /** Wall time of the call; not part of deterministic outputs. */
  latencyMs: number;
  cache: "hit" | "miss" | "live";
}

export interface LedgerTotals {
  calls: number;
  promptTokens: number;
  completionTokens: number;
  dollars: number;
}
