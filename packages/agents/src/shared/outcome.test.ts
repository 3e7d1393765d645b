import { makeEnv } from "@worldcoder/envs";
import { LlmRefusedError } from "@worldcoder/llm";
import { ScriptedLlm } from "@worldcoder/llm/testing";
import { createSandbox } from "@worldcoder/sandbox";
import { LocalSandboxDouble } from "@worldcoder/synthesizer/testing";
import { afterAll, describe, expect, it } from "vitest";
import { RandomAgent } from "../random/random-agent.js";
import { ReactAgent } from "../react/react-agent.js";
import { CORRIDOR_PESSIMISTIC, CORRIDOR_PROGRAM, CorridorEnvDouble } from "../test-doubles/corridor-env-double.js";
import type { AgentBudget, RunContext, TaskSpec } from "../types.js";
import { WorldCoderAgent, type WorldCoderOptions } from "../worldcoder/index.js";
import { countsForAgent, isSandboxViolation, outcomeOfJobError } from "./outcome.js";

const js = (code: string): string => `Reasoning first.\n\`\`\`javascript\n${code}\n\`\`\``;
const turn = (action: string | number) => `Thought: keep going.\nAction: ${action}`;
const corridor = (envId: string, seeds: number[], maxStepsPerEpisode = 30): TaskSpec => ({ envId, seeds, maxStepsPerEpisode });

function corridorContext(llm: ScriptedLlm | undefined, budget: AgentBudget = {}): RunContext {
  return {
    ...(llm ? { llm } : {}),
    seed: 0,
    budget,
    makeEnv: (task) => new CorridorEnvDouble(task.envId, Number(/Corridor-(\d+)/.exec(task.envId)![1])),
  };
}

const minigrid = (llm: ScriptedLlm, budget: AgentBudget = {}): RunContext => ({ llm, seed: 0, budget, makeEnv: (task) => makeEnv(task.envId) });
const outcomes = (results: { episodes: { outcome: string }[] }[]) => results.flatMap((r) => r.episodes.map((e) => e.outcome));

function worldcoder(options: WorldCoderOptions = {}) {
  return new WorldCoderAgent({ sandbox: new LocalSandboxDouble(), minTransitions: 4, epsilon: 0, ...options });
}

