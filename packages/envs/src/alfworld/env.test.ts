import { describe, expect, it } from "vitest";
import { AlfworldEnv } from "./env.js";
import { alfworldExpertAction } from "./expert.js";
import { alfworldGoalReached } from "./reference-model.js";
import { ALFWORLD_TASK_TYPES, type AlfworldScene } from "./scene.js";

const kitchen: AlfworldScene = {
  format: "worldcoder/alfworld-scene@1",
  task: { type: "pick_heat_then_place_in_recep", text: "put a hot apple in fridge.", object: "apple", receptacle: "fridge" },
  receptacles: [
    { name: "countertop 1" },
    { name: "fridge 1" },
    { name: "microwave 1" },
    { name: "cabinet 1", location: "corner" },
    { name: "cabinet 2", location: "corner" },
    { name: "sidetable 1" },
  ],
  objects: [
    { name: "apple 1", in: "countertop 1" },
    { name: "apple 2", in: "countertop 1" },
    { name: "bread 1", in: "countertop 1" },
    { name: "egg 1", in: "fridge 1" },
    { name: "mug 1", in: "cabinet 2" },
    { name: "desklamp 1", in: "sidetable 1" },
  ],
};

function play(env: AlfworldEnv, commands: string[]): string[] {
  return commands.map((c) => env.step(c).observation);
}

describe("AlfworldEnv", () => {
  it("opens with the room description and the task, as the ReAct harness shows it", () => {
    const env = new AlfworldEnv({ id: "t", scene: kitchen });
    expect(env.reset().observation).toBe(
      "You are in the middle of a room. Looking quickly around you, you see a cabinet 2, a cabinet 1, a countertop 1, " +
        "a fridge 1, a microwave 1, and a sidetable 1.\nYour task is to: put a hot apple in fridge.",
    );
    expect(env.goal()).toEqual({ text: "put a hot apple in fridge." });
  });

  it("answers every command in ALFWorld's words, and 'Nothing happens.' otherwise", () => {
    const env = new AlfworldEnv({ id: "t", scene: kitchen });
    env.reset();
    expect(
      play(env, [
        "take apple 1 from countertop 1",
        "go to countertop 1",
        "examine apple 2",
        "take apple 1 from countertop 1",
        "inventory",
        "take bread 1 from countertop 1",
        "put apple 1 in fridge 1",
        "go to fridge 1",
        "put apple 1 in/on fridge 1",
        "open fridge 1",
        "cool apple 1 with fridge 1",
        "examine apple 1",
        "go to microwave 1",
        "heat apple 1 with microwave 1",
        "examine apple 1",
        "go to cabinet 1",
        "go to cabinet 2",
        "look",
        "open cabinet 2",
        "examine mug 1",
        "close cabinet 2",
        "go to sidetable 1",
        "examine desklamp 1",
        "use desklamp 1",
        "examine desklamp 1",
        "think: nothing to do",
        "go to fridge 1",
        "close fridge 1",
      ]),
    ).toEqual([
      "Nothing happens.",
      "On the countertop 1, you see a apple 2, a apple 1, and a bread 1.",
      "There's nothing special about apple 2.",
      "You pick up the apple 1 from the countertop 1.",
      "You are carrying: a apple 1.",
      "Nothing happens.",
      "Nothing happens.",
      "The fridge 1 is closed.",
      "Nothing happens.",
      "You open the fridge 1. The fridge 1 is open. In it, you see a egg 1.",
      "You cool the apple 1 using the fridge 1.",
      "This is a cold apple 1.",
      "The microwave 1 is closed.",
      "You heat the apple 1 using the microwave 1.",
      "This is a hot apple 1.",
      "The cabinet 1 is closed.",
      "Nothing happens.",
      "You are facing the cabinet 2, and cabinet 1. Next to it, you see nothing.",
      "You open the cabinet 2. The cabinet 2 is open. In it, you see a mug 1.",
      "This is a normal mug 1. In it, you see nothing.",
      "You close the cabinet 2.",
      "On the sidetable 1, you see a desklamp 1.",
      "This desklamp 1 is off.",
      "You turn on the desklamp 1.",
      "This desklamp 1 is on.",
      "OK.",
      "The fridge 1 is open. In it, you see a egg 1.",
      "You close the fridge 1.",
    ]);
  });

  it("pays 1 and terminates on the step that completes the task", () => {
    const env = new AlfworldEnv({ id: "t", scene: kitchen });
    env.reset();
    const steps = ["go to countertop 1", "take apple 2 from countertop 1", "go to microwave 1", "heat apple 2 with microwave 1", "go to fridge 1", "open fridge 1"];
    for (const c of steps) expect(env.step(c)).toMatchObject({ reward: 0, terminated: false });
    const last = env.step("put apple 2 in/on fridge 1");
    expect(last).toMatchObject({ reward: 1, terminated: true, truncated: false, info: { won: true } });
  });

  it("does not count a cold apple as hot", () => {
    const env = new AlfworldEnv({ id: "t", scene: kitchen });
    env.reset();
    play(env, ["go to countertop 1", "take apple 1 from countertop 1", "go to fridge 1", "open fridge 1", "cool apple 1 with fridge 1"]);
    expect(env.step("put apple 1 in/on fridge 1").terminated).toBe(false);
  });

  it("lists sorted admissible commands, and exactly those change the state", () => {
    const env = new AlfworldEnv({ id: "t", scene: kitchen });
    env.reset();
    env.step("go to countertop 1");
    const admissible = env.admissibleCommands();
    expect(admissible).toEqual([...admissible].sort());
    expect(admissible).toContain("take apple 1 from countertop 1");
    expect(admissible).toContain("examine countertop 1");
    expect(admissible).not.toContain("go to countertop 1");
    expect(admissible).not.toContain("put apple 1 in/on countertop 1");
  });

  it("truncates at maxSteps, counting invalid commands too", () => {
    const env = new AlfworldEnv({ id: "t", scene: kitchen, maxSteps: 3 });
    env.reset();
    expect(env.step("dance").truncated).toBe(false);
    expect(env.step("look").truncated).toBe(false);
    expect(env.step("dance").truncated).toBe(true);
  });

  it("shows the raw TextWorld text in the textworld presentation", () => {
    const env = new AlfworldEnv({ id: "t", scene: kitchen, presentation: "textworld" });
    expect(env.reset().observation.startsWith("-= Welcome to TextWorld, ALFRED! =-\n\nYou are in the middle")).toBe(true);
    expect(env.step("go to fridge 1").observation).toBe("You arrive at loc 2. The fridge 1 is closed.");
    expect(env.step("think: hmm").observation).toBe("Nothing happens.");
  });

  it("exposes a plain-JSON symbolic state keyed by name", () => {
    const env = new AlfworldEnv({ id: "t", scene: kitchen });
    env.reset();
    play(env, ["go to countertop 1", "take apple 1 from countertop 1"]);
    const state = env.symbolicState();
    expect(state.location).toBe("countertop 1");
    expect(state.inventory).toEqual({ "apple 1": { type: "apple", hot: false, cold: false, clean: false } });
    expect(Object.keys(state.receptacles["countertop 1"].contents).sort()).toEqual(["apple 2", "bread 1"]);
    expect(state.receptacles["fridge 1"]).toMatchObject({ openable: true, open: false, loc: "loc 2" });
    expect(state.receptacles["cabinet 1"].loc).toBe(state.receptacles["cabinet 2"].loc);
    expect(state.receptacles["sidetable 1"].contents["desklamp 1"]).toMatchObject({ on: false });
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });

  it("renders a text card and an SVG card", () => {
    const env = new AlfworldEnv({ id: "t", scene: kitchen });
    env.reset();
    env.step("go to countertop 1");
    const text = env.render("text");
    expect(text).toContain("Task: put a hot apple in fridge.");
    expect(text).toContain("* countertop 1");
    const svg = env.render("svg");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("countertop 1");
  });

  it("rejects non-text actions and stepping before reset", () => {
    const env = new AlfworldEnv({ id: "t", scene: kitchen });
    expect(() => env.step("look")).toThrow(/reset/);
    env.reset();
    expect(() => env.step(3 as unknown as string)).toThrow(/text commands/);
  });
});

