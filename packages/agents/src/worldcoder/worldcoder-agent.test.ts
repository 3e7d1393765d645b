import { ScriptedLlm } from "@worldcoder/llm/testing";
import { LocalSandboxDouble } from "@worldcoder/synthesizer/testing";
import { describe, expect, it } from "vitest";
import {
  CORRIDOR_HARDCODED_5,
  CORRIDOR_PESSIMISTIC,
  CORRIDOR_PROGRAM,
  corridorContext as context,
  corridorTask as corridor,
  fencedJs as js,
} from "../test-doubles/corridor-env-double.js";
import { WorldCoderAgent } from "./worldcoder-agent.js";

function agent(options: ConstructorParameters<typeof WorldCoderAgent>[0] = {}) {
  const sandbox = new LocalSandboxDouble();
  return { sandbox, agent: new WorldCoderAgent({ sandbox, minTransitions: 4, epsilon: 0, ...options }) };
}

describe("WorldCoderAgent", () => {
  it("learns a program from a few transitions, then acts with no LLM calls", async () => {
    const llm = new ScriptedLlm([js(CORRIDOR_PROGRAM)]);
    const [result] = await agent().agent.runTrack([corridor("Corridor-5-v0")], context(llm));
    expect(llm.calls.map((c) => c.purpose)).toEqual(["synthesize-init"]);
    expect(result!.successes).toBe(3);
    expect(result!.llmCalls).toBe(1);
    expect(result!.envStepsToFirstModel).toBe(4);
    expect(result!.llmCallsAfterLearning).toBe(0);
    expect(result!.actionsAfterLearning).toBeGreaterThan(5);
    expect(result!.program).toBe(CORRIDOR_PROGRAM);
    expect(result!.programLines).toBe(CORRIDOR_PROGRAM.split("\n").length);
    expect(result!.episodes.map((e) => e.llmCalls)).toEqual([1, 0, 0]);
    expect(result!.episodesToFirstSuccess).toBe(1);
  });

  it("optimism: a program that fits but never reaches the goal is refined before it is used", async () => {
    const llm = new ScriptedLlm([js(CORRIDOR_PESSIMISTIC), js(CORRIDOR_PROGRAM)]);
    const [result] = await agent().agent.runTrack([corridor("Corridor-5-v0")], context(llm));
    expect(llm.calls.map((c) => c.purpose)).toEqual(["synthesize-init", "synthesize-optimism"]);
    expect(result!.program).toBe(CORRIDOR_PROGRAM);
    expect(result!.successes).toBe(3);
  });

  it("without optimism the pessimistic program is kept and the agent cannot plan to the goal", async () => {
    const llm = new ScriptedLlm([js(CORRIDOR_PESSIMISTIC)]);
    const [result] = await agent({ optimism: false }).agent.runTrack([corridor("Corridor-5-v0", [0])], context(llm));
    expect(llm.calls).toHaveLength(1);
    expect(result!.program).toBe(CORRIDOR_PESSIMISTIC);
  });

  it("carries the program to the next env: no call when it explains it, a refinement when it mispredicts", async () => {
    const llm = new ScriptedLlm([js(CORRIDOR_HARDCODED_5), js(CORRIDOR_PROGRAM)]);
    const { agent: a } = agent();
    const [first, second, third] = await a.runTrack(
      [corridor("Corridor-5-v0"), corridor("Corridor-5-v0", [4, 5]), corridor("Corridor-8-v0")],
      context(llm),
    );
    // The hard-coded program is right for length 5 ...
    expect(first!.llmCalls).toBe(1);
    expect(first!.successes).toBe(3);
    // ... so the same env again costs nothing ...
    expect(second!.llmCalls).toBe(0);
    expect(second!.envStepsToFirstModel).toBe(0);
    expect(second!.successes).toBe(2);
    // ... and on length 8 it mispredicts reaching the end at 5, which triggers one refinement.
    expect(llm.calls.map((c) => c.purpose)).toEqual(["synthesize-init", "synthesize-refine"]);
    const refine = llm.calls[1]!.request.messages[1]!.content;
    expect(refine).toContain("An experience your program gets wrong");
    expect(third!.llmCalls).toBe(1);
    expect(third!.refinements).toBe(1);
    expect(third!.program).toBe(CORRIDOR_PROGRAM);
    expect(third!.successes).toBe(3);
  });

  it("stops asking at the task's call budget and says so", async () => {
    const llm = new ScriptedLlm(Array(10).fill("I do not know."));
    const [result] = await agent({ maxLlmCallsPerTask: 2, retryAfterTransitions: 1 }).agent.runTrack(
      [corridor("Corridor-5-v0", [0, 1])],
      context(llm),
    );
    expect(result!.llmCalls).toBe(2);
    expect(result!.program).toBeNull();
    expect(result!.stopReason).toBe("budget:llm-calls");
  });

  it("replays the same path for the same seed", async () => {
    const run = async () => {
      const llm = new ScriptedLlm([js(CORRIDOR_PESSIMISTIC), js(CORRIDOR_PROGRAM)]);
      const results = await agent({ epsilon: 0.3 }).agent.runTrack([corridor("Corridor-8-v0")], context(llm, 7));
      return JSON.stringify(results);
    };
    expect(await run()).toBe(await run());
  });
});
