import type { Action, State } from "@worldcoder/core";
import { Bm25Scorer, diffWords } from "./bm25.js";
import { BudgetTracker, defaultNow } from "./budget.js";
import { seededRandom, shuffled } from "./seeded-random.js";
import { stateKey } from "./state-key.js";
import type { SearchProblem, SearchResult } from "./types.js";

interface TreeNode {
  state: State;
  parent: TreeNode | null;
  action: Action | null;
  depth: number;
  untried: Action[];
  children: TreeNode[];
  visits: number;
  total: number;
  /** No success can be found below: fully expanded and every child dead. */
  dead: boolean;
}

/**
 * UCT Monte-Carlo tree search, heuristic-backed as in the original: a new leaf is valued by
 * the heuristic (1 / (1 + h)) when there is one, else by BM25 between the goal's words and the
 * words of what changed since the start, squashed to [0, 1). Returns on the first step the model
 * predicts as reward > 0 and done. A state already in the tree is not added twice (the envs are
 * deterministic, so a second path to it adds nothing). Deterministic given `seed`.
 */
export function mcts(problem: SearchProblem): SearchResult {
  const key = problem.key ?? stateKey;
  const random = seededRandom(problem.seed ?? 0);
  const c = problem.explorationConstant ?? 1.0;
  const maxDepth = problem.budget.maxDepth ?? 30;
  const budget = new BudgetTracker(problem.budget, problem.now ?? defaultNow);
  const scorer = problem.heuristic ? null : new Bm25Scorer(problem.goalText ?? "");
  const seen = new Set<string>([key(problem.start)]);
  const root = newNode(problem.start, null, null, 0);

  function newNode(state: State, parent: TreeNode | null, action: Action | null, depth: number): TreeNode {
    return {
      state,
      parent,
      action,
      depth,
      untried: depth < maxDepth ? shuffled(problem.actions, random) : [],
      children: [],
      visits: 0,
      total: 0,
      dead: false,
    };
  }

  function leafValue(state: State): number {
    if (problem.heuristic) {
      const h = problem.heuristic(state);
      return h === Infinity ? -1 : 1 / (1 + Math.max(0, h));
    }
    const s = scorer!.addAndScore(diffWords(problem.start, state));
    return s / (s + 1);
  }

  while (!root.dead) {
    // Selection: descend through fully expanded nodes by UCB1.
    let node = root;
    while (node.untried.length === 0 && node.children.length > 0) {
      let best: TreeNode | null = null;
      let bestScore = -Infinity;
      const logN = Math.log(node.visits + 1);
      for (const child of node.children) {
        if (child.dead) continue;
        const score = child.total / (child.visits || 1) + c * Math.sqrt(logN / (child.visits || 1));
        if (score > bestScore) {
          bestScore = score;
          best = child;
        }
      }
      if (!best) break;
      node = best;
    }
    if (node.untried.length === 0) {
      markDead(node);
      continue;
    }
    // Expansion: one untried action.
    if (!budget.spend()) return { status: "exhausted", actions: [], expansions: budget.expansions, finalReward: null };
    const action = node.untried.pop()!;
    const out = problem.model.step(node.state, action);
    if (out.done && out.reward > 0) {
      return { status: "solved", actions: [...pathOf(node), action], expansions: budget.expansions, finalReward: out.reward };
    }
    const k = key(out.nextState);
    if (out.done || seen.has(k)) {
      if (node.untried.length === 0 && node.children.every((ch) => ch.dead)) markDead(node);
      continue;
    }
    seen.add(k);
    const child = newNode(out.nextState, node, action, node.depth + 1);
    node.children.push(child);
    const value = leafValue(child.state);
    if (value < 0 || child.untried.length === 0) child.dead = true;
    // Backpropagation.
    for (let n: TreeNode | null = child; n; n = n.parent) {
      n.visits += 1;
      n.total += Math.max(0, value);
    }
    if (child.dead && node.untried.length === 0 && node.children.every((ch) => ch.dead)) markDead(node);
  }
  return { status: "no-plan", actions: [], expansions: budget.expansions, finalReward: null };
}

function markDead(node: TreeNode): void {
  node.dead = true;
  for (let p = node.parent; p; p = p.parent) {
    if (p.untried.length === 0 && p.children.every((ch) => ch.dead)) p.dead = true;
    else return;
  }
}

function pathOf(node: TreeNode): Action[] {
  const actions: Action[] = [];
  for (let n: TreeNode | null = node; n && n.action !== null; n = n.parent) actions.push(n.action);
  return actions.reverse();
}
