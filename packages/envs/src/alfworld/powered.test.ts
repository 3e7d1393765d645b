import { fileURLToPath } from "node:url";
import { canonicalJson } from "@worldcoder/core";
import { describe, expect, it } from "vitest";
import { replayVariantTrace } from "../golden/variant-trace.js";
import { makeEnv } from "../registry.js";
import type { AlfworldEnv } from "./env.js";
import { alfworldExpertAction } from "./expert.js";
import { alfworldAdmissibleCommands, alfworldReward, alfworldTaskOfGoal, alfworldTransition } from "./reference-model.js";
import type { AlfworldSymbolicState } from "./symbolic.js";

const ID = "ALFWorld-PickHeatThenPlacePowered-v0";
const TRACE = fileURLToPath(new URL("./powered.trace.json", import.meta.url));
const APPLIANCES = ["coffeemachine", "microwave", "stoveburner", "toaster"];

function env(seed = 0): AlfworldEnv {
  const e = makeEnv(ID) as AlfworldEnv;
  e.reset(seed);
  return e;
}

/** Takes a heatable target object and goes to the microwave, with the expert's commands. */
function holdingAtMicrowave(seed = 0): AlfworldEnv {
  const e = env(seed);
  for (let i = 0; i < 20; i++) {
    const c = alfworldExpertAction(e.symbolicState(), e.task());
    if (c.startsWith("turn on ")) return e;
    e.step(c);
  }
  throw new Error("the expert never reached the microwave");
}

