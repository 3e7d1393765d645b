import type { Env, Transition } from "@worldcoder/core";
import { alfworldExpertAction, makeEnv, type AlfworldEnv } from "@worldcoder/envs";
import { afterAll, describe, expect, it } from "vitest";
import { createSandbox } from "./index.js";
import { referenceProgram, sokobanHeuristicSource } from "./testing/index.js";

/**
 * The hand-written reference programs (not LLM output) against the real envs: they must
 * reproduce seeded random rollouts, and plans made with them must succeed in the env.
 */
const sandbox = createSandbox({ workers: 2 });
afterAll(() => sandbox.close());

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function randomRollout(env: Env, seed: number, steps: number, actions: number): Transition[] {
  const random = lcg(seed);
  const out: Transition[] = [];
  env.reset(seed);
  for (let i = 0; i < steps; i++) {
    const state = env.symbolicState();
    const goal = env.goal();
    const action = Math.floor(random() * actions);
    const step = env.step(action);
    out.push({ state, action, reward: step.reward, nextState: env.symbolicState(), goal, done: step.terminated });
    if (step.terminated || step.truncated) env.reset();
  }
  return out;
}

const MINIGRID_IDS = [
  "MiniGrid-Empty-5x5-v0",
  "MiniGrid-DoorKey-5x5-v0",
  "MiniGrid-Unlock-v0",
  "MiniGrid-UnlockPickup-v0",
  "MiniGrid-Fetch-5x5-N2-v0",
  "MiniGrid-GoToDoor-5x5-v0",
  "MiniGrid-KeyCorridorS3R1-v0",
  "MiniGrid-LavaCrossingS9N1-v0",
  // This project's variant with a door of two locks (envs README, "Novel variants").
  "MiniGrid-TwoKeyDoor-6x6-v0",
  "MiniGrid-TwoKeyDoor-7x7-v0",
];

describe("the reference Sokoban program", () => {
  const program = referenceProgram("sokoban");

  it.each(["Sokoban-small-v0", "Sokoban-v0", "Boxoban-v0"])("reproduces every transition of random play in %s", async (id) => {
    const transitions = [0, 1].flatMap((seed) => randomRollout(makeEnv(id), seed, 300, 9));
    const fit = await sandbox.fit(program, transitions);
    if (!fit.ok) throw new Error(fit.message);
    expect(fit.mismatches.map((m) => m.diff)).toEqual([]);
    expect(fit.score).toBe(1);
  });

  it("plans with A* and the plan solves the real Boxoban level", async () => {
    for (const levelIndex of [0, 1, 2]) {
      const env = makeEnv("Boxoban-v0", { levelIndex });
      env.reset();
      const plan = await sandbox.plan(program, env.symbolicState(), env.goal().text, {
        planner: "astar",
        actions: [1, 2, 3, 4],
        heuristicSource: sokobanHeuristicSource(),
        heuristicWeight: 3,
        budget: { maxExpansions: 200_000, maxMillis: 20_000 },
      });
      if (!plan.ok) throw new Error(plan.message);
      expect(plan.status).toBe("solved");
      let last = { reward: 0, terminated: false };
      for (const a of plan.actions) last = env.step(a);
      expect(last).toMatchObject({ terminated: true });
      expect(last.reward).toBeGreaterThan(0);
    }
  });
});

describe("the reference teleport-Sokoban program", () => {
  const program = referenceProgram("sokoban-teleport");

  it.each(["Sokoban-Teleport-v0", "Sokoban-Teleport-small-v0"])("reproduces every transition of random play in %s, teleports included", async (id) => {
    const transitions = [0, 1, 2].flatMap((seed) => randomRollout(makeEnv(id), seed, 300, 9));
    // A jump of the player further than one cell is a teleport; random play must show some.
    const jumps = transitions.filter((t) => playerJump(t.state, t.nextState) > 1).length;
    expect(jumps).toBeGreaterThan(5);
    const fit = await sandbox.fit(program, transitions);
    if (!fit.ok) throw new Error(fit.message);
    expect(fit.mismatches.map((m) => m.diff)).toEqual([]);
    expect(fit.score).toBe(1);
  });

  it("the plain Sokoban program mispredicts teleport play (the rules differ)", async () => {
    const transitions = [0, 1].flatMap((seed) => randomRollout(makeEnv("Sokoban-Teleport-small-v0"), seed, 300, 9));
    const fit = await sandbox.fit(referenceProgram("sokoban"), transitions);
    if (!fit.ok) throw new Error(fit.message);
    expect(fit.score).toBeLessThan(1);
  });

  it("weighted A* with the Sokoban heuristic (dead squares pruned) solves generated levels, and the plans work", async () => {
    for (const seed of [0, 1, 2, 3, 4, 5]) {
      const env = makeEnv("Sokoban-Teleport-v0");
      const { info } = env.reset(seed);
      const plan = await sandbox.plan(program, env.symbolicState(), env.goal().text, {
        planner: "astar",
        actions: [1, 2, 3, 4, 5, 6, 7, 8],
        heuristicSource: sokobanHeuristicSource(),
        heuristicWeight: 3,
        budget: { maxExpansions: 30_000, maxMillis: 20_000, maxDepth: 300 },
      });
      if (!plan.ok) throw new Error(plan.message);
      expect([seed, plan.status]).toEqual([seed, "solved"]);
      expect(plan.actions.length).toBeGreaterThanOrEqual(info.optimalSteps as number);
      let last = { reward: 0, terminated: false };
      for (const a of plan.actions) last = env.step(a);
      expect([seed, last.terminated]).toEqual([seed, true]);
    }
  });
});

