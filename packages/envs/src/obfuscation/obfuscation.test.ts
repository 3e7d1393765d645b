import { mulberry32, type Env, type State } from "@worldcoder/core";
import { describe, expect, it } from "vitest";
import { describeObfuscation, envSpec, isEnvId, makeEnv, obfuscationCodecOf } from "../registry.js";
import type { ObfuscatedEnv } from "./env.js";
import { parseObfId } from "./obf-id.js";

const LEVELS = ["; 0", "#######", "#  .  #", "# $@  #", "#    .#", "#  $  #", "#######", ""].join("\n");

/** Base and obfuscated env side by side on the same seed, with the same (encoded) random actions. */
function lockstep(baseId: string, seed: number, steps: number, check: (base: Env, obf: ObfuscatedEnv, action: number) => void): void {
  const options = baseId === "Boxoban-v0" ? { levelText: LEVELS } : {};
  const base = makeEnv(baseId, options);
  const obf = makeEnv(`Obf(${baseId},${seed})`, options) as ObfuscatedEnv;
  base.reset(seed);
  obf.reset(seed);
  const random = mulberry32(seed + 1);
  const n = base.actionSpace.kind === "discrete" ? base.actionSpace.n : 0;
  for (let i = 0; i < steps; i++) {
    const action = Math.floor(random() * n);
    check(base, obf, action);
    const r = base.step(action);
    const o = obf.step(obfuscationCodecOf(obf.id)!.encodeAction(action));
    expect([o.reward, o.terminated, o.truncated]).toEqual([r.reward, r.terminated, r.truncated]);
    if (r.terminated || r.truncated) {
      base.reset();
      obf.reset();
    }
  }
}

const IDS = ["Sokoban-small-v0", "Sokoban-v0", "Boxoban-v0", "Sokoban-Teleport-v0", "MiniGrid-DoorKey-5x5-v0", "MiniGrid-Fetch-6x6-N2-v0", "MiniGrid-Unlock-v0", "MiniGrid-PutNear-6x6-N2-v0", "MiniGrid-TwoKeyDoor-6x6-v0"];

