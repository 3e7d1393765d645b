import type { Action, State } from "@worldcoder/core";
import { describe, expect, it } from "vitest";
import { astar, bfs, mcts, planners, valueIteration, type SearchModel, type SearchProblem } from "./index.js";

/**
 * A domain-free test world: a 6×6 room, walls along x = 3 except a gap at y = 5, goal at (5, 0).
 * Actions 0..3 = up, down, left, right. Reward 1 and done on reaching the goal.
 */
const WALLS = new Set(["3,0", "3,1", "3,2", "3,3", "3,4"]);
const gridModel: SearchModel = {
  step(state, action) {
    const { x, y } = state as { x: number; y: number };
    const [dx, dy] = [[0, -1], [0, 1], [-1, 0], [1, 0]][action as number];
    const nx = x + dx;
    const ny = y + dy;
    const blocked = nx < 0 || ny < 0 || nx > 5 || ny > 5 || WALLS.has(`${nx},${ny}`);
    const next = blocked ? { x, y } : { x: nx, y: ny };
    const done = next.x === 5 && next.y === 0;
    return { nextState: next, reward: done ? 1 : 0, done };
  },
};

const problem = (overrides: Partial<SearchProblem> = {}): SearchProblem => ({
  model: gridModel,
  start: { x: 0, y: 0 },
  actions: [0, 1, 2, 3],
  budget: { maxExpansions: 10_000, maxMillis: 60_000 },
  now: () => 0,
  ...overrides,
});

function replay(start: State, actions: Action[]): { state: State; reward: number; done: boolean } {
  let state = start;
  let last = { reward: 0, done: false };
  for (const a of actions) {
    const out = gridModel.step(state, a);
    state = out.nextState;
    last = out;
  }
  return { state, ...last };
}

const manhattan = (s: State) => Math.abs(5 - (s as { x: number }).x) + Math.abs((s as { y: number }).y);

describe("planners on a small domain-free grid", () => {
  it("BFS finds a shortest plan", () => {
    const result = bfs(problem());
    expect(result.status).toBe("solved");
    expect(result.actions).toHaveLength(15); // down 5, right 5, up 5
    expect(replay({ x: 0, y: 0 }, result.actions)).toMatchObject({ reward: 1, done: true });
    expect(result.finalReward).toBe(1);
  });

  it("A* with an admissible heuristic finds a plan of the same length with fewer expansions", () => {
    const plain = bfs(problem());
    const result = astar(problem({ heuristic: manhattan }));
    expect(result.status).toBe("solved");
    expect(result.actions).toHaveLength(15);
    expect(result.expansions).toBeLessThanOrEqual(plain.expansions);
  });

  it("A* prunes states whose heuristic is Infinity", () => {
    // Declaring the gap a dead end leaves no way around the wall.
    const result = astar(problem({ heuristic: (s) => ((s as { y: number }).y === 5 ? Infinity : manhattan(s)) }));
    expect(result.status).toBe("no-plan");
  });

  it("MCTS is deterministic given a seed and solves the room", () => {
    const a = mcts(problem({ seed: 7, heuristic: manhattan, budget: { maxExpansions: 5000, maxMillis: 60_000 } }));
    const b = mcts(problem({ seed: 7, heuristic: manhattan, budget: { maxExpansions: 5000, maxMillis: 60_000 } }));
    expect(a).toEqual(b);
    expect(a.status).toBe("solved");
    expect(replay({ x: 0, y: 0 }, a.actions)).toMatchObject({ reward: 1, done: true });
  });

  it("MCTS without a heuristic uses BM25 shaping on the goal text and still solves it", () => {
    const result = mcts(problem({ seed: 1, goalText: "get to x 5 y 0", budget: { maxExpansions: 5000, maxMillis: 60_000 } }));
    expect(result.status).toBe("solved");
    expect(replay({ x: 0, y: 0 }, result.actions)).toMatchObject({ reward: 1, done: true });
  });

  it("value iteration follows the greedy policy to the goal", () => {
    const result = valueIteration(problem());
    expect(result.status).toBe("solved");
    expect(result.actions).toHaveLength(15);
    expect(replay({ x: 0, y: 0 }, result.actions)).toMatchObject({ reward: 1, done: true });
  });

  it.each(Object.keys(planners) as (keyof typeof planners)[])("%s reports an exhausted budget", (name) => {
    const result = planners[name](problem({ budget: { maxExpansions: 3, maxMillis: 60_000 } }));
    expect(result.status).toBe("exhausted");
    expect(result.actions).toEqual([]);
    expect(result.expansions).toBe(3);
  });

  it.each(Object.keys(planners) as (keyof typeof planners)[])("%s stops on the wall-clock budget", (name) => {
    let t = 0;
    const endless: SearchModel = { step: (s, a) => ({ nextState: { n: (s as { n: number }).n * 4 + (a as number) }, reward: 0, done: false }) };
    const result = planners[name](
      problem({ model: endless, start: { n: 1 }, now: () => (t += 10), budget: { maxExpansions: 1e9, maxMillis: 50, maxDepth: 1000 } }),
    );
    expect(result.status).toBe("exhausted");
  });

  it.each(Object.keys(planners) as (keyof typeof planners)[])("%s says no-plan when the goal is unreachable", (name) => {
    const never: SearchModel = { step: (s, a) => ({ ...gridModel.step(s, a), reward: 0, done: false }) };
    const result = planners[name](problem({ model: never, seed: 3 }));
    expect(result.status).toBe("no-plan");
  });

  it("a terminal step without reward is not a success and is not expanded", () => {
    const lava: SearchModel = {
      step(s, a) {
        const out = gridModel.step(s, a);
        const { x } = out.nextState as { x: number };
        return x >= 1 ? { ...out, reward: 0, done: true } : out;
      },
    };
    expect(bfs(problem({ model: lava })).status).toBe("no-plan");
  });

  it("errors thrown by the model propagate to the caller", () => {
    const broken: SearchModel = {
      step() {
        throw new Error("boom");
      },
    };
    for (const plan of Object.values(planners)) expect(() => plan(problem({ model: broken }))).toThrow("boom");
  });

  it("respects maxDepth", () => {
    expect(bfs(problem({ budget: { maxExpansions: 10_000, maxMillis: 60_000, maxDepth: 10 } })).status).toBe("no-plan");
    expect(bfs(problem({ budget: { maxExpansions: 10_000, maxMillis: 60_000, maxDepth: 15 } })).status).toBe("solved");
  });
});
