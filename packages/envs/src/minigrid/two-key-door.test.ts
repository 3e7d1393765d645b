import { fileURLToPath } from "node:url";
import { canonicalJson } from "@worldcoder/core";
import { describe, expect, it } from "vitest";
import { readVariantTrace, replayVariantTrace } from "../golden/variant-trace.js";
import { makeEnv } from "../registry.js";
import { EMPTY, cellType, colorName, item, T_DOOR, T_KEY } from "./cell.js";
import type { ColorName } from "./constants.js";
import type { MinigridEnv } from "./env.js";
import { minigridWorldFromSymbolic, renderMinigridStateText } from "./from-symbolic.js";
import { lockColors } from "./locks.js";
import { minigridReferenceModel } from "./reference-model.js";
import { minigridSymbolicState, type MinigridSymbolicState } from "./symbolic.js";

const LEFT = 0, FORWARD = 2, TOGGLE = 5;
const IDS = ["MiniGrid-TwoKeyDoor-6x6-v0", "MiniGrid-TwoKeyDoor-7x7-v0"];
const TRACE = fileURLToPath(new URL("./two-key-door.trace.json", import.meta.url));

function env(id = IDS[0], seed = 0): MinigridEnv {
  const e = makeEnv(id) as MinigridEnv;
  e.reset(seed);
  return e;
}

function doorOf(e: MinigridEnv): { x: number; y: number; cell: number } {
  for (let y = 0; y < e.height; y++) for (let x = 0; x < e.width; x++) if (cellType(e.grid.get(x, y)) === T_DOOR) return { x, y, cell: e.grid.get(x, y) };
  throw new Error("no door");
}

/** The agent put right in front of the door (on its side, facing it), holding `carrying`. */
function facingDoor(carrying: ColorName | null, seed = 0): MinigridEnv {
  const e = env(IDS[0], seed);
  const d = doorOf(e);
  e.agentX = d.x - 1;
  e.agentY = d.y;
  e.agentDir = 0;
  e.grid.set(d.x - 1, d.y, EMPTY);
  e.carrying = carrying === null ? EMPTY : item("key", carrying);
  return e;
}

const doorState = (e: MinigridEnv) => {
  const s = e.symbolicState();
  const d = doorOf(e);
  return s.objects[`${d.x},${d.y}`];
};

