import { astar } from "./astar.js";
import { bfs } from "./bfs.js";
import { mcts } from "./mcts.js";
import type { PlannerFn } from "./types.js";
import { valueIteration } from "./value-iteration.js";

/** Every planner by the name jobs use. */
export const planners = {
  bfs,
  astar,
  mcts,
  "value-iteration": valueIteration,
} as const satisfies Record<string, PlannerFn>;

export type PlannerName = keyof typeof planners;

export function isPlannerName(name: string): name is PlannerName {
  return Object.prototype.hasOwnProperty.call(planners, name);
}