function playerJump(a: unknown, b: unknown): number {
  const at = (s: unknown): [number, number] => {
    const grid = (s as { grid: string[] }).grid;
    const r = grid.findIndex((row) => /[@+]/.test(row));
    return [r, grid[r].search(/[@+]/)];
  };
  const [p, q] = [at(a), at(b)];
  return Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]);
}

describe("the reference MiniGrid program", () => {
  const program = referenceProgram("minigrid");

  it.each(MINIGRID_IDS)("reproduces random play in %s (rewards by sign: the state has no step count)", async (id) => {
    const transitions = [0, 1, 2].flatMap((seed) => randomRollout(makeEnv(id), seed, 150, 7));
    const fit = await sandbox.fit(program, transitions);
    if (!fit.ok) throw new Error(fit.message);
    for (const m of fit.mismatches) {
      expect(m.predicted.error).toBeUndefined();
      expect(m.predicted.nextState).toEqual(m.transition.nextState);
      expect(m.predicted.done).toBe(m.transition.done);
      expect([m.diff, (m.predicted.reward ?? 0) > 0]).toEqual([m.diff, m.transition.reward > 0]);
    }
  });

  it.each(MINIGRID_IDS)("plans with BFS and the plan succeeds in the real %s", async (id) => {
    for (const seed of [0, 1]) {
      const env = makeEnv(id);
      env.reset(seed);
      const plan = await sandbox.plan(program, env.symbolicState(), env.goal().text, {
        planner: "bfs",
        actions: [0, 1, 2, 3, 4, 5, 6],
        budget: { maxExpansions: 100_000, maxMillis: 20_000 },
      });
      if (!plan.ok) throw new Error(plan.message);
      expect([id, seed, plan.status]).toEqual([id, seed, "solved"]);
      let last = { reward: 0, terminated: false };
      for (const a of plan.actions) last = env.step(a);
      expect([id, seed, last.terminated, last.reward > 0]).toEqual([id, seed, true, true]);
    }
  });
});

describe("every planner with the reference MiniGrid program", () => {
  const program = referenceProgram("minigrid");

  it.each(["bfs", "astar", "mcts", "value-iteration"] as const)("%s solves MiniGrid-Empty-5x5 and the plan works in the env", async (planner) => {
    const env = makeEnv("MiniGrid-Empty-5x5-v0");
    env.reset(3);
    const plan = await sandbox.plan(program, env.symbolicState(), env.goal().text, {
      planner,
      actions: [0, 1, 2],
      seed: 5,
      budget: { maxExpansions: 20_000, maxMillis: 20_000, maxDepth: 30 },
    });
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.status).toBe("solved");
    let last = { reward: 0, terminated: false };
    for (const a of plan.actions) last = env.step(a);
    expect(last.terminated && last.reward > 0).toBe(true);
  });
});

describe("the reference program of the powered ALFWorld variant", () => {
  const program = referenceProgram("alfworld-powered");
  const ID = "ALFWorld-PickHeatThenPlacePowered-v0";

  /** Seeded play mixing admissible commands, switch commands anywhere and invalid commands. */
  function rollout(seed: number, steps: number): Transition[] {
    const env = makeEnv(ID) as AlfworldEnv;
    const random = lcg(seed);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    env.reset(seed);
    const out: Transition[] = [];
    for (let i = 0; i < steps; i++) {
      const state = env.symbolicState();
      const names = Object.keys(state.receptacles);
      const held = Object.keys(state.inventory)[0] ?? "apple 1";
      const r = random();
      const expert = alfworldExpertAction(state, env.task());
      // Before the expert switches the microwave on, try heating with it off (the variant's rule).
      const probe = expert.startsWith("turn on ") && random() < 0.5 ? `heat ${held} with ${expert.slice("turn on ".length)}` : null;
      const action =
        probe !== null ? probe
        : r < 0.35 ? expert
        : r < 0.6 ? pick(env.admissibleCommands())
        : r < 0.8 ? `turn ${random() < 0.5 ? "on" : "off"} ${pick(names)}`
        : r < 0.9 ? `heat ${held} with ${pick(names)}`
        : `put ${held} in/on ${pick(names)}`;
      const goal = env.goal();
      const step = env.step(action);
      out.push({ state, action, reward: step.reward, nextState: env.symbolicState(), goal, done: step.terminated });
      if (step.terminated || step.truncated) env.reset();
    }
    return out;
  }

  it("reproduces every transition of seeded play, switch commands and invalid commands included", async () => {
    const transitions = [0, 1, 2, 3].flatMap((seed) => rollout(seed, 120));
    const fit = await sandbox.fit(program, transitions);
    if (!fit.ok) throw new Error(fit.message);
    expect(fit.mismatches.map((m) => m.diff)).toEqual([]);
    expect(fit.score).toBe(1);
    const effective = (verb: RegExp) => transitions.filter((t) => verb.test(t.action as string) && JSON.stringify(t.state) !== JSON.stringify(t.nextState)).length;
    expect(effective(/^turn /)).toBeGreaterThan(5);
    expect(effective(/^heat /)).toBeGreaterThan(2);
    expect(transitions.filter((t) => /^heat /.test(t.action as string) && JSON.stringify(t.state) === JSON.stringify(t.nextState)).length).toBeGreaterThan(2);
    expect(transitions.filter((t) => t.reward > 0).length).toBeGreaterThan(1);
  });
});
