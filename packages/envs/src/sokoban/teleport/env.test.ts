import { describe, expect, it } from "vitest";
import { makeEnv } from "../../registry.js";
import { SokobanTeleportEnv } from "./env.js";
import { teleportLevelFromState, type SokobanTeleportState } from "./level.js";
import { solveTeleportLevel } from "./solver.js";

function env(grid: string[], gates: SokobanTeleportState["gates"]): SokobanTeleportEnv {
  const e = new SokobanTeleportEnv("test", { maxSteps: 50, level: teleportLevelFromState({ grid, gates }) });
  e.reset(0);
  return e;
}

const MOVE_LEFT = 7;
const MOVE_RIGHT = 8;
const PUSH_RIGHT = 4;

describe("teleport rules", () => {
  it("the player stepping onto a gate appears on its twin; the gate it left shows again", () => {
    const e = env(["#######", "#@o   #", "#   o #", "# $. ##", "#######"], [[[1, 2], [2, 4]]]);
    const r = e.step(MOVE_RIGHT);
    expect(e.symbolicState()).toEqual({ grid: ["#######", "# o   #", "#   @ #", "# $. ##", "#######"], gates: [[[1, 2], [2, 4]]] });
    expect(r).toMatchObject({ reward: -0.1, terminated: false, info: { "action.teleported": true } });
    // Standing on the twin does nothing; stepping off and back on carries the player again.
    e.step(MOVE_RIGHT);
    expect(e.symbolicState().grid[2]).toBe("#   o@#");
    e.step(MOVE_LEFT);
    expect(e.symbolicState().grid.slice(1, 3)).toEqual(["# @   #", "#   o #"]);
  });

  it("a box on the twin blocks the teleport: the player stays on the gate like on floor", () => {
    const e = env(["########", "#@o  $ #", "#    . #", "########"], [[[1, 2], [1, 5]]]);
    e.step(MOVE_RIGHT);
    expect(e.symbolicState().grid[1]).toBe("# @  $ #");
    expect(e.step(MOVE_RIGHT).info["action.teleported"]).toBe(false);
    expect(e.symbolicState().grid[1]).toBe("# o@ $ #");
  });

  it("a box pushed onto a gate stays there (boxes never teleport) and the gate shows again when it leaves", () => {
    const e = env(["########", "#@$o   #", "#    o #", "########"], [[[1, 3], [2, 5]]]);
    e.step(PUSH_RIGHT);
    expect(e.symbolicState().grid[1]).toBe("# @$   #");
    expect(e.step(PUSH_RIGHT).info).toMatchObject({ "action.moved_box": true, "action.teleported": true });
    // The player entered the gate by pushing: it is carried to the twin, the box stays put.
    expect(e.symbolicState().grid.slice(1, 3)).toEqual(["#  o$  #", "#    @ #"]);
  });

  it("rewards as Sokoban-v0: -0.1 per step, +1 box onto a target, -1 off, +10 when all are on targets", () => {
    const e = env(["#########", "#@$.o $.#", "#   o   #", "#########"], [[[1, 4], [2, 4]]]);
    expect(e.step(PUSH_RIGHT).reward).toBeCloseTo(0.9, 12); // box onto the first target
    expect(e.step(PUSH_RIGHT).reward).toBeCloseTo(-1.1, 12); // and off it again
    expect(e.symbolicState().grid[1]).toBe("#  +$ $.#");
    const e2 = env(["#########", "#@$.o $.#", "#   o   #", "#########"], [[[1, 4], [2, 4]]]);
    e2.step(PUSH_RIGHT);
    for (const a of [2, MOVE_RIGHT, MOVE_RIGHT, MOVE_RIGHT]) e2.step(a); // down, right, right, right
    expect(e2.symbolicState().grid.slice(1, 3)).toEqual(["#  *o@$.#", "#   o   #"]);
    const last = e2.step(PUSH_RIGHT);
    expect(last.reward).toBeCloseTo(10.9, 12);
    expect(last).toMatchObject({ terminated: true, truncated: false, info: { done: true } });
  });

  it("bad states are rejected with a stable code", () => {
    expect(() => teleportLevelFromState({ grid: ["#@o#"], gates: [] })).toThrow(expect.objectContaining({ code: "SOKOBAN_TELEPORT_BAD_STATE" }));
    expect(() => teleportLevelFromState({ grid: ["#@ .#"], gates: [[[0, 1], [0, 3]]] })).toThrow(/not on plain floor/);
  });
});

describe("generated teleport levels", () => {
  const SEEDS = Array.from({ length: 12 }, (_, i) => i);

  it.each(SEEDS)("seed %i: solvable with the gates, shorter than without them, in 7x7–10x10 with 1–2 boxes and 1–2 gate pairs", (seed) => {
    const e = makeEnv("Sokoban-Teleport-v0") as SokobanTeleportEnv;
    const { info } = e.reset(seed);
    const level = e.currentLevel()!;
    expect(level.rows).toBeGreaterThanOrEqual(7);
    expect(level.rows).toBeLessThanOrEqual(10);
    expect([1, 2]).toContain(level.boxes.length);
    expect([1, 2]).toContain(level.gates.length);
    const plan = solveTeleportLevel(level)!.actions;
    expect(plan.length).toBe(info.optimalSteps);
    expect(info.optimalStepsWithoutGates as number).toBeGreaterThanOrEqual(plan.length + 2);
    let last = null;
    for (const a of plan) last = e.step(a);
    expect(last).toMatchObject({ terminated: true });
    expect(last!.reward).toBeGreaterThan(9);
  });

  it("the same seed gives the same level; a seedless reset continues the stream", () => {
    const a = makeEnv("Sokoban-Teleport-v0");
    const b = makeEnv("Sokoban-Teleport-v0");
    expect(a.reset(5).observation).toEqual(b.reset(5).observation);
    expect(a.reset().observation).toEqual(b.reset().observation);
    expect(makeEnv("Sokoban-Teleport-small-v0").reset(3).info).toMatchObject({ rows: 7, cols: 7, boxes: 1, gatePairs: 1 });
  });

  it("renders the gates in text and SVG", () => {
    const e = makeEnv("Sokoban-Teleport-v0");
    e.reset(0);
    const text = e.render("text");
    expect(text).toContain(e.symbolicState() && (e.symbolicState() as SokobanTeleportState).grid.join("\n"));
    expect(text).toMatch(/^gates 1: \(\d+,\d+\)<->\(\d+,\d+\)/m);
    expect(e.render("svg").match(/class="gate"/g)).toHaveLength(2 * (e.symbolicState() as SokobanTeleportState).gates.length);
  });
});
