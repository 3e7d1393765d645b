import { canonicalJson, jsonEqual } from "@worldcoder/core";
import { describe, expect, it } from "vitest";
import { makeEnv } from "../registry.js";
import { GOAL, LAVA, door, item } from "./cell.js";
import { minigridWorldFromSymbolic, renderMinigridStateSvg, renderMinigridStateText } from "./from-symbolic.js";
import { makeMinigridEnv, minigridEnvSpecs } from "./register.js";
import { minigridSymbolicState } from "./symbolic.js";

const LEFT = 0, RIGHT = 1, FORWARD = 2, PICKUP = 3, DROP = 4, TOGGLE = 5, DONE = 6;

describe("MiniGrid registry", () => {
  it("registers the 15 original ids with their episode lengths, and the TwoKeyDoor variants", () => {
    const lengths = Object.fromEntries(minigridEnvSpecs.map((s) => [s.id, (makeEnv(s.id) as ReturnType<typeof makeMinigridEnv>).maxSteps]));
    expect(lengths).toEqual({
      "MiniGrid-Empty-5x5-v0": 100,
      "MiniGrid-Empty-8x8-v0": 256,
      "MiniGrid-DoorKey-5x5-v0": 250,
      "MiniGrid-DoorKey-8x8-v0": 640,
      "MiniGrid-Unlock-v0": 288,
      "MiniGrid-UnlockPickup-v0": 288,
      "MiniGrid-BlockedUnlockPickup-v0": 576,
      "MiniGrid-Fetch-5x5-N2-v0": 125,
      "MiniGrid-Fetch-6x6-N2-v0": 180,
      "MiniGrid-KeyCorridorS3R1-v0": 270,
      "MiniGrid-LavaCrossingS9N1-v0": 324,
      "MiniGrid-SimpleCrossingS9N1-v0": 324,
      "MiniGrid-GoToDoor-5x5-v0": 100,
      "MiniGrid-PutNear-6x6-N2-v0": 30,
      "MiniGrid-MultiRoom-N2-S4-v0": 40,
      "MiniGrid-TwoKeyDoor-6x6-v0": 360,
      "MiniGrid-TwoKeyDoor-7x7-v0": 490,
    });
    expect(makeMinigridEnv("MiniGrid-Empty-5x5-v0", { maxSteps: 7 }).maxSteps).toBe(7);
    expect(() => makeMinigridEnv("MiniGrid-Nope-v0")).toThrow(/unknown MiniGrid env id/);
  });

  it("rejects actions outside 0–6 with a stable code", () => {
    const env = makeMinigridEnv("MiniGrid-Empty-5x5-v0");
    env.reset(0);
    expect(() => env.step(7)).toThrow(expect.objectContaining({ code: "MINIGRID_BAD_ACTION" }));
  });
});

