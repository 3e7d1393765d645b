import { describe, expect, it } from "vitest";
import type { Env } from "@worldcoder/core";
import { CorridorEnvDouble } from "../test-doubles/corridor-env-double.js";
import type { RunContext, TaskSpec } from "../types.js";
import { RandomAgent } from "./random-agent.js";

function context(seed: number, budget: RunContext["budget"] = {}): RunContext {
  return { makeEnv: (task: TaskSpec) => new CorridorEnvDouble(task.envId, 3, 20) as Env, seed, budget };
}

const tasks: TaskSpec[] = [{ envId: "corridor", seeds: [0, 1, 2, 3, 4, 5] }];

describe("RandomAgent", () => {
  it("plays every episode and gives the same results for the same seed", async () => {
    const agent = new RandomAgent();
    const first = await agent.runTrack(tasks, context(7));
    const again = await agent.runTrack(tasks, context(7));
    expect(first).toEqual(again);
    expect(first[0]!.episodes).toHaveLength(6);
    expect(first[0]!.envSteps).toBe(first[0]!.episodes.reduce((sum, e) => sum + e.steps, 0));
    expect(first[0]!.llmCalls).toBe(0);
  });

  it("counts successes and the step of the first reward", async () => {
    const [result] = await new RandomAgent().runTrack(tasks, context(3));
    expect(result!.successes).toBe(result!.episodes.filter((e) => e.success).length);
    if (result!.successes > 0) {
      expect(result!.envStepsToFirstReward).not.toBeNull();
      expect(result!.episodesToFirstSuccess).toBeGreaterThan(0);
    }
  });

  it("stops at the env-step budget and says why", async () => {
    const [result] = await new RandomAgent().runTrack(tasks, context(1, { maxEnvSteps: 5 }));
    expect(result!.envSteps).toBeLessThanOrEqual(5);
    expect(result!.stopReason).toBe("budget:env-steps");
  });
});
