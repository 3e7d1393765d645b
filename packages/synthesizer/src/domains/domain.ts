import type { Action, ActionSpace, State } from "@worldcoder/core";
import type { PlanOptions } from "@worldcoder/sandbox";

export type DomainName = "sokoban" | "minigrid" | "alfworld" | "generic";

/**
 * What the synthesizer and the agent need to know about a family of envs: how its states read in
 * a prompt, what its actions mean, which reward the program models, and how to plan in it.
 */
export interface DomainSpec {
  name: DomainName;
  /** A title for prompts, e.g. "Sokoban (box pushing on a grid)". */
  title: string;
  /** The state's JSON format, precisely, for the prompt. */
  stateFormat: string;
  /** Action meanings by number (or how text actions look). */
  actionList: string;
  /** What the program's reward must return, e.g. MiniGrid's success reward of exactly 1. */
  rewardNote: string;
  actionName(action: Action): string;
  /** A state as the prompt shows it. */
  renderState(state: State): string;
  /** The reward the program models, from the env's reward (MiniGrid's time-discounted 1 → 1). */
  modelReward(reward: number): number;
  /** The actions a planner searches over (no-ops left out: they never help reach a goal). */
  planActions: Action[];
  /** Planner settings tried in order by the optimism check and when acting; the first that solves wins. */
  planners: PlanOptions[];
  /**
   * The planner settings for one start: `planners` unless the actions worth searching depend on
   * the state (ALFWorld's commands name the receptacles and objects of the household).
   */
  plannersFor(state: State, goal: string): PlanOptions[];
  /**
   * Whether the optimism check applies. Off where the planners cannot search the domain's actions
   * (ALFWorld's text commands), so refinement calls are not spent on a check no program can pass.
   */
  optimism: boolean;
}

/**
 * The domain an env id belongs to, from the registry's naming. An obfuscated id (`Obf(<id>,<seed>)`)
 * is always generic: its prompts must name no game and bring no game-specific heuristic.
 */
export function domainOf(envId: string): DomainName {
  if (/^\s*Obf\(/i.test(envId)) return "generic";
  if (/sokoban|boxoban/i.test(envId)) return "sokoban";
  if (/minigrid|babyai/i.test(envId)) return "minigrid";
  if (/alfworld/i.test(envId)) return "alfworld";
  return "generic";
}

/** `3 (push left)` style names for discrete spaces; text actions as they are. */
export function discreteActionName(space: ActionSpace, action: Action): string {
  if (typeof action === "number" && space.kind === "discrete") {
    const name = space.names[action];
    return name ? `${action} (${name})` : String(action);
  }
  return JSON.stringify(action);
}
