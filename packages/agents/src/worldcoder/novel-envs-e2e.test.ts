import { makeEnv } from "@worldcoder/envs";
import { ScriptedLlm } from "@worldcoder/llm/testing";
import { referenceProgram } from "@worldcoder/sandbox/testing";
import { describe, expect, it } from "vitest";
import { createAgent } from "../create-agent.js";
import type { RunContext, TaskSpec } from "../types.js";

/**
 * The novel-mechanics envs through the real agent, sandbox and planners, the model a double that
 * answers with a hand-written reference program: with a correct model the domain's own planner
 * settings must solve every level, so what a live run measures is learning, not planning.
 */
function context(llm: ScriptedLlm): RunContext {
  return {
    llm,
    seed: 0,
    budget: { maxLlmCalls: 20 },
    makeEnv: (task: TaskSpec) => makeEnv(task.envId, { maxSteps: task.maxStepsPerEpisode }),
  };
}

describe("novel envs end to end (scripted LLM double, real envs and sandbox)", () => {
  it("teleport Sokoban: the Sokoban domain's weighted A* solves generated levels with the true model", async () => {
    const llm = new ScriptedLlm([`\`\`\`javascript\n${referenceProgram("sokoban-teleport")}\n\`\`\``]);
    const [result] = await createAgent("worldcoder").runTrack([{ envId: "Sokoban-Teleport-v0", seeds: [0, 1, 2, 3, 4, 5], maxStepsPerEpisode: 120 }], context(llm));
    expect(llm.calls.map((c) => c.purpose)).toEqual(["synthesize-init"]);
    const prompt = llm.calls[0]!.request.messages[1]!.content;
    expect(prompt).toContain("`o` a gate (");
    expect(prompt).not.toMatch(/teleport|twin/i);
    expect(result!.successes).toBe(6);
    expect(result!.llmCallsAfterLearning).toBe(0);
  });
});
