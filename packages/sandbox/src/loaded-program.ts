import type { Action, RewardResult, State } from "@worldcoder/core";
import { ProgramError } from "./program-error.js";
import type { SandboxFailure } from "./types.js";

/**
 * A program loaded in a backend. Both functions take and return plain JSON we own: the backend
 * gives the program its own copies and copies its answers out, and wraps what it throws in a
 * ProgramError naming the function.
 */
export interface LoadedProgram {
  transition(state: State, action: Action): State;
  reward(state: State, action: Action, nextState: State, goal: string): RewardResult;
  /** transition then reward on its prediction, when the backend does both in one crossing. */
  step?(state: State, action: Action, goal: string): RewardResult & { nextState: State };
  dispose(): void;
}

/** Where programs are evaluated: SES compartments or QuickJS contexts. */
export interface Backend {
  readonly name: "ses" | "quickjs";
  /** Loads a program for one job; `deadline` is a performance.now() time the job must end by. */
  load(source: string, deadline: number): LoadedProgram | SandboxFailure;
  /** Loads trusted heuristic text (`function heuristic(state, goal)`), for A* and MCTS. */
  loadHeuristic(source: string): (state: State, goal: string) => number;
}

/**
 * Programs may answer `{ reward, done }` or, as the original's Python does, `[reward, done]`.
 * The value here is already plain JSON.
 */
export function readReward(value: unknown): RewardResult {
  let reward: unknown;
  let done: unknown;
  if (Array.isArray(value) && value.length === 2) [reward, done] = value;
  else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    reward = (value as Record<string, unknown>).reward;
    done = (value as Record<string, unknown>).done;
  } else {
    throw new ProgramError("non-json", `reward returned ${shortJson(value)}; expected { reward: number, done: boolean }`);
  }
  if (typeof reward !== "number" || typeof done !== "boolean") {
    throw new ProgramError(
      "non-json",
      `reward returned ${shortJson(value)}; expected { reward: number, done: boolean }`,
    );
  }
  return { reward, done };
}

export function shortJson(value: unknown, max = 120): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? text.slice(0, max) + "…" : text;
}