describe("Obf(<id>,<seed>)", () => {
  it("parses ids with or without spaces and rejects bad seeds with a stable code", () => {
    expect(parseObfId("Obf(Sokoban-v0,3)")).toEqual({ baseId: "Sokoban-v0", seed: 3 });
    expect(parseObfId(" Obf( Sokoban-v0 , 3 ) ")).toEqual({ baseId: "Sokoban-v0", seed: 3 });
    expect(parseObfId("Sokoban-v0")).toBeNull();
    expect(() => parseObfId("Obf(Sokoban-v0,-1)")).toThrow(expect.objectContaining({ code: "OBF_BAD_ID" }));
    expect(() => makeEnv("Obf(Nope-v0,1)")).toThrow(expect.objectContaining({ code: "UNKNOWN_ENV" }));
    expect(isEnvId("Obf(MiniGrid-Empty-5x5-v0, 2)")).toBe(true);
    expect(envSpec("Obf( Sokoban-v0 ,7)").id).toBe("Obf(Sokoban-v0,7)");
  });

  it.each(IDS)("is a bijection on %s: decode(encode(x)) = x for every state and action of random play, and the env commutes with the base", (id) => {
    for (const seed of [0, 1, 2, 3]) {
      const codec = obfuscationCodecOf(`Obf(${id},${seed})`)!;
      const n = codec.actionSpace.kind === "discrete" ? codec.actionSpace.n : 0;
      for (let a = 0; a < n; a++) {
        expect(codec.decodeAction(codec.encodeAction(a))).toBe(a);
        expect(codec.encodeAction(codec.decodeAction(a))).toBe(a);
      }
      expect(new Set(Array.from({ length: n }, (_, a) => codec.encodeAction(a))).size).toBe(n);
      lockstep(id, seed, 60, (base, obf) => {
        const state = base.symbolicState();
        const shown = obf.symbolicState();
        expect(codec.encodeState(state)).toEqual(shown);
        expect(codec.decodeState(shown)).toEqual(state);
        expect(codec.encodeState(codec.decodeState(shown))).toEqual(shown);
        expect(codec.decodeText(obf.goal().text)).toBe(base.goal().text);
      });
    }
  });

  it("seeds reach every mirror/turn combination and different action orders", () => {
    const transforms = new Set<string>();
    const orders = new Set<string>();
    for (let seed = 0; seed < 60; seed++) {
      const m = describeObfuscation(`Obf(Sokoban-v0,${seed})`)!;
      transforms.add(JSON.stringify(m.transform));
      orders.add(m.actions.map((a) => a.base).join());
    }
    expect(transforms.size).toBe(8);
    expect(orders.size).toBeGreaterThan(50);
  });

  it("Sokoban: nothing the agent sees names the game (characters, action names, goal, info)", () => {
    const env = makeEnv("Obf(Sokoban-Teleport-v0,4)");
    const reset = env.reset(1);
    expect(reset.info).toEqual({});
    const shown = JSON.stringify(env.symbolicState()) + env.goal().text + env.actionSpace.kind;
    expect(shown).not.toMatch(/[#$@*+.]|gate|box|target|push|move/i);
    expect(env.goal().text).toMatch(/^reach a state whose grid shows no `[a-z]`$/);
    expect(env.actionSpace).toEqual({ kind: "discrete", n: 9, names: ["a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"] });
    expect(env.step(0).info).toEqual({});
    expect(env.render("text")).not.toMatch(/[#$@]|sokoban/i);
    expect(env.render("svg")).toContain('class="cell"');
    const m = describeObfuscation("Obf(Sokoban-Teleport-v0,4)")!;
    expect(m).toMatchObject({ id: "Obf(Sokoban-Teleport-v0,4)", baseId: "Sokoban-Teleport-v0", seed: 4, domain: "sokoban" });
    expect(Object.keys(m.symbols).sort()).toEqual([" ", "#", "$", "*", "+", ".", "@", "gates", "o"].sort());
    expect(m.goal).toEqual([{ base: "push every box onto a target", shown: env.goal().text }]);
  });

  it("MiniGrid: types, colours and door states become neutral words in states and missions", () => {
    const env = makeEnv("Obf(MiniGrid-DoorKey-5x5-v0,2)");
    env.reset(0);
    const shown = JSON.stringify(env.symbolicState()) + env.goal().text;
    expect(shown).not.toMatch(/door|key|goal|yellow|locked|#/);
    expect(env.goal().text).toMatch(/^use the w\d+ to w\d+ the w\d+ and then get to the w\d+$/);
    expect((env.symbolicState() as { agent: { dir: number } }).agent.dir).toBe(describeObfuscation(env.id)!.directions![2]);
    // TwoKeyDoor's lock colours are renamed too.
    const twoKey = makeEnv("Obf(MiniGrid-TwoKeyDoor-6x6-v0,2)");
    twoKey.reset(0);
    expect(JSON.stringify(twoKey.symbolicState())).not.toMatch(/red|green|blue|purple|yellow|grey/);
  });

  it.each(["ALFWorld-PickHeatThenPlace-v0", "ALFWorld-LookAtObjInLight-v0", "ALFWorld-PickTwoObjAndPlace-v0", "ALFWorld-PickHeatThenPlacePowered-v0"])(
    "ALFWorld %s: commands, observations, goals and states round-trip, and every type name is replaced",
    (id) => {
      for (const seed of [0, 1, 2]) {
        const base = makeEnv(id);
        const obf = makeEnv(`Obf(${id},${seed})`);
        const codec = obfuscationCodecOf(obf.id)!;
        let b: { observation: unknown; info: Record<string, unknown> } = base.reset(seed);
        let o: { observation: unknown; info: Record<string, unknown> } = obf.reset(seed);
        expect(codec.decodeText(obf.goal().text)).toBe(base.goal().text);
        expect(obf.goal().text).not.toMatch(/\b(put|heat|cool|clean|look|in|on)\b/);
        const random = mulberry32(seed);
        for (let i = 0; i < 25; i++) {
          expect(o.observation).toBe(codec.encodeText(b.observation as string));
          expect(codec.decodeText(o.observation as string)).toBe(b.observation);
          const state = base.symbolicState();
          const shown = obf.symbolicState();
          expect(codec.decodeState(shown)).toEqual(state);
          expect(typesIn(shown).every((t) => /^v\d+$/.test(t))).toBe(true);
          expect(JSON.stringify(shown)).not.toMatch(/\b(microwave|fridge|apple|desklamp|turn|off|hot)\b/);
          const commands = b.info.admissibleCommands as string[];
          expect(o.info.admissibleCommands).toEqual(commands.map((c) => codec.encodeAction(c)));
          const command = commands[Math.floor(random() * commands.length)];
          expect(codec.decodeAction(codec.encodeAction(command))).toBe(command);
          const bs = base.step(command);
          const os = obf.step(codec.encodeAction(command));
          expect([os.reward, os.terminated]).toEqual([bs.reward, bs.terminated]);
          [b, o] = [bs, os];
        }
      }
    },
  );

  it("base actions, encoded, play the same game in the obfuscated env", () => {
    const obf = makeEnv("Obf(Boxoban-v0,3)", { levelText: LEVELS });
    obf.reset(0);
    const codec = obfuscationCodecOf(obf.id)!;
    const base: number[] = [5, 7, 7, 2, 8, 8, 8, 8, 6, 6, 6, 6, 3, 3, 1, 7, 5, 5, 5, 4, 4];
    let state: State = obf.symbolicState();
    for (const a of base) {
      const r = obf.step(codec.encodeAction(a));
      state = obf.symbolicState();
      if (r.terminated) break;
    }
    expect(codec.decodeState(state)).toEqual(replayBase(base));
  });
});

function replayBase(actions: number[]): State {
  const env = makeEnv("Boxoban-v0", { levelText: LEVELS });
  env.reset(0);
  for (const a of actions) if (env.step(a).terminated) break;
  return env.symbolicState();
}

/** Every `type` value anywhere in a state. */
function typesIn(value: unknown): string[] {
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => (k === "type" && typeof v === "string" ? [v] : typesIn(v)));
}
