import { makeEnv } from "@worldcoder/envs";
import { ScriptedLlm } from "@worldcoder/llm/testing";
import { describeObfuscation } from "@worldcoder/envs";
import { obfuscatedReferenceProgram, referenceProgram } from "@worldcoder/sandbox/testing";
import { describe, expect, it } from "vitest";
import { createAgent } from "../create-agent.js";
import { ReactAgent } from "../react/react-agent.js";
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

  it.each(["Sokoban-small-1box-v0", "Sokoban-1box-v0", "Sokoban-Teleport-small-v0"])(
    "Obf(%s, s): the generic domain's BFS solves the obfuscated rooms with the true model, and no prompt names the game",
    async (base) => {
      const id = `Obf(${base},5)`;
      const program = obfuscatedReferenceProgram(base.includes("Teleport") ? "sokoban-teleport" : "sokoban", describeObfuscation(id)!);
      const llm = new ScriptedLlm([`\`\`\`javascript\n${program}\n\`\`\``]);
      const [result] = await createAgent("worldcoder").runTrack([{ envId: id, seeds: [0, 1, 2, 3, 4, 5, 7], maxStepsPerEpisode: 100 }], context(llm));
      expect(llm.calls.map((c) => c.purpose)).toEqual(["synthesize-init"]);
      expect(llm.calls[0]!.request.messages.map((m) => m.content).join("\n")).not.toMatch(GAME_WORDS);
      expect(result!.successes).toBe(7);
    },
  );

  it("ReAct on an obfuscated id: the prompt names no game, no action meaning and has no Sokoban example", async () => {
    const llm = new ScriptedLlm(() => "Thought: try.\nAction: 3");
    await new ReactAgent({ maxStepsPerEpisode: 3 }).runTrack([{ envId: "Obf(Sokoban-v0,3)", seeds: [0] }], context(llm));
    expect(llm.calls).toHaveLength(3);
    for (const call of llm.calls) expect(call.request.messages.map((m) => m.content).join("\n")).not.toMatch(GAME_WORDS);
    expect(llm.calls[0]!.request.messages[1]!.content).toContain("0: a0");
  });

  it("MiniGrid TwoKeyDoor: the MiniGrid domain's BFS solves 6x6 and 7x7 layouts with the true model", async () => {
    const llm = new ScriptedLlm([`\`\`\`javascript\n${referenceProgram("minigrid")}\n\`\`\``]);
    const [small, large] = await createAgent("worldcoder").runTrack(
      [
        { envId: "MiniGrid-TwoKeyDoor-6x6-v0", seeds: [0, 1], maxStepsPerEpisode: 200 },
        { envId: "MiniGrid-TwoKeyDoor-7x7-v0", seeds: [1], maxStepsPerEpisode: 200 },
      ],
      context(llm),
    );
    expect(llm.calls.map((c) => c.purpose)).toEqual(["synthesize-init"]);
    expect(llm.calls[0]!.request.messages[1]!.content).toContain("A door may also have `locks`");
    expect([small!.successes, large!.successes]).toEqual([2, 1]);
    expect(large!.llmCalls).toBe(0);
  });

  it("ALFWorld powered appliances: the ALFWorld domain plans `turn on` before `heat` with the true model", async () => {
    const llm = new ScriptedLlm([`\`\`\`javascript\n${referenceProgram("alfworld-powered")}\n\`\`\``]);
    const [result] = await createAgent("worldcoder").runTrack(
      // Seeds whose households the domain's BFS covers quickly (seed 1's eight cabinets do not fit its budget).
      [{ envId: "ALFWorld-PickHeatThenPlacePowered-v0", seeds: [0, 4, 6], maxStepsPerEpisode: 40 }],
      context(llm),
    );
    expect(llm.calls.map((c) => c.purpose)).toEqual(["synthesize-init"]);
    expect(llm.calls[0]!.request.messages[1]!.content).toContain("- turn on <receptacle>");
    expect(result!.successes).toBe(3);
    expect(result!.llmCallsAfterLearning).toBe(0);
  });
});

// What would give the game away: its name, its objects, its verbs, its characters in a grid.
const GAME_WORDS = /sokoban|boxoban|warehouse|\bbox|target|push|gate|teleport|"[^"\n]*[#$@][^"\n]*"/i;
