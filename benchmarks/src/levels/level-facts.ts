import { stableHash, UserInputError } from "@worldcoder/core";
import { makeEnv, resolveLevelFile } from "@worldcoder/envs";
import type { Sandbox } from "@worldcoder/sandbox";
import type { LevelRef } from "./suite-levels.js";
import { trueModelFor } from "./true-models.js";

/** What is known about one level: whether it can be solved and in how few steps. */
export interface LevelFact extends LevelRef {
  /** The id the search ran on (the base id of an obfuscated view). */
  computedOn: string;
  /** Boxoban: the level's index in its file; null for generated rooms. */
  levelIndex: number | null;
  /** Hash of the start state, so a changed generator or level file shows up as a mismatch. */
  levelHash: string;
  /** null when the search ran out of expansions first: unknown, not unsolvable. */
  solvable: boolean | null;
  /** Fewest env steps to solve it (every action, moves included); null unless solved. */
  optimalSteps: number | null;
  expansions: number;
  trueModel: string;
}

export interface PlannerSettings {
  planner: "astar";
  heuristicWeight: 1;
  heuristic: string;
  maxExpansions: number;
}

export const DEFAULT_MAX_EXPANSIONS = 2_000_000;
/**
 * The clock never decides a fact: results depend on the expansion budget alone, and this wall
 * allowance only stops a search that would never end on a slow machine.
 */
const MAX_MILLIS = 30 * 60_000;

/**
 * Solves one level with A* (weight 1) over the true model in the sandbox.
 *
 * Why the plan is optimal although the planner returns as soon as it *generates* a goal child
 * rather than when it pops one: steps cost 1 and the heuristic h is consistent (each step changes
 * it by at most 1), admissible, and at least 1 on every non-goal state (some box is off a target).
 * A* pops nodes in order of f = g + h, and with an admissible h some node on an optimal path is
 * always open with f ≤ C* (the optimal cost), so every popped node n has f(n) ≤ C*. The popped n
 * is not a goal (the search would have stopped), so h(n) ≥ 1, and its goal child costs
 * g(n) + 1 ≤ g(n) + h(n) = f(n) ≤ C*: the first goal generated is an optimal one. Tests check
 * this against breadth-first search on small rooms.
 */
export async function computeLevelFact(ref: LevelRef, sandbox: Sandbox, maxExpansions = DEFAULT_MAX_EXPANSIONS): Promise<LevelFact> {
  const { model, computeOn } = trueModelFor(ref.envId);
  const env = makeEnv(computeOn, ref.levelFile === null ? {} : { levelFile: resolveLevelFile(ref.levelFile) });
  const reset = env.reset(ref.seed);
  const state = env.symbolicState();
  const goal = env.goal();
  const result = await sandbox.plan(model.program(), state, goal.text, {
    planner: "astar",
    heuristicSource: model.heuristicSource,
    heuristicWeight: 1,
    budget: { maxExpansions, maxMillis: MAX_MILLIS },
    actions: model.actions,
  });
  if (!result.ok) throw new UserInputError("TRUE_MODEL_FAILED", `${model.name} failed on ${ref.envId} seed ${ref.seed}: ${result.kind}: ${result.message}`);
  const levelIndex = typeof reset.info.levelIndex === "number" ? reset.info.levelIndex : null;
  return {
    ...ref,
    computedOn: computeOn,
    levelIndex,
    levelHash: stableHash(state).slice(0, 16),
    solvable: result.status === "solved" ? true : result.status === "no-plan" ? false : null,
    optimalSteps: result.status === "solved" ? result.actions.length : null,
    expansions: result.expansions,
    trueModel: model.name,
  };
}

export function plannerSettings(envIds: readonly string[], maxExpansions: number): PlannerSettings {
  const heuristics = [...new Set(envIds.map((id) => trueModelFor(id).model.heuristicName))];
  return { planner: "astar", heuristicWeight: 1, heuristic: heuristics.join("; "), maxExpansions };
}