describe("episode outcomes, as each agent's episode loop decides them", () => {
  it("random: step_limit when it plays to the limit, gave_up when the env-step budget cuts an episode or keeps it from being played", async () => {
    const results = await new RandomAgent().runTrack([corridor("Corridor-50-v0", [0, 1, 2], 5)], corridorContext(undefined, { maxEnvSteps: 7 }));
    expect(results[0]!.episodes.map((e) => [e.steps, e.outcome])).toEqual([
      [5, "step_limit"],
      [2, "gave_up"],
      [0, "gave_up"],
    ]);
    expect(results[0]!.stopReason).toBe("budget:env-steps");
  });

  it("react: success, and invalid_output when its last answer held no action (unparseable or refused)", async () => {
    // Empty-5x5 from (1,1) facing right: forward, forward, turn right, forward, forward reaches the goal.
    const solved = await new ReactAgent().runTrack([{ envId: "MiniGrid-Empty-5x5-v0", seeds: [0] }], minigrid(new ScriptedLlm([turn(2), turn(2), turn(1), turn(2), turn(2)])));
    expect(outcomes(solved)).toEqual(["success"]);
    const llm = new ScriptedLlm([turn(2), "I would go forward.", turn(2), new LlmRefusedError("the model refused", undefined), turn(0), turn(0)]);
    const results = await new ReactAgent({ maxStepsPerEpisode: 2 }).runTrack([{ envId: "MiniGrid-Empty-5x5-v0", seeds: [0, 1, 2] }], minigrid(llm));
    expect(outcomes(results)).toEqual(["invalid_output", "invalid_output", "step_limit"]);
  });

  it("react: gave_up when the run's LLM budget cuts an episode and keeps the next from being played", async () => {
    const llm = new ScriptedLlm(() => turn(0));
    const results = await new ReactAgent({ maxStepsPerEpisode: 4 }).runTrack([{ envId: "MiniGrid-Empty-5x5-v0", seeds: [0, 1] }], minigrid(llm, { maxLlmCalls: 3 }));
    expect(results[0]!.episodes.map((e) => [e.steps, e.outcome])).toEqual([
      [3, "gave_up"],
      [0, "gave_up"],
    ]);
  });

  it("worldcoder: success with a right program; step_limit when the right program came too late in the episode", async () => {
    const right = await worldcoder().runTrack([corridor("Corridor-5-v0", [0, 1])], corridorContext(new ScriptedLlm([js(CORRIDOR_PROGRAM)])));
    expect(outcomes(right)).toEqual(["success", "success"]);
    // Learned after 4 random steps, 9 from the end with 2 steps left.
    const late = await worldcoder().runTrack([corridor("Corridor-9-v0", [0], 6)], corridorContext(new ScriptedLlm([js(CORRIDOR_PROGRAM)])));
    expect(late[0]!.program).toBe(CORRIDOR_PROGRAM);
    expect(outcomes(late)).toEqual(["step_limit"]);
  });

  it("worldcoder: invalid_output when no answer held a usable program", async () => {
    const llm = new ScriptedLlm(() => "I am not sure what the rules are.");
    const results = await worldcoder({ maxLlmCallsPerSynthesis: 2, maxLlmCallsPerTask: 2 }).runTrack([corridor("Corridor-9-v0", [0], 8)], corridorContext(llm));
    expect(llm.calls.length).toBe(2);
    expect(outcomes(results)).toEqual(["invalid_output"]);
  });

  it("worldcoder: gave_up when the LLM budget is spent before it has a model it trusts", async () => {
    const llm = new ScriptedLlm([js(CORRIDOR_PESSIMISTIC)]);
    // Its one call gives a program that fits but is not optimistic: with no call left to refine it, the agent is stuck.
    const results = await worldcoder({ retryAfterTransitions: 1 }).runTrack([corridor("Corridor-9-v0", [0, 1], 8)], corridorContext(llm, { maxLlmCalls: 1 }));
    expect(llm.calls).toHaveLength(1);
    expect(results[0]!.program).toBe(CORRIDOR_PESSIMISTIC);
    expect(outcomes(results)).toEqual(["gave_up", "gave_up"]);
  });

  describe("in the real sandbox", () => {
    // A small heap, so a program that eats memory is stopped within a second.
    const sandbox = createSandbox({ backend: "ses", workers: 1, heapMb: 32, timeoutMs: 2_000 });
    afterAll(() => sandbox.close());

    it.each([
      ["memory", "var big = []; for (;;) big.push(new Array(100000).fill(action));"],
      ["a forbidden capability", 'return require("fs").readFileSync("/etc/passwd");'],
      ["the clock", "return { pos: Date.now() % 3, length: state.length };"],
    ])("worldcoder: sandbox_violation when its program breaks a limit (%s)", async (_limit, body) => {
      const program = `function transition(state, action) { ${body} }\nfunction reward(state, action, nextState, goal) { return { reward: 0, done: false }; }`;
      const llm = new ScriptedLlm(() => js(program));
      const agent = new WorldCoderAgent({ sandbox, minTransitions: 4, epsilon: 0, maxLlmCallsPerSynthesis: 1, maxLlmCallsPerTask: 1 });
      const results = await agent.runTrack([corridor("Corridor-9-v0", [0], 5)], corridorContext(llm));
      expect(llm.calls).toHaveLength(1);
      expect(outcomes(results)).toEqual(["sandbox_violation"]);
    });
  });
});

describe("outcome rules", () => {
  it("counts infrastructure and harness failures apart from the agent's", () => {
    expect(["success", "step_limit", "gave_up", "invalid_output", "sandbox_violation"].every((o) => countsForAgent(o as never))).toBe(true);
    expect(countsForAgent("llm_infra_error")).toBe(false);
    expect(countsForAgent("harness_error")).toBe(false);
    expect(["LLM_TIMEOUT", "LLM_RATE_LIMITED", "LLM_UNAVAILABLE"].map((code) => outcomeOfJobError({ code }))).toEqual(Array(3).fill("llm_infra_error"));
    expect(outcomeOfJobError({ code: "UNEXPECTED" })).toBe("harness_error");
  });

  it("tells a broken sandbox limit from a plain bug", () => {
    expect(isSandboxViolation({ kind: "heap", message: "out of memory" })).toBe(true);
    expect(isSandboxViolation({ kind: "timeout", message: "did not finish" })).toBe(true);
    expect(isSandboxViolation({ kind: "thrown", message: "transition threw TypeError: fetch is not a function (line 2)" })).toBe(true);
    expect(isSandboxViolation({ kind: "thrown", message: "TypeError: state.grid is undefined" })).toBe(false);
    expect(isSandboxViolation({ kind: "syntax", message: "Unexpected token }" })).toBe(false);
  });
});
