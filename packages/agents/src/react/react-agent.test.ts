import { makeEnv } from "@worldcoder/envs";
import { ScriptedLlm } from "@worldcoder/llm/testing";
import { describe, expect, it } from "vitest";
import type { RunContext } from "../types.js";
import { ReactAgent } from "./react-agent.js";

const turn = (action: string | number) => `Thought: keep going.\nAction: ${action}`;

function context(llm: ScriptedLlm): RunContext {
  return { llm, seed: 0, budget: {}, makeEnv: (task) => makeEnv(task.envId) };
}

describe("ReactAgent", () => {
  it("asks once per step, counts invalid answers and solves MiniGrid-Empty-5x5", async () => {
    // Start (1,1) facing right; goal (3,3): forward, forward, turn right, forward, forward.
    const llm = new ScriptedLlm([turn(2), "I would go forward.", turn(2), turn(1), turn("forward"), turn(2)]);
    const [result] = await new ReactAgent().runTrack([{ envId: "MiniGrid-Empty-5x5-v0", seeds: [0] }], context(llm));
    expect(result!.successes).toBe(1);
    expect(result!.invalidActions).toBe(1);
    expect(result!.llmCalls).toBe(6);
    expect(result!.envSteps).toBe(5);
    expect(result!.llmCallsAfterLearning).toBe(6);
    expect(llm.calls.every((c) => c.purpose === "react-step")).toBe(true);
    const first = llm.calls[0]!.request.messages[1]!.content;
    expect(first).toContain("# Example: a solved episode");
    expect(first).toContain('Goal: "get to the green goal square"');
    const later = llm.calls[2]!.request.messages[1]!.content;
    expect(later).toContain("invalid answer: no `Action:` line");
    expect(later).toContain("agent.x: 1 -> 2");
  });

  it("stops an episode at its turn limit", async () => {
    const llm = new ScriptedLlm(() => turn(0));
    const [result] = await new ReactAgent({ maxStepsPerEpisode: 4 }).runTrack(
      [{ envId: "MiniGrid-Empty-5x5-v0", seeds: [0, 1] }],
      context(llm),
    );
    expect(result!.episodes.map((e) => e.steps)).toEqual([4, 4]);
    expect(result!.successes).toBe(0);
    expect(llm.calls).toHaveLength(8);
  });

  it.each(["sokoban", "minigrid", "alfworld"] as const)("the %s few-shot example is a solved episode of this project's env", async (domain) => {
    const { fewShotExample } = await import("./few-shot/examples.js");
    const example = fewShotExample(domain)!;
    const env = makeEnv(example.envId);
    env.reset(example.seed);
    let last = null;
    for (const step of example.steps) last = env.step(step.action);
    expect(last!.terminated && last!.reward > 0).toBe(true);
    expect(example.steps.length).toBeGreaterThan(3);
  });

  it("plays a text env with admissible commands; the ALFWorld example is solved by the project's expert", async () => {
    const { fewShotExample } = await import("./few-shot/examples.js");
    const example = fewShotExample("alfworld")!;
    expect(example.steps.at(-1)!.reward).toBe(1);
    const llm = new ScriptedLlm([turn("look"), turn("fly to the moon")]);
    const [result] = await new ReactAgent({ maxStepsPerEpisode: 2 }).runTrack(
      [{ envId: "ALFWorld-PickAndPlace-v0", seeds: [0] }],
      context(llm),
    );
    expect(result!.envSteps).toBe(2);
    expect(result!.invalidActions).toBe(1);
    const prompt = llm.calls[1]!.request.messages[1]!.content;
    expect(prompt).toContain("Valid commands now:");
    expect(prompt).not.toContain("## State format");
    expect(prompt).toContain(example.steps[0]!.action as string);
  });
});
