import { describe, expect, it } from "vitest";
import { makeEnv } from "../registry.js";
import { SokobanEnv } from "./env.js";
import { parseBoxobanLevels } from "./levels.js";
import { renderSokobanStateSvg } from "./render.js";
import { gridToLayers } from "./symbolic.js";

const LEVEL = ["######", "#@$ .#", "#  $.#", "######"].join("\n");

function levelEnv(text = LEVEL, maxSteps = 200): SokobanEnv {
  return new SokobanEnv("test", { kind: "levels", levels: parseBoxobanLevels(text), levelIndex: 0, maxSteps });
}

describe("SokobanEnv", () => {
  it("registers gym-sokoban's ids with their sizes", () => {
    const env = makeEnv("Sokoban-small-v0") as SokobanEnv;
    expect(env.maxSteps).toBe(200);
    const { observation } = env.reset(1);
    expect((observation as { grid: string[] }).grid).toHaveLength(7);
    expect(makeEnv("Sokoban-v1", { maxSteps: 5 }) as SokobanEnv).toMatchObject({ maxSteps: 5 });
  });

  it("the symbolic state is only the grid in Boxoban characters", () => {
    const env = levelEnv();
    env.reset();
    expect(env.symbolicState()).toEqual({ grid: ["######", "#@$ .#", "#  $.#", "######"] });
    expect(env.goal().text).toBe("push every box onto a target");
  });

  it("pushes, rewards in the original's order and terminates when all boxes are on targets", () => {
    const env = levelEnv();
    env.reset();
    let r = env.step(4); // push right: box to (1,3)
    expect(r).toMatchObject({ reward: -0.1, terminated: false, truncated: false });
    expect(r.info).toEqual({ "action.name": "push right", "action.moved_player": true, "action.moved_box": true, done: false });
    r = env.step(4); // box onto the target
    expect(r.reward).toBe(0.9);
    expect(env.symbolicState().grid[1]).toBe("#  @*#");
    env.step(7); // move left
    env.step(6); // move down
    r = env.step(8); // move right into the box: a move never pushes
    expect(r.info["action.moved_player"]).toBe(false);
    r = env.step(4); // push it onto the last target
    expect(env.symbolicState().grid).toEqual(["######", "#   *#", "#  @*#", "######"]);
    expect(r.reward).toBe(10.9);
    expect(r).toMatchObject({ terminated: true, truncated: false });
    expect(r.info).toMatchObject({ done: true, maxsteps_used: false, all_boxes_on_target: true });
    r = env.step(0); // stepping a solved room: no guard, 9.9
    expect(r.reward).toBe(9.9);
    expect(r.info["action.name"]).toBe("no operation");
  });

  it("done on max_steps uses equality: stepping past it gives done = false again", () => {
    const env = levelEnv(LEVEL, 2);
    env.reset();
    expect(env.step(0).info.done).toBe(false);
    const r = env.step(0);
    expect(r).toMatchObject({ truncated: true, terminated: false, reward: -0.1 });
    expect(r.info).toMatchObject({ done: true, maxsteps_used: true, all_boxes_on_target: false });
    expect(env.step(0)).toMatchObject({ truncated: false, info: { done: false } });
  });

  it("a push with nothing to push falls back to a move; a box pushed off a target costs -1", () => {
    const env = levelEnv(["#######", "#@ *  #", "#     #", "#######"].join("\n"));
    env.reset();
    expect(env.step(4).info).toMatchObject({ "action.moved_player": true, "action.moved_box": false });
    const r = env.step(4);
    expect(r.reward).toBe(-1.1);
    expect(env.symbolicState().grid[1]).toBe("#  +$ #");
  });

  it("seeded resets reproduce the room; seedless resets continue the stream", () => {
    const a = makeEnv("Sokoban-small-v0");
    const b = makeEnv("Sokoban-small-v0");
    a.reset(5);
    b.reset(5);
    expect(a.symbolicState()).toEqual(b.symbolicState());
    a.reset();
    b.reset();
    expect(a.symbolicState()).toEqual(b.symbolicState());
    b.reset(5);
    const c = makeEnv("Sokoban-small-v0");
    c.reset(5);
    expect(b.symbolicState()).toEqual(c.symbolicState());
  });

  it("rejects bad actions and steps before reset with stable codes", () => {
    const env = levelEnv();
    expect(() => env.step(0)).toThrow(expect.objectContaining({ code: "ENV_NOT_RESET" }));
    env.reset();
    expect(() => env.step(9)).toThrow(expect.objectContaining({ code: "BAD_ACTION" }));
  });

  it("Boxoban-v0 plays a level of the fixture file by index, or draws one from a seed", () => {
    const env = makeEnv("Boxoban-v0", { levelIndex: 0 });
    env.reset();
    expect((env.symbolicState() as { grid: string[] }).grid.slice(0, 3)).toEqual(["##########", "#@ #######", "#.$#######"]);
    const a = makeEnv("Boxoban-v0");
    const b = makeEnv("Boxoban-v0");
    expect(a.reset(3).info.levelIndex).toBe(b.reset(3).info.levelIndex);
    expect(makeEnv("Boxoban-v0", { levelText: LEVEL }).reset().observation).toEqual({ grid: LEVEL.split("\n") });
    // A repository-relative levelFile works from any working directory (tests run in packages/envs).
    const medium = makeEnv("Boxoban-v0", { levelFile: "fixtures/levels/boxoban/medium/train/000.txt", levelIndex: 999 });
    expect(medium.reset().info.levelIndex).toBe(999);
  });

  it("renders text and an SVG with every kind of tile", () => {
    const rows = ["#######", "#@.$ *#", "#  $. #", "#######"];
    const env = levelEnv(rows.join("\n"));
    env.reset();
    const text = env.render("text");
    expect(text.split("\n").slice(0, 4)).toEqual(rows);
    expect(text).toContain("step 0/200");
    const svg = env.render("svg");
    expect(svg.startsWith("<svg")).toBe(true);
    for (const cls of ["wall", "floor", "target", "box", "box-on-target", "player"]) {
      expect(svg).toContain(`class="${cls}"`);
    }
    expect(svg.match(/class="wall"/g)).toHaveLength(18);
    env.step(8);
    expect(env.render("svg")).toContain('class="player-on-target"');
  });

  it("draws a symbolic state without an env, the same picture as the env's", () => {
    const rows = ["#######", "#@.$ *#", "#  $. #", "#######"];
    const env = levelEnv(rows.join("\n"));
    env.reset();
    expect(renderSokobanStateSvg({ grid: rows }).replace(/<title>.*<\/title>/, "")).toBe(
      env.render("svg").replace(/<title>.*<\/title>/, ""),
    );
    expect(gridToLayers(rows).state).toEqual(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0, 5, 2, 4, 1, 3, 0, 0, 1, 1, 4, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0]));
  });

  it("observation 'none' skips building the grid on every step", () => {
    const env = new SokobanEnv("t", { kind: "levels", levels: parseBoxobanLevels(LEVEL), maxSteps: 9 }, { observation: "none" });
    expect(env.reset(0).observation).toBeNull();
    expect(env.step(4).observation).toBeNull();
  });
});