describe("ALFWorld powered appliances (a variant of this project, not an ALFWorld task)", () => {
  it("generates the heat task's kitchen for the same seed, with every appliance switched off and its own goal sentences", () => {
    for (let seed = 0; seed < 10; seed++) {
      const variant = env(seed).scene();
      const original = (() => {
        const e = makeEnv("ALFWorld-PickHeatThenPlace-v0") as AlfworldEnv;
        e.reset(seed);
        return e.scene();
      })();
      expect(variant.receptacles.map((r) => r.name)).toEqual(original.receptacles.map((r) => r.name));
      expect(variant.objects).toEqual(original.objects);
      for (const r of variant.receptacles) expect(r.on).toBe(APPLIANCES.includes(r.name.split(" ")[0]!) ? false : undefined);
      expect(variant.task.type).toBe("pick_powered_heat_then_place_in_recep");
      expect(variant.task.text).toMatch(/^(put a heated \w+ in \w+|heat up some \w+ and put it in \w+)\.$/);
      expect(alfworldTaskOfGoal(variant.task.text)).toEqual(variant.task);
      expect(original.receptacles.some((r) => r.on !== undefined)).toBe(false);
    }
  });

  it("heat does nothing while the microwave is off: not admissible, \"Nothing happens.\", state unchanged", () => {
    const e = holdingAtMicrowave();
    const held = Object.keys(e.symbolicState().inventory)[0]!;
    expect(e.admissibleCommands()).toContain("turn on microwave 1");
    expect(e.admissibleCommands()).not.toContain(`heat ${held} with microwave 1`);
    const before = canonicalJson(e.symbolicState());
    const r = e.step(`heat ${held} with microwave 1`);
    expect(r.observation).toBe("Nothing happens.");
    expect(canonicalJson(e.symbolicState())).toBe(before);
  });

  it("turn on / turn off flip the switch with ALFWorld-style feedback; heat works only while on", () => {
    const e = holdingAtMicrowave();
    const held = Object.keys(e.symbolicState().inventory)[0]!;
    expect(e.step("turn off microwave 1").observation).toBe("Nothing happens.");
    expect(e.step("turn on microwave 1").observation).toBe("You turn on the microwave 1.");
    expect(e.symbolicState().receptacles["microwave 1"]!.on).toBe(true);
    expect(e.step("turn on microwave 1").observation).toBe("Nothing happens.");
    expect(e.step("turn off microwave 1").observation).toBe("You turn off the microwave 1.");
    expect(e.step(`heat ${held} with microwave 1`).observation).toBe("Nothing happens.");
    e.step("turn on microwave 1");
    expect(e.step(`heat ${held} with microwave 1`).observation).toBe(`You heat the ${held} using the microwave 1.`);
    expect(e.symbolicState().inventory[held]).toMatchObject({ hot: true, cold: false });
    // The switch stays on after heating.
    expect(e.symbolicState().receptacles["microwave 1"]!.on).toBe(true);
  });

  it("switches are flipped only where the agent stands and only on appliances", () => {
    const e = env(0);
    expect(e.step("turn on microwave 1").observation).toBe("Nothing happens.");
    e.step("go to fridge 1");
    expect(e.step("turn on fridge 1").observation).toBe("Nothing happens.");
    expect(e.admissibleCommands().some((c) => c.startsWith("turn "))).toBe(false);
    e.step("go to toaster 1");
    expect(e.step("turn on toaster 1").observation).toBe("You turn on the toaster 1.");
    expect(e.step("use toaster 1").observation).toBe("Nothing happens.");
  });

  it("pays 1 and terminates on the put that completes the task, never before; the expert solves 25 seeds", () => {
    for (let seed = 0; seed < 25; seed++) {
      const e = env(seed);
      let last = { reward: 0, terminated: false };
      let steps = 0;
      for (; steps < 30 && !last.terminated; steps++) {
        const c = alfworldExpertAction(e.symbolicState(), e.task());
        last = e.step(c);
        if (!last.terminated) expect(last.reward).toBe(0);
        else expect(c).toMatch(/^put /);
      }
      expect([seed, last]).toMatchObject([seed, { reward: 1, terminated: true }]);
    }
  });

  it("ALFWorld's own heat task has no switches: heat works at once and `turn on` is never admissible", () => {
    const e = makeEnv("ALFWorld-PickHeatThenPlace-v0") as AlfworldEnv;
    e.reset(0);
    for (const r of Object.values(e.symbolicState().receptacles)) expect(r).not.toHaveProperty("on");
    expect(e.admissibleCommands().some((c) => c.startsWith("turn "))).toBe(false);
    expect((e.actionSpace as { examples: readonly string[] }).examples).not.toContain("turn on microwave 1");
    expect((env().actionSpace as { examples: readonly string[] }).examples).toContain("turn on microwave 1");
  });

  it("shows the switches in the symbolic state and the text and SVG cards", () => {
    const e = env(0);
    const state = e.symbolicState();
    expect(state.receptacles["microwave 1"]).toMatchObject({ type: "microwave", on: false });
    expect(e.render("text")).toMatch(/microwave 1 +closed \[off\]/);
    e.step("go to toaster 1");
    e.step("turn on toaster 1");
    expect(e.render("text")).toMatch(/toaster 1 +\[on\] /);
    expect(e.render("svg")).toContain("[on]");
  });

  it("the reference model predicts every state, reward and admissible list of random play with probes of the rule", () => {
    let a = 3;
    const rand = (n: number): number => {
      a = (Math.imul(a, 1103515245) + 12345) >>> 0;
      return (a >>> 16) % n;
    };
    let flips = 0;
    for (let seed = 0; seed < 6; seed++) {
      const e = env(seed);
      const goal = e.goal().text;
      let state = e.symbolicState() as AlfworldSymbolicState;
      for (let i = 0; i < 80; i++) {
        expect(alfworldAdmissibleCommands(state)).toEqual(e.admissibleCommands());
        // Mostly the expert (it reaches the microwave), sometimes a random admissible or invalid command.
        const k = rand(6);
        const here = Object.keys(state.receptacles).filter((r) => state.receptacles[r]!.loc === state.receptacles[state.location]?.loc);
        const command =
          k === 0 ? e.admissibleCommands()[rand(e.admissibleCommands().length)]!
          : k === 1 && here.length > 0 ? `turn ${rand(2) === 0 ? "on" : "off"} ${here[rand(here.length)]}`
          : alfworldExpertAction(state, e.task());
        const r = e.step(command);
        const predicted = alfworldTransition(state, command);
        const actual = e.symbolicState();
        expect(canonicalJson(predicted), command).toBe(canonicalJson(actual));
        expect(alfworldReward(state, command, predicted, goal)).toEqual({ reward: r.reward, done: r.terminated });
        if (command.startsWith("turn ") && r.observation !== "Nothing happens.") flips++;
        state = actual;
        if (r.terminated) break;
      }
    }
    expect(flips).toBeGreaterThanOrEqual(6);
  });

  it("replays the regression trace (generated by this env; see the note in the file to regenerate)", () => {
    const { file, differences, rewritten } = replayVariantTrace(TRACE, NOTE);
    if (rewritten) return;
    expect(differences).toEqual([]);
    expect(file.episodes.flatMap((ep) => ep.steps.map((s) => s.observation))).toContain("You turn off the microwave 1.");
  });
});

const NOTE =
  "Generated by this project's env (nothing external recorded it). Actions: the expert's plans (seeds 0-2), the expert with probes of the switch rule at the microwave (seed 3), 60 seeded random admissible commands (seed 4). After an intended rule change, rewrite the outcomes from the same actions: WORLDCODER_UPDATE_GOLDEN=1 pnpm --filter @worldcoder/envs exec vitest run src/alfworld/powered.test.ts";