describe("MiniGrid TwoKeyDoor (a variant of this project, not a Farama env)", () => {
  it("generates seeded layouts: a door of a third colour with two locks, both keys on the agent's side", () => {
    for (const id of IDS) {
      for (let seed = 0; seed < 20; seed++) {
        const e = env(id, seed);
        const d = doorOf(e);
        const locks = lockColors(d.cell);
        expect(locks).toHaveLength(2);
        const keys: ColorName[] = [];
        for (let y = 0; y < e.height; y++) {
          for (let x = 0; x < e.width; x++) {
            const c = e.grid.get(x, y);
            if (cellType(c) !== T_KEY) continue;
            expect(x).toBeLessThan(d.x);
            keys.push(colorName(c));
          }
        }
        expect(keys.sort()).toEqual([...locks].sort());
        const door = doorState(e) as { color: ColorName; state: string };
        expect(locks).not.toContain(door.color);
        expect(door.state).toBe("locked");
        expect(e.agentX).toBeLessThan(d.x);
        const m = /^use the (\w+) key and the (\w+) key to open the (\w+) door and then get to the goal$/.exec(e.mission);
        expect([m?.[1], m?.[2]].sort()).toEqual(keys);
        expect(m?.[3]).toBe(door.color);
        expect(e.grid.get(e.width - 2, e.height - 2)).not.toBe(EMPTY);
      }
      expect(canonicalJson(env(id, 4).symbolicState())).toBe(canonicalJson(env(id, 4).symbolicState()));
      expect(canonicalJson(env(id, 4).symbolicState())).not.toBe(canonicalJson(env(id, 5).symbolicState()));
    }
    expect((makeEnv(IDS[0]) as MinigridEnv).maxSteps).toBe(360);
    expect((makeEnv(IDS[1]) as MinigridEnv).maxSteps).toBe(490);
  });

  it("toggle with a key of a remaining lock uses the key up and removes that lock; the door stays locked", () => {
    const e = facingDoor(null);
    const [first, second] = lockColors(doorOf(e).cell);
    e.carrying = item("key", second);
    const r = e.step(TOGGLE);
    expect(e.carrying).toBe(EMPTY);
    expect(doorState(e)).toMatchObject({ state: "locked", locks: [first] });
    expect(r).toMatchObject({ reward: 0, terminated: false });
    const x = e.agentX;
    e.step(FORWARD);
    expect(e.agentX).toBe(x);
  });

  it("the last key leaves the door closed without locks; one more toggle opens it (order of keys does not matter)", () => {
    for (const order of [0, 1]) {
      const e = facingDoor(null);
      const locks = lockColors(doorOf(e).cell);
      const keys = order === 0 ? locks : [...locks].reverse();
      for (const k of keys) {
        e.carrying = item("key", k);
        e.step(TOGGLE);
      }
      const door = doorState(e);
      expect(door).toEqual({ type: "door", color: (door as { color: string }).color, state: "closed" });
      const x = e.agentX;
      e.step(FORWARD);
      expect(e.agentX).toBe(x);
      e.step(TOGGLE);
      expect(doorState(e)).toMatchObject({ state: "open" });
      e.step(FORWARD);
      expect(e.agentX).toBe(x + 1);
    }
  });

  it("nothing happens on toggle without a key, with a key of the door's own colour, or of a colour not (or no longer) needed", () => {
    const base = facingDoor(null);
    const before = canonicalJson(base.symbolicState());
    base.step(TOGGLE);
    expect(canonicalJson(base.symbolicState())).toBe(before);

    const doorColor = (doorState(base) as { color: ColorName }).color;
    const locks = lockColors(doorOf(base).cell);
    const other = (["red", "green", "blue", "purple", "yellow", "grey"] as const).find((c) => c !== doorColor && !locks.includes(c))!;
    for (const color of [doorColor, other]) {
      const e = facingDoor(color);
      const s = canonicalJson(e.symbolicState());
      e.step(TOGGLE);
      expect(canonicalJson(e.symbolicState()), color).toBe(s);
    }
    // A second key of a colour already used does not fit any more.
    const e = facingDoor(locks[0]);
    e.step(TOGGLE);
    e.carrying = item("key", locks[0]);
    const s = canonicalJson(e.symbolicState());
    e.step(TOGGLE);
    expect(canonicalJson(e.symbolicState())).toBe(s);
  });

  it("pays MiniGrid's 1 - 0.9 * steps / max_steps on reaching the goal and terminates; truncates at max_steps", () => {
    const trace = readVariantTrace(TRACE);
    const solved = trace.episodes.filter((ep) => ep.steps.some((s) => s.terminated));
    expect(solved.length).toBeGreaterThanOrEqual(6);
    for (const ep of solved) {
      const e = makeEnv(ep.env) as MinigridEnv;
      e.reset(ep.seed);
      let last = { reward: 0, terminated: false, truncated: false };
      ep.steps.forEach((s) => (last = e.step(s.action as number)));
      expect(last.terminated).toBe(true);
      expect(last.reward).toBe(1 - 0.9 * (ep.steps.length / e.maxSteps));
      expect(e.agentX === e.width - 2 && e.agentY === e.height - 2).toBe(true);
    }
    const short = makeEnv(IDS[0], { maxSteps: 3 }) as MinigridEnv;
    short.reset(0);
    expect([short.step(LEFT).truncated, short.step(LEFT).truncated, short.step(LEFT).truncated]).toEqual([false, false, true]);
  });

  it("shows the remaining locks in the symbolic state, the text and the SVG, and reads them back", () => {
    const e = facingDoor(null);
    const d = doorOf(e);
    const locks = lockColors(d.cell);
    const state = e.symbolicState();
    expect(state.objects[`${d.x},${d.y}`]).toMatchObject({ type: "door", state: "locked", locks });
    expect(e.render("text")).toContain(`door (${d.x},${d.y}) locks: ${locks.join(", ")}`);
    expect(e.render("svg")).toContain(`locks ${locks.join(" ")}`);
    const back = minigridWorldFromSymbolic(state);
    expect(back.grid.get(d.x, d.y)).toBe(d.cell);
    expect(canonicalJson(minigridSymbolicState(back))).toBe(canonicalJson(state));
    expect(renderMinigridStateText(state, e.mission)).toBe(e.render("text").replace(/; step \d+\/\d+/, ""));
    // Ordinary doors keep their three fields: no `locks` anywhere in the original envs.
    const doorKey = makeEnv("MiniGrid-DoorKey-5x5-v0");
    doorKey.reset(0);
    expect(JSON.stringify(doorKey.symbolicState())).not.toContain("locks");
  });

  it("the reference model predicts every step of plans and random play, the new rule included", () => {
    const trace = readVariantTrace(TRACE);
    let toggled = 0;
    for (const ep of trace.episodes) {
      const e = makeEnv(ep.env) as MinigridEnv;
      e.reset(ep.seed);
      let a = ep.seed + 1;
      const actions = [...ep.steps.map((s) => s.action as number)];
      // Random detours after each episode, with drops and toggles, from the reached state.
      for (let i = 0; i < 150; i++) {
        a = (Math.imul(a, 1103515245) + 12345) >>> 0;
        actions.push((a >>> 16) % 7);
      }
      for (const action of actions) {
        const before = e.symbolicState();
        const r = e.step(action);
        const after = e.symbolicState();
        const predicted = minigridReferenceModel.transition(before, action) as MinigridSymbolicState;
        expect(canonicalJson(predicted)).toBe(canonicalJson(after));
        expect(minigridReferenceModel.reward(before, action, after, e.mission)).toEqual({ reward: r.reward > 0 ? 1 : 0, done: r.terminated });
        if (action === TOGGLE && canonicalJson(before.objects) !== canonicalJson(after.objects)) toggled++;
        if (r.terminated || r.truncated) break;
      }
    }
    expect(toggled).toBeGreaterThanOrEqual(12);
  });

  it("replays the regression trace (generated by this env; see the note in the file to regenerate)", () => {
    const { file, differences, rewritten } = replayVariantTrace(TRACE, NOTE);
    if (rewritten) return;
    expect(differences).toEqual([]);
    expect(file.episodes).toHaveLength(8);
  });
});

const NOTE =
  "Generated by this project's env (nothing external recorded it). Actions: BFS plans with the reference model (seeds 0-2 of each id) and 80 seeded random actions (seed 3). After an intended rule change, rewrite the outcomes from the same actions: WORLDCODER_UPDATE_GOLDEN=1 pnpm --filter @worldcoder/envs exec vitest run src/minigrid/two-key-door.test.ts";
