import { BinaryHeap } from "./binary-heap.js";
import { BudgetTracker, defaultNow } from "./budget.js";
import { planTo, type SearchNode } from "./search-node.js";
import { stateKey } from "./state-key.js";
import type { SearchProblem, SearchResult } from "./types.js";

interface AStarNode extends SearchNode {
  g: number;
}

/**
 * A* over unit step costs with a pluggable heuristic (zero when none is given, which makes it
 * uniform-cost search). `heuristicWeight` > 1 gives weighted A*: faster, plans possibly longer.
 * A heuristic value of Infinity prunes the state (a dead end, e.g. a box stuck in a corner).
 * Ties on f go to the smaller heuristic, then to the earlier node, so runs are deterministic.
 */
export function astar(problem: SearchProblem): SearchResult {
  const key = problem.key ?? stateKey;
  const h = problem.heuristic ?? (() => 0);
  const w = problem.heuristicWeight ?? 1;
  const maxDepth = problem.budget.maxDepth ?? Infinity;
  const budget = new BudgetTracker(problem.budget, problem.now ?? defaultNow);
  const bestG = new Map<string, number>();
  const open = new BinaryHeap<{ node: AStarNode; key: string }>();

  const startH = h(problem.start);
  if (startH === Infinity) return { status: "no-plan", actions: [], expansions: 0, finalReward: null };
  const startKey = key(problem.start);
  bestG.set(startKey, 0);
  open.push({ node: { state: problem.start, parent: null, action: null, depth: 0, g: 0 }, key: startKey }, w * startH, startH);

  let item: { node: AStarNode; key: string } | undefined;
  while ((item = open.pop())) {
    const { node } = item;
    if (bestG.get(item.key)! < node.g) continue; // a cheaper path to it was found after it was queued
    if (node.depth >= maxDepth) continue;
    if (!budget.spend()) return { status: "exhausted", actions: [], expansions: budget.expansions, finalReward: null };
    for (const action of problem.actions) {
      const out = problem.model.step(node.state, action);
      const g = node.g + 1;
      const child: AStarNode = { state: out.nextState, parent: node, action, depth: node.depth + 1, g };
      if (out.done) {
        if (out.reward > 0) return { status: "solved", actions: planTo(child), expansions: budget.expansions, finalReward: out.reward };
        continue;
      }
      const k = key(out.nextState);
      const known = bestG.get(k);
      if (known !== undefined && known <= g) continue;
      const hv = h(out.nextState);
      if (hv === Infinity) {
        bestG.set(k, -1); // dead: never queue it again
        continue;
      }
      bestG.set(k, g);
      open.push({ node: child, key: k }, g + w * hv, hv);
    }
  }
  return { status: "no-plan", actions: [], expansions: budget.expansions, finalReward: null };
}
