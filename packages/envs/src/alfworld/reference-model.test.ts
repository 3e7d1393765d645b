import { join } from "node:path";
import { canonicalJson } from "@worldcoder/core";
import { goldenDir } from "@worldcoder/core/testing";
import { describe, expect, it } from "vitest";
import { deriveSceneFromTranscript } from "./derive.js";
import { AlfworldEnv } from "./env.js";
import { readAlfworldTranscripts } from "./golden.js";
import { alfworldAdmissibleCommands, alfworldReward, alfworldTaskOfGoal, alfworldTransition } from "./reference-model.js";
import { ALFWORLD_TASK_TYPES } from "./scene.js";

/** Steps the env and the reference model side by side; returns how many steps were compared. */
function compare(env: AlfworldEnv, actions: Iterable<string> | ((commands: string[]) => string | null)): number {
  let state = env.symbolicState();
  const goal = env.goal().text;
  let n = 0;
  const next = typeof actions === "function" ? null : actions[Symbol.iterator]();
  for (;;) {
    let action: string | null;
    if (next) {
      const it = next.next();
      action = it.done ? null : it.value;
    } else {
      expect(alfworldAdmissibleCommands(state)).toEqual(env.admissibleCommands());
      action = (actions as (c: string[]) => string | null)(env.admissibleCommands());
    }
    if (action === null) return n;
    const result = env.step(action);
    const predicted = alfworldTransition(state, action);
    const actual = env.symbolicState();
    expect(canonicalJson(predicted), `after "${action}"`).toBe(canonicalJson(actual));
    expect(alfworldReward(state, action, predicted, goal)).toEqual({ reward: result.reward, done: result.terminated });
    state = actual;
    n++;
  }
}

describe("ALFWorld reference world model", () => {
  it("reads every task type from its goal sentence", () => {
    for (const type of ALFWORLD_TASK_TYPES) {
      const env = new AlfworldEnv({ id: "t", taskType: type });
      env.reset(4);
      expect(alfworldTaskOfGoal(env.goal().text)).toEqual(env.task());
    }
  });

  it("predicts every state and reward of random play, invalid commands included", () => {
    let a = 7;
    const rand = (n: number): number => {
      a = (Math.imul(a, 1103515245) + 12345) >>> 0;
      return (a >>> 16) % n;
    };
    let steps = 0;
    for (const type of ALFWORLD_TASK_TYPES) {
      for (let seed = 0; seed < 3; seed++) {
        const env = new AlfworldEnv({ id: "t", taskType: type });
        env.reset(seed);
        let left = 60;
        steps += compare(env, (commands) => (left-- <= 0 ? null : rand(10) === 0 ? "dance" : commands[rand(commands.length)]));
      }
    }
    expect(steps).toBe(6 * 3 * 60);
  });

  it("predicts every step of the golden transcripts", () => {
    const records = readAlfworldTranscripts(join(goldenDir(), "alfworld", "react_alfworld_consistent.jsonl"));
    let steps = 0;
    for (const record of records) {
      const env = new AlfworldEnv({ id: "t", scene: deriveSceneFromTranscript(record) });
      env.reset();
      steps += compare(env, record.steps.map((s) => s.action));
    }
    expect(steps).toBe(records.reduce((s, r) => s + r.steps.length, 0));
  });
});
