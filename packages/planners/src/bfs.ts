import { BudgetTracker, defaultNow } from "./budget.js";
import { planTo, type SearchNode } from "./search-node.js";
import { stateKey } from "./state-key.js";
import type { SearchProblem, SearchResult } from "./types.js";

/**
 * Breadth-first search: the shortest plan (in steps) whose last step the model predicts as
 * reward > 0 and done. The goal test happens when a step is generated, as the original's
 * planner returns on the first such node.
 */
export function bfs(problem: SearchProblem): SearchResult {
  const key = problem.key ?? stateKey;
  const maxDepth = problem.budget.maxDepth ?? Infinity;
  const budget = new BudgetTracker(problem.budget, problem.now ?? defaultNow);
  const seen = new Set<string>([key(problem.start)]);
  let frontier: SearchNode[] = [{ state: problem.start, parent: null, action: null, depth: 0 }];
  let head = 0;
  while (head < frontier.length) {
    if (head > 4096 && head * 2 > frontier.length) {
      frontier = frontier.slice(head);
      head = 0;
    }
    const node = frontier[head++];
    if (node.depth >= maxDepth) continue;
    if (!budget.spend()) return { status: "exhausted", actions: [], expansions: budget.expansions, finalReward: null };
    for (const action of problem.actions) {
      const out = problem.model.step(node.state, action);
      const child: SearchNode = { state: out.nextState, parent: node, action, depth: node.depth + 1 };
      if (out.done) {
        if (out.reward > 0) return { status: "solved", actions: planTo(child), expansions: budget.expansions, finalReward: out.reward };
        continue; // a terminal state without success: nothing follows it
      }
      const k = key(out.nextState);
      if (seen.has(k)) continue;
      seen.add(k);
      frontier.push(child);
    }
  }
  return { status: "no-plan", actions: [], expansions: budget.expansions, finalReward: null };
}