describe("generated scenes", () => {
  for (const taskType of ALFWORLD_TASK_TYPES) {
    it(`${taskType}: seeded, unsolved at reset, solved by the expert within 50 steps`, () => {
      for (let seed = 0; seed < 25; seed++) {
        const env = new AlfworldEnv({ id: "t", taskType });
        const first = env.reset(seed).observation;
        expect(env.task().type).toBe(taskType);
        expect(alfworldGoalReached(env.symbolicState(), env.goal().text), `seed ${seed}`).toBe(false);
        expect(new AlfworldEnv({ id: "t", taskType }).reset(seed).observation).toBe(first);
        let result = { terminated: false, truncated: false, reward: 0 };
        while (!result.terminated && !result.truncated) {
          const command = alfworldExpertAction(env.symbolicState(), env.task());
          expect(env.admissibleCommands(), `seed ${seed}`).toContain(command);
          result = env.step(command);
        }
        expect(result, `seed ${seed}: ${env.goal().text}`).toMatchObject({ terminated: true, reward: 1 });
      }
    });
  }

  it("continues its random stream on a reset without seed", () => {
    const env = new AlfworldEnv({ id: "t", taskType: "pick_and_place_simple" });
    const a = env.reset(7).observation;
    const b = env.reset().observation;
    const again = new AlfworldEnv({ id: "t", taskType: "pick_and_place_simple" });
    again.reset(7);
    expect(again.reset().observation).toBe(b);
    expect(b).not.toBe(a);
  });
});