describe("MiniGrid stepping", () => {
  // DoorKey-5x5 seed 0: agent (1,3) facing left, yellow key (1,2), locked yellow door (2,1), goal (3,3).
  function doorKey() {
    const env = makeMinigridEnv("MiniGrid-DoorKey-5x5-v0");
    env.reset(0);
    return env;
  }

  it("generates the recorded layout from the seed", () => {
    const env = doorKey();
    expect([env.agentX, env.agentY, env.agentDir]).toEqual([1, 3, 2]);
    expect(env.render("text")).toBe(
      ["##########", "##  Ly  ##", "##Ky##  ##", "##<<##G ##", "##########", "agent (1,3) facing left, carrying nothing; step 0/250", "mission: use the key to open the door and then get to the goal"].join("\n"),
    );
  });

  it("opens a locked door only with the key of its colour, then walks to the goal", () => {
    const env = doorKey();
    env.step(RIGHT); // face up, key in front
    expect(env.step(TOGGLE).reward).toBe(0);
    env.step(PICKUP);
    expect(env.carryingPair()).toEqual(["key", "yellow"]);
    expect(env.step(PICKUP).info).toEqual({ step_count: 4 }); // hands full: nothing happens
    env.step(FORWARD); // (1,2)
    env.step(FORWARD); // (1,1)
    env.step(RIGHT); // face the door
    env.step(TOGGLE);
    expect(env.symbolicState().objects["2,1"]).toEqual({ type: "door", color: "yellow", state: "open" });
    expect(env.carryingPair()).toEqual(["key", "yellow"]); // the key is kept
    env.step(TOGGLE); // unlocked doors flip open/closed
    expect(env.symbolicState().objects["2,1"]).toEqual({ type: "door", color: "yellow", state: "closed" });
    env.step(TOGGLE);
    for (const a of [FORWARD, FORWARD, RIGHT, FORWARD]) expect(env.step(a).terminated).toBe(false);
    expect([env.agentX, env.agentY]).toEqual([3, 2]);
    const last = env.step(FORWARD);
    expect(last.terminated).toBe(true);
    expect(last.reward).toBe(1 - 0.9 * (15 / 250));
  });

  it("drops only onto an empty cell and never onto the goal", () => {
    const env = makeMinigridEnv("MiniGrid-Empty-5x5-v0");
    env.reset(0);
    env.carrying = item("ball", "red");
    env.step(DROP);
    expect(env.symbolicState().objects["2,1"]).toEqual({ type: "ball", color: "red" });
    expect(env.carrying).toBe(0);
    env.grid.set(2, 1, GOAL);
    env.carrying = item("key", "blue");
    env.step(DROP);
    expect(env.carryingPair()).toEqual(["key", "blue"]);
  });

  it("ends on lava with no reward and truncates at max_steps", () => {
    const env = makeMinigridEnv("MiniGrid-Empty-5x5-v0", { maxSteps: 3 });
    env.reset(0);
    env.grid.set(2, 1, LAVA);
    const r = env.step(FORWARD);
    expect(r).toMatchObject({ reward: 0, terminated: true, truncated: false });
    expect([env.agentX, env.agentY]).toEqual([2, 1]); // the agent does step onto lava
    env.step(LEFT);
    expect(env.step(DONE)).toMatchObject({ truncated: true, terminated: false });
  });

  it("computes the success reward divide-first as the original", () => {
    const env = makeMinigridEnv("MiniGrid-Empty-5x5-v0");
    env.reset(0);
    for (const a of [FORWARD, FORWARD, RIGHT, LEFT, RIGHT, FORWARD]) env.step(a);
    const r = env.step(FORWARD);
    expect(r.terminated).toBe(true);
    expect(r.reward).toBe(0.9369999999999999);
  });
});

describe("MiniGrid observation", () => {
  it("hides what walls and closed doors hide, and shows the carried object under the agent", () => {
    const env = makeMinigridEnv("MiniGrid-DoorKey-5x5-v0");
    const { observation } = env.reset(0);
    expect(observation.direction).toBe(2);
    expect(observation.mission).toBe("use the key to open the door and then get to the goal");
    expect(observation.image).toHaveLength(7);
    expect(observation.image[3][6]).toEqual([1, 0, 0]);
    // Facing left from (1,3): the wall at (0,3) is straight ahead, everything beyond it unseen.
    expect(observation.image[3][5]).toEqual([2, 5, 0]);
    expect(observation.image[3][4]).toEqual([0, 0, 0]);
    env.step(RIGHT);
    const after = env.step(PICKUP).observation;
    expect(after.image[3][6]).toEqual([5, 4, 0]);
  });

  it("sees through walls in the envs that allow it", () => {
    const env = makeMinigridEnv("MiniGrid-Empty-5x5-v0");
    const { observation } = env.reset(0);
    expect(observation.image.flat().some((c) => c[0] === 0)).toBe(false);
  });
});

describe("MiniGrid symbolic state", () => {
  it("describes the full grid as plain JSON with objects keyed by position", () => {
    const env = makeMinigridEnv("MiniGrid-DoorKey-5x5-v0");
    env.reset(0);
    expect(env.symbolicState()).toEqual({
      width: 5,
      height: 5,
      agent: { x: 1, y: 3, dir: 2, carrying: null },
      walls: ["#####", "#...#", "#.#.#", "#.#.#", "#####"],
      objects: {
        "2,1": { type: "door", color: "yellow", state: "locked" },
        "1,2": { type: "key", color: "yellow" },
        "3,3": { type: "goal" },
      },
    });
    expect(JSON.parse(JSON.stringify(env.symbolicState()))).toEqual(env.symbolicState());
  });

  it("is equal regardless of the order objects were listed in", () => {
    const env = makeMinigridEnv("MiniGrid-DoorKey-5x5-v0");
    env.reset(0);
    const s = env.symbolicState();
    const reordered = { ...s, objects: Object.fromEntries(Object.entries(s.objects).reverse()) };
    expect(canonicalJson(reordered)).toBe(canonicalJson(s));
    expect(jsonEqual(reordered, s)).toBe(true);
  });

  it("moves a carried object from the grid to the agent", () => {
    const env = makeMinigridEnv("MiniGrid-DoorKey-5x5-v0");
    env.reset(0);
    env.step(RIGHT);
    env.step(PICKUP);
    const s = minigridSymbolicState(env);
    expect(s.agent.carrying).toEqual({ type: "key", color: "yellow" });
    expect(s.objects["1,2"]).toBeUndefined();
    env.grid.set(3, 1, door("red", "closed"));
    expect(minigridSymbolicState(env).objects["3,1"]).toEqual({ type: "door", color: "red", state: "closed" });
  });
});

