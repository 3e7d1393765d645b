import type { Action, State } from "@worldcoder/core";
import { BudgetTracker, defaultNow } from "./budget.js";
import { stateKey } from "./state-key.js";
import type { SearchProblem, SearchResult } from "./types.js";

interface Edge {
  action: Action;
  reward: number;
  done: boolean;
  /** Index of the next state; -1 when the step ended the episode. */
  next: number;
}

const GAMMA = 0.99;

/**
 * Depth-limited value iteration over the states reachable from the start: enumerate them
 * breadth-first (within the budget and maxDepth, default 30), back up
 * V(s) = max_a r + γ·V(s') for maxDepth sweeps, then follow the greedy policy from the start.
 * Solved when that walk reaches a step predicted as reward > 0 and done.
 */
export function valueIteration(problem: SearchProblem): SearchResult {
  const key = problem.key ?? stateKey;
  const maxDepth = problem.budget.maxDepth ?? 30;
  const budget = new BudgetTracker(problem.budget, problem.now ?? defaultNow);
  const states: State[] = [problem.start];
  const depth: number[] = [0];
  const edges: (Edge[] | null)[] = [null];
  const index = new Map<string, number>([[key(problem.start), 0]]);
  let complete = true;

  for (let i = 0; i < states.length; i++) {
    if (depth[i] >= maxDepth) continue;
    if (!budget.spend()) {
      complete = false;
      break;
    }
    const out: Edge[] = [];
    for (const action of problem.actions) {
      const step = problem.model.step(states[i], action);
      let next = -1;
      if (!step.done) {
        const k = key(step.nextState);
        const known = index.get(k);
        if (known !== undefined) next = known;
        else {
          next = states.length;
          index.set(k, next);
          states.push(step.nextState);
          depth.push(depth[i] + 1);
          edges.push(null);
        }
      }
      out.push({ action, reward: step.reward, done: step.done, next });
    }
    edges[i] = out;
  }

  const value = new Float64Array(states.length);
  const q = (e: Edge, v: Float64Array): number => e.reward + (e.done || e.next < 0 ? 0 : GAMMA * v[e.next]);
  for (let sweep = 0; sweep < maxDepth; sweep++) {
    const nextValue = new Float64Array(states.length);
    for (let s = 0; s < states.length; s++) {
      const out = edges[s];
      if (!out) continue; // frontier or unexpanded: value unknown, taken as 0
      let best = -Infinity;
      for (const e of out) best = Math.max(best, q(e, value));
      nextValue[s] = best;
    }
    value.set(nextValue);
  }

  const plan: Action[] = [];
  const visited = new Set<number>();
  let s = 0;
  while (plan.length < maxDepth && !visited.has(s)) {
    visited.add(s);
    const out = edges[s];
    if (!out || out.length === 0) break;
    let best = out[0];
    for (const e of out) if (q(e, value) > q(best, value)) best = e;
    plan.push(best.action);
    if (best.done) {
      if (best.reward > 0) return { status: "solved", actions: plan, expansions: budget.expansions, finalReward: best.reward };
      break;
    }
    s = best.next;
  }
  return { status: complete ? "no-plan" : "exhausted", actions: [], expansions: budget.expansions, finalReward: null };
}
