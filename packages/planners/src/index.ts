export type {
  PlannerFn,
  SearchBudget,
  SearchModel,
  SearchProblem,
  SearchResult,
  SearchStatus,
  StepOutcome,
} from "./types.js";
export { bfs } from "./bfs.js";
export { astar } from "./astar.js";
export { mcts } from "./mcts.js";
export { valueIteration } from "./value-iteration.js";
export { planners, isPlannerName, type PlannerName } from "./planners.js";
export { stateKey } from "./state-key.js";
export { Bm25Scorer, diffWords, words } from "./bm25.js";
