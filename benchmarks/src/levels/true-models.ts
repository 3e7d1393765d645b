import { UserInputError } from "@worldcoder/core";
import { parseObfId } from "@worldcoder/envs";
import { referenceProgram, type ReferenceDomain } from "@worldcoder/sandbox/testing";
import { SOKOBAN_HEURISTIC_SOURCE } from "@worldcoder/synthesizer";

/**
 * The true model of a family of env ids, for computing level facts: the hand-written reference
 * program (run in the sandbox like any world model) and an admissible A* heuristic.
 */
export interface TrueModel {
  /** Names the model in facts files, so a reader knows which program produced the numbers. */
  name: string;
  program(): string;
  /**
   * A `heuristic(state, goal)` source that never overestimates the steps left, is at least 1 on
   * every non-goal state and is consistent (see `level-facts.ts` for why A* is then optimal here).
   */
  heuristicSource: string;
  heuristicName: string;
  actions: number[];
}

const SOKOBAN_ACTIONS = [1, 2, 3, 4, 5, 6, 7, 8];

const reference = (domain: ReferenceDomain, name: string): TrueModel => ({
  name,
  program: () => referenceProgram(domain),
  // Sum over loose boxes of the pushes each needs alone to reach its nearest target. Every box
  // move is one push costing one step, so it never overestimates; a push changes one box's term by
  // at most one, so it is consistent. Teleport gates carry only the player, never a box, which
  // leaves the argument intact for the teleport variant.
  heuristicSource: SOKOBAN_HEURISTIC_SOURCE,
  heuristicName: "sokoban push distances (sum over boxes of the nearest target's pushes; dead squares pruned)",
  actions: SOKOBAN_ACTIONS,
});

/**
 * Env id pattern → true model. A variant with its own rules adds a row here (its reference program
 * and a heuristic admissible under those rules); the facts tool picks it up for every suite.
 */
export const TRUE_MODELS: readonly { pattern: RegExp; model: TrueModel }[] = [
  { pattern: /^Sokoban-Teleport(-small)?-v\d+$/, model: reference("sokoban-teleport", "reference-sokoban-teleport.js") },
  { pattern: /^(Sokoban-(small-|large-|huge-)?(1box-)?v\d+|Boxoban-v0)$/, model: reference("sokoban", "reference-sokoban.js") },
];

/**
 * The model for an env id, and the id the facts are computed on: an obfuscated view
 * `Obf(<id>,<seed>)` is a bijection on states and actions of the same levels (same seeds), so its
 * optimal plans are exactly as long as its base id's; facts are computed on the base.
 */
export function trueModelFor(envId: string): { model: TrueModel; computeOn: string } {
  const computeOn = parseObfId(envId)?.baseId ?? envId;
  const entry = TRUE_MODELS.find((row) => row.pattern.test(computeOn));
  if (!entry) throw new UserInputError("NO_TRUE_MODEL", `no true model for ${envId}: level facts cover ${TRUE_MODELS.map((r) => r.pattern.source).join(", ")}`);
  return { model: entry.model, computeOn };
}

export function hasTrueModel(envId: string): boolean {
  const computeOn = parseObfId(envId)?.baseId ?? envId;
  return TRUE_MODELS.some((row) => row.pattern.test(computeOn));
}
