import type { Transition } from "@worldcoder/core";
import { afterAll, describe, expect, it } from "vitest";
import { createSandbox } from "./index.js";
import { referenceProgram, sokobanHeuristicSource } from "./testing/index.js";
import type { PlanOptions } from "./types.js";

const SOKOBAN = referenceProgram("sokoban");
const GOAL = "push every box onto a target";
// Hand-built: one box two pushes from its target.
const ROOM = { grid: ["#######", "#@ $ .#", "#######"] };
const pushes: PlanOptions = { planner: "bfs", actions: [1, 2, 3, 4], budget: { maxExpansions: 1000, maxMillis: 5000 } };

function transition(state: { grid: string[] }, action: number, nextGrid: string[], reward: number, done = false): Transition {
  return { state, action, reward, nextState: { grid: nextGrid }, goal: { text: GOAL }, done };
}

describe.each([
  ["ses", "process"],
  ["quickjs", "process"],
  ["ses", "thread"],
] as const)("the %s sandbox (%s isolation) runs jobs", (backend, isolation) => {
  const sandbox = createSandbox({ backend, isolation, workers: 2 });
  afterAll(() => sandbox.close());

  it("evaluates one step of the reference Sokoban program", async () => {
    const result = await sandbox.evaluate(SOKOBAN, ROOM, 8, GOAL);
    expect(result).toEqual({ ok: true, nextState: { grid: ["#######", "# @$ .#", "#######"] }, reward: -0.1, done: false });
  });

  it("fits transitions and shows each mismatch as a diff", async () => {
    const good = transition(ROOM, 4, ["#######", "# @$ .#", "#######"], -0.1);
    const wrongState = transition(ROOM, 3, ["#######", "# @$ .#", "#######"], -0.1); // push left hits the wall
    const wrongReward = transition({ grid: ["#####", "#@$.#", "#####"] }, 4, ["#####", "# @*#", "#####"], 10.9, false);
    const result = await sandbox.fit(SOKOBAN, [good, wrongState, wrongReward]);
    if (!result.ok) throw new Error(result.message);
    expect(result.explained).toEqual([true, false, false]);
    expect(result.score).toBeCloseTo(1 / 3);
    expect(result.partialScore).toBeCloseTo((3 + 2 + 2) / 9);
    expect(result.mismatches.map((m) => m.index)).toEqual([1, 2]);
    expect(result.mismatches[0].diff).toBe('nextState.grid[1]: expected "# @$ .#", predicted "#@ $ .#"');
    expect(result.mismatches[1].diff).toBe("done: expected false, predicted true");
  });

  it("reports what a program threw for each transition it could not run", async () => {
    const program = "function transition(s, a) { if (a === 2) throw new Error('no down'); return s; }\nfunction reward() { return [0, false]; }";
    const t = (action: number): Transition => ({ state: { n: 1 }, action, reward: 0, nextState: { n: 1 }, goal: { text: "" }, done: false });
    const result = await sandbox.fit(program, [t(1), t(2)]);
    if (!result.ok) throw new Error(result.message);
    expect(result.explained).toEqual([true, false]);
    expect(result.mismatches[0].predicted.error).toMatch(/^transition threw Error: no down/);
  });

  it("plans to a solved state with BFS and A*", async () => {
    const bfs = await sandbox.plan(SOKOBAN, ROOM, GOAL, pushes);
    expect(bfs).toEqual({ ok: true, status: "solved", actions: [4, 4, 4], expansions: 3, finalReward: 10.9 });
    const astar = await sandbox.plan(SOKOBAN, ROOM, GOAL, { ...pushes, planner: "astar", heuristicSource: sokobanHeuristicSource() });
    expect(astar).toMatchObject({ ok: true, status: "solved", actions: [4, 4, 4] });
  });

  it("checks optimism from several initial conditions in one job", async () => {
    const stuck = { grid: ["#####", "#@ $#", "#. ##", "#####"] }; // the box sits in a corner
    const result = await sandbox.checkOptimism(
      SOKOBAN,
      [
        { state: ROOM, goal: { text: GOAL } },
        { state: stuck, goal: { text: GOAL } },
      ],
      pushes,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.optimistic).toBe(false);
    expect(result.plans.map((p) => p.status)).toEqual(["solved", "no-plan"]);
  });

  it("runs many jobs at once on a pool of two workers", async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => sandbox.evaluate(SOKOBAN, ROOM, 0, GOAL)));
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it("ends an infinite loop as a time-out and keeps serving", async () => {
    const quick = createSandbox({ backend, isolation, timeoutMs: 300 });
    try {
      const loop = await quick.evaluate("function transition() { for (;;) {} }\nfunction reward() {}", ROOM, 1, GOAL);
      expect(loop).toMatchObject({ ok: false, kind: "timeout" });
      expect(await quick.evaluate(SOKOBAN, ROOM, 0, GOAL)).toMatchObject({ ok: true });
    } finally {
      await quick.close();
    }
  });

  it("walks the program with a seeded random rollout", async () => {
    const a = await sandbox.rollout(SOKOBAN, ROOM, GOAL, { steps: 500, actions: [0, 1, 2, 3, 4, 5, 6, 7, 8], seed: 3 });
    const b = await sandbox.rollout(SOKOBAN, ROOM, GOAL, { steps: 500, actions: [0, 1, 2, 3, 4, 5, 6, 7, 8], seed: 3 });
    if (!a.ok || !b.ok) throw new Error("rollout failed");
    expect(a.steps).toBe(500);
    expect(a.restarts).toBe(b.restarts);
  });
});
