import { join } from "node:path";
import { canonicalJson } from "@worldcoder/core";
import { goldenDir } from "@worldcoder/core/testing";
import { describe, expect, it } from "vitest";
import { MINIGRID_TRACES_FILE, loadMinigridRecords } from "./golden.js";
import { minigridReferenceModel } from "./reference-model.js";
import type { MinigridSymbolicState } from "./symbolic.js";
import { makeMinigridEnv, minigridEnvSpecs } from "./register.js";

describe("MiniGrid reference world model", () => {
  it("predicts every golden step: next symbolic state, success and termination", () => {
    const records = loadMinigridRecords(join(goldenDir(), MINIGRID_TRACES_FILE));
    const wrong: string[] = [];
    let steps = 0;
    for (const record of records) {
      const env = makeMinigridEnv(record.env);
      for (const [e, episode] of record.episodes.entries()) {
        env.reset(episode.start.seed ?? undefined);
        for (const [s, step] of episode.steps.entries()) {
          const before = env.symbolicState();
          const r = env.step(step.action);
          const after = env.symbolicState();
          const predicted = minigridReferenceModel.transition(before, step.action) as MinigridSymbolicState;
          const reward = minigridReferenceModel.reward(before, step.action, after, env.mission);
          steps++;
          const where = `${record.env} seed ${record.seed} episode ${e} step ${s} action ${step.action}`;
          if (!sameState(predicted, after)) wrong.push(`${where}: state`);
          if (reward.reward !== (r.reward > 0 ? 1 : 0) || reward.done !== r.terminated) {
            wrong.push(`${where}: reward ${JSON.stringify(reward)} vs ${r.reward}/${r.terminated}`);
          }
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(steps).toBe(22_500);
  });

  it("leaves its input untouched", () => {
    const env = makeMinigridEnv("MiniGrid-DoorKey-5x5-v0");
    env.reset(0);
    const s = env.symbolicState();
    const text = canonicalJson(s);
    for (let a = 0; a < 7; a++) minigridReferenceModel.transition(s, a);
    expect(canonicalJson(s)).toBe(text);
  });
});

/** Equality of two symbolic states, order-free for objects (a faster canonicalJson comparison). */
function sameState(a: MinigridSymbolicState, b: MinigridSymbolicState): boolean {
  if (JSON.stringify(a.agent) !== JSON.stringify(b.agent) || a.walls.join("/") !== b.walls.join("/")) return false;
  const ka = Object.keys(a.objects), kb = Object.keys(b.objects);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => k in b.objects && canonicalJson(a.objects[k]) === canonicalJson(b.objects[k]));
}

describe("MiniGrid reference world model off the golden seeds", () => {
  it("agrees with the env on random play from fresh layouts of every id", () => {
    const wrong: string[] = [];
    for (const spec of minigridEnvSpecs) {
      const env = makeMinigridEnv(spec.id);
      env.reset(1000);
      let a = 7;
      for (let i = 0; i < 400; i++) {
        a = (Math.imul(a, 1103515245) + 12345) >>> 0;
        const action = (a >>> 16) % 7;
        const before = env.symbolicState();
        const r = env.step(action);
        const after = env.symbolicState();
        if (!sameState(minigridReferenceModel.transition(before, action) as MinigridSymbolicState, after)) wrong.push(`${spec.id} step ${i}: state`);
        const rw = minigridReferenceModel.reward(before, action, after, env.mission);
        if (rw.reward !== (r.reward > 0 ? 1 : 0) || rw.done !== r.terminated) wrong.push(`${spec.id} step ${i}: reward`);
        if (r.terminated || r.truncated) env.reset();
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
