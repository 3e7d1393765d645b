import type { ActionSpace, Env, Goal, ResetResult, State, StepResult } from "@worldcoder/core";
import type { LlmClient } from "@worldcoder/llm";
import type { RunContext, TaskSpec } from "../types.js";

/**
 * Test double: a one-dimensional corridor env. The agent starts at 0 or 1 (by seed parity), moves
 * left (0), right (1) or stays (2), and reaching the end (`length`) gives reward 1 and terminates.
 * Small enough that every test of an agent mechanism runs in milliseconds.
 */
export class CorridorEnvDouble implements Env<State, number> {
  readonly actionSpace: ActionSpace = { kind: "discrete", n: 3, names: ["left", "right", "stay"] };
  private pos = 0;
  private steps = 0;

  constructor(
    readonly id: string,
    private readonly length: number,
    private readonly maxSteps = 30,
  ) {}

  reset(seed?: number): ResetResult<State> {
    this.pos = (seed ?? 0) % 2;
    this.steps = 0;
    return { observation: this.symbolicState(), info: {} };
  }

  step(action: number): StepResult<State> {
    this.steps += 1;
    if (action === 0) this.pos = Math.max(0, this.pos - 1);
    if (action === 1) this.pos = Math.min(this.length, this.pos + 1);
    const terminated = this.pos === this.length;
    return { observation: this.symbolicState(), reward: terminated ? 1 : 0, terminated, truncated: this.steps >= this.maxSteps, info: {} };
  }

  symbolicState(): State {
    return { pos: this.pos, length: this.length };
  }

  goal(): Goal {
    return { text: "reach the end of the corridor" };
  }

  render(): string {
    return `${"_".repeat(this.pos)}@${"_".repeat(this.length - this.pos)}`;
  }
}

/** Programs an LLM double answers with for the corridor. */
export const CORRIDOR_TRANSITION = `function transition(state, action) {
  var pos = state.pos;
  if (action === 0) pos = Math.max(0, pos - 1);
  if (action === 1) pos = Math.min(state.length, pos + 1);
  return { pos: pos, length: state.length };
}`;

export const CORRIDOR_PROGRAM = `${CORRIDOR_TRANSITION}
function reward(state, action, nextState, goal) {
  var end = nextState.pos === nextState.length;
  return { reward: end ? 1 : 0, done: end };
}`;

/** Fits data that never reached the end, but its reward never says the goal is reached. */
export const CORRIDOR_PESSIMISTIC = `${CORRIDOR_TRANSITION}
function reward(state, action, nextState, goal) {
  return { reward: 0, done: false };
}`;

/** Right for a corridor of length 5 only: the end is hard-coded. */
export const CORRIDOR_HARDCODED_5 = `function transition(state, action) {
  var pos = state.pos;
  if (action === 0) pos = Math.max(0, pos - 1);
  if (action === 1) pos = Math.min(5, pos + 1);
  return { pos: pos, length: state.length };
}
function reward(state, action, nextState, goal) {
  var end = nextState.pos === 5;
  return { reward: end ? 1 : 0, done: end };
}`;

/** An LLM answer holding `code` the way models write it: some prose, then a fenced block. */
export const fencedJs = (code: string): string => `Reasoning first.\n\`\`\`javascript\n${code}\n\`\`\``;

/** A corridor task: `Corridor-<length>-v0` played once per seed, 30 steps an episode. */
export const corridorTask = (envId: string, seeds = [0, 1, 2]): TaskSpec => ({ envId, seeds, maxStepsPerEpisode: 30 });

/** A run context whose envs are corridors of the length the env id names. */
export function corridorContext(llm: LlmClient, seed = 0): RunContext {
  return {
    llm,
    seed,
    budget: {},
    makeEnv: (task) => new CorridorEnvDouble(task.envId, Number(/Corridor-(\d+)/.exec(task.envId)![1])),
  };
}