describe("MiniGrid rendering", () => {
  it("draws an SVG with the agent pointing its way, the view shaded and the mission", () => {
    const env = makeMinigridEnv("MiniGrid-DoorKey-5x5-v0");
    env.reset(0);
    const svg = env.render("svg");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    expect(svg).toContain('transform="rotate(180 48 112)"');
    expect(svg).toContain("use the key to open the door and then get to the goal");
    expect(svg).toContain('fill-opacity="0.18"');
  });
});

describe("MiniGrid seeding", () => {
  it("reproduces a layout from its seed, and seedless resets continue the stream", () => {
    const a = makeMinigridEnv("MiniGrid-MultiRoom-N2-S4-v0");
    const b = makeMinigridEnv("MiniGrid-MultiRoom-N2-S4-v0");
    a.reset(5);
    b.reset(5);
    expect(a.symbolicState()).toEqual(b.symbolicState());
    a.reset();
    const second = a.symbolicState();
    a.reset(5);
    expect(a.symbolicState()).toEqual(b.symbolicState());
    b.reset();
    expect(b.symbolicState()).toEqual(second);
  });
});

describe("MiniGrid clone", () => {
  it("branches an episode and its random stream without touching the original", () => {
    const env = makeMinigridEnv("MiniGrid-Fetch-6x6-N2-v0");
    env.reset(4);
    env.step(RIGHT);
    const copy = env.clone();
    expect(copy.symbolicState()).toEqual(env.symbolicState());
    for (const a of [FORWARD, LEFT, FORWARD, PICKUP]) {
      const x = copy.step(a), y = env.step(a);
      expect(x).toEqual(y);
    }
    copy.step(LEFT);
    expect(copy.agentDir).not.toBe(env.agentDir);
    env.reset();
    copy.reset();
    expect(copy.symbolicState()).toEqual(env.symbolicState());
  });
});

describe("MiniGrid symbolic state round trip", () => {
  it("rebuilds the world from a symbolic state and draws it without an env", () => {
    for (const spec of minigridEnvSpecs) {
      const env = makeMinigridEnv(spec.id);
      env.reset(3);
      env.step(RIGHT);
      env.step(PICKUP);
      const s = env.symbolicState();
      const world = minigridWorldFromSymbolic(s);
      expect(world.grid.encode()).toEqual(env.grid.encode());
      expect(minigridSymbolicState(world)).toEqual(s);
      expect(renderMinigridStateText(s, env.mission)).toBe(env.render("text").replace(/; step \d+\/\d+/, ""));
      expect(renderMinigridStateSvg(s, env.mission)).toBe(env.render("svg"));
    }
  });

  it("rejects malformed states with a stable code", () => {
    const env = makeMinigridEnv("MiniGrid-Empty-5x5-v0");
    env.reset(0);
    const s = env.symbolicState();
    expect(() => minigridWorldFromSymbolic({ ...s, objects: { "9,9": { type: "goal" } } })).toThrow(expect.objectContaining({ code: "MINIGRID_BAD_STATE" }));
    expect(() => minigridWorldFromSymbolic({ ...s, objects: { "1,2": { type: "key", color: "pink" as "red" } } })).toThrow(/unknown colour/);
  });
});

describe("MiniGrid wall rows cache", () => {
  it("follows walls added or removed after generation", () => {
    const env = makeMinigridEnv("MiniGrid-Empty-5x5-v0");
    env.reset(0);
    expect(env.symbolicState().walls[2]).toBe("#...#");
    env.grid.set(2, 2, door("red", "closed")); // not a wall: cache kept
    env.grid.set(1, 2, GOAL);
    env.grid.set(3, 2, env.grid.get(0, 0)); // a wall
    expect(env.symbolicState().walls[2]).toBe("#..##");
    env.grid.set(0, 2, GOAL); // a wall removed
    expect(env.symbolicState().walls[2]).toBe("...##");
    const walls = env.symbolicState().walls;
    walls[0] = "mutated";
    expect(env.symbolicState().walls[0]).toBe("#####");
  });
});
