import type { Action, RewardResult, State, WorldModel } from "@worldcoder/core";
import { Household } from "./household.js";
import { ALL_TASK_TYPES, type AlfworldTask, SCENE_FORMAT, type SceneObject } from "./scene.js";
import { type AlfworldSymbolicState, MIDDLE_OF_ROOM, symbolicState } from "./symbolic.js";
import { parseTaskSentence, taskWon } from "./task.js";

/** Rebuilds the household a symbolic state describes (the task does not matter for stepping). */
function householdOf(state: AlfworldSymbolicState): Household {
  const objects: SceneObject[] = [];
  const receptacles = Object.entries(state.receptacles).map(([name, r]) => {
    for (const [o, view] of Object.entries(r.contents)) {
      objects.push({ name: o, in: name, hot: view.hot, cold: view.cold, clean: view.clean, on: view.on === true });
    }
    return { name, openable: r.openable, open: r.open, location: r.loc, ...(typeof r.on === "boolean" ? { on: r.on } : {}) };
  });
  const placeholder: AlfworldTask = { type: "pick_and_place_simple", text: "", object: "", receptacle: "" };
  const world = new Household({ format: SCENE_FORMAT, task: placeholder, receptacles, objects });
  const held = Object.entries(state.inventory)[0];
  if (held) {
    const [name, view] = held;
    const type = name.slice(0, name.lastIndexOf(" "));
    world.objects.set(name, { name, type, in: null, hot: view.hot, cold: view.cold, clean: view.clean, on: view.on === true });
    world.holding = name;
  }
  if (state.location !== MIDDLE_OF_ROOM && state.location in state.receptacles) {
    world.at = state.location;
    world.location = state.receptacles[state.location].loc;
  }
  return world;
}

/** Reads a goal sentence of any task type; null when no template fits. */
export function alfworldTaskOfGoal(goal: string): AlfworldTask | null {
  for (const type of ALL_TASK_TYPES) {
    try {
      return parseTaskSentence(type, goal);
    } catch {
      // not this type
    }
  }
  return null;
}

/** The admissible commands of a symbolic state, sorted: the action set planners search over. */
export function alfworldAdmissibleCommands(state: AlfworldSymbolicState): string[] {
  return householdOf(state).admissibleCommands();
}

/**
 * A correct world model on the symbolic state (what a perfect LLM program computes): the env's
 * dynamics, with "Nothing happens." commands and `think:` leaving the state unchanged. Checked
 * against the env on random play and on the golden transcripts.
 */
export function alfworldTransition(state: AlfworldSymbolicState, action: string): AlfworldSymbolicState {
  const world = householdOf(state);
  return world.execute(String(action).trim()) === null ? state : symbolicState(world);
}

/** Whether the goal sentence holds in a symbolic state (false for a sentence no template reads). */
export function alfworldGoalReached(state: AlfworldSymbolicState, goal: string): boolean {
  const task = alfworldTaskOfGoal(goal);
  return task !== null && taskWon(task, householdOf(state));
}

/** Reward 1 and done when the step reaches the goal, as the env pays it. */
export function alfworldReward(state: AlfworldSymbolicState, _action: string, next: AlfworldSymbolicState, goal: string): RewardResult {
  const done = alfworldGoalReached(next, goal);
  return { reward: done && !alfworldGoalReached(state, goal) ? 1 : 0, done };
}

export const alfworldReferenceModel: WorldModel = {
  transition: (state: State, action: Action) => alfworldTransition(state as AlfworldSymbolicState, String(action)),
  reward: (state: State, action: Action, next: State, goal: string) =>
    alfworldReward(state as AlfworldSymbolicState, String(action), next as AlfworldSymbolicState, goal),
};
