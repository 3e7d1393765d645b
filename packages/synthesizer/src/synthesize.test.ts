import type { Transition } from "@worldcoder/core";
import { describe, expect, it } from "vitest";
import { genericDomain } from "./domains/generic.js";
import { createRng } from "./seeded-rng.js";
import { synthesize } from "./synthesize.js";
import { LocalSandboxDouble } from "./testing/local-sandbox-double.js";
import { ScriptedLlm } from "@worldcoder/llm/testing";

// A corridor: positions 0..4, action 0 = left, 1 = right; reaching 4 gives reward 1 and ends.
const domain = genericDomain({ kind: "discrete", n: 2, names: ["left", "right"] });
const goal = { text: "reach the end of the corridor" };
const t = (pos: number, action: number, next: number, reward = 0, done = false): Transition => ({
  state: { pos },
  action,
  nextState: { pos: next },
  reward,
  done,
  goal,
});
// Observed so far: moves in both directions, never the end.
const data = [t(1, 1, 2), t(2, 0, 1), t(1, 0, 0), t(0, 0, 0), t(2, 1, 3)];
const initials = [{ state: { pos: 0 }, goal }];

const TRANSITION = "function transition(s, a) { return { pos: Math.max(0, Math.min(4, s.pos + (a === 1 ? 1 : -1))) }; }";
const PESSIMISTIC = `${TRANSITION}\nfunction reward(s, a, n, g) { return { reward: 0, done: false }; }`;
const CORRECT = `${TRANSITION}\nfunction reward(s, a, n, g) { return n.pos === 4 ? { reward: 1, done: true } : { reward: 0, done: false }; }`;
const WRONG_LEFT = "function transition(s, a) { return { pos: Math.min(4, s.pos + 1) }; }\nfunction reward() { return { reward: 0, done: false }; }";
const js = (code: string): string => `Here is my program.\n\n\`\`\`javascript\n${code}\n\`\`\``;

function setup(script: string[], seed = 0) {
  const llm = new ScriptedLlm(script);
  const sandbox = new LocalSandboxDouble();
  return { llm, sandbox, options: { llm, sandbox, rng: createRng(seed), maxLlmCalls: 6 } };
}

describe("synthesize", () => {
  it("accepts a correct first draft after one call", async () => {
    const { llm, options } = setup([js(CORRECT)]);
    const result = await synthesize({ domain, transitions: data, initials }, options);
    expect(result.program).toBe(CORRECT);
    expect(result.llmCalls).toBe(1);
    expect(llm.calls.map((c) => c.purpose)).toEqual(["synthesize-init"]);
  });

  it("optimism rejects a program that fits the data but never reaches the goal", async () => {
    const { llm, options } = setup([js(PESSIMISTIC), js(CORRECT)]);
    const result = await synthesize({ domain, transitions: data, initials }, options);
    expect(result.nodes[0]!.evaluation.fitScore).toBe(1);
    expect(result.nodes[0]!.evaluation.optimistic).toBe(false);
    expect(llm.calls.map((c) => c.purpose)).toEqual(["synthesize-init", "synthesize-optimism"]);
    const prompt = llm.calls[1]!.request.messages[1]!.content;
    expect(prompt).toContain("most optimistic program");
    expect(prompt).toContain(PESSIMISTIC);
    expect(result.program).toBe(CORRECT);
  });

  it("without the optimism requirement the pessimistic program is accepted", async () => {
    const { options } = setup([js(PESSIMISTIC)]);
    const result = await synthesize({ domain, transitions: data, initials }, { ...options, checkOptimism: false });
    expect(result.program).toBe(PESSIMISTIC);
  });

  it("a misprediction is refined with the failing transition in the prompt", async () => {
    const { llm, options } = setup([js(WRONG_LEFT), js(CORRECT)]);
    const result = await synthesize({ domain, transitions: data, initials }, { ...options, freshDrafts: false });
    expect(llm.calls[1]!.purpose).toBe("synthesize-refine");
    const prompt = llm.calls[1]!.request.messages[1]!.content;
    expect(prompt).toContain("An experience your program gets wrong");
    expect(prompt).toMatch(/Action: 0 \(left\)/);
    expect(prompt).toContain("predicted -> observed");
    expect(result.refinements).toBe(1);
    expect(result.program).toBe(CORRECT);
  });

  it("counts an answer without code as a failure and goes on", async () => {
    const { options } = setup(["I cannot tell what the rules are.", js(CORRECT)]);
    const result = await synthesize({ domain, transitions: data, initials }, options);
    expect(result.failedAnswers).toBe(1);
    expect(result.program).toBe(CORRECT);
  });

  it("spends no call when a given program already satisfies the data", async () => {
    const { llm, options } = setup([]);
    const result = await synthesize({ domain, transitions: data, initials, startPrograms: [CORRECT] }, options);
    expect(result.program).toBe(CORRECT);
    expect(result.llmCalls).toBe(0);
    expect(llm.calls).toHaveLength(0);
  });

  it("stops at the call budget with the best program so far", async () => {
    const { options } = setup([js(WRONG_LEFT), "no code", "no code"]);
    const result = await synthesize({ domain, transitions: data, initials }, { ...options, maxLlmCalls: 3 });
    expect(result.program).toBeNull();
    expect(result.stopReason).toBe("budget");
    expect(result.best?.source).toBe(WRONG_LEFT);
    expect(result.llmCalls).toBe(3);
  });

  it("with a poor tree, the fresh-draft arm (Beta(1, 1 + N)) often asks for a new first draft", async () => {
    const { llm, options } = setup(Array(20).fill("no code"));
    await synthesize({ domain, transitions: data, initials, startPrograms: [WRONG_LEFT] }, { ...options, maxLlmCalls: 20 });
    const purposes = llm.calls.map((c) => c.purpose);
    expect(purposes.filter((p) => p === "synthesize-init").length).toBeGreaterThan(3);
    expect(purposes.filter((p) => p === "synthesize-refine").length).toBeGreaterThan(3);
  });

  it("REx refines the program with the better Beta posterior more often, and replays by seed", async () => {
    // Program "GOOD" explains 4/5 transitions, "BAD" 1/5; every refinement answer is unusable, so
    // only the scheduler decides which program each prompt shows.
    const GOOD = `// GOOD\n${TRANSITION.replace("Math.max(0, ", "(").replace(", s.pos", ", s.pos")}\nfunction reward() { return { reward: 0, done: false }; }`;
    const BAD = "// BAD\nfunction transition(s, a) { return { pos: 2 }; }\nfunction reward() { return { reward: 0, done: false }; }";
    const run = async (seed: number) => {
      const { llm, options } = setup(Array(30).fill("no code"), seed);
      const result = await synthesize(
        { domain, transitions: data, initials, startPrograms: [BAD, GOOD] },
        { ...options, maxLlmCalls: 30, freshDrafts: false },
      );
      const picks = llm.calls.map((c) => (c.request.messages[1]!.content.includes("// GOOD") ? "G" : "B"));
      return { result, picks: picks.join("") };
    };
    const { result, picks } = await run(5);
    expect(result.nodes[1]!.evaluation.fitScore).toBeGreaterThan(result.nodes[0]!.evaluation.fitScore);
    const good = [...picks].filter((p) => p === "G").length;
    expect(good).toBeGreaterThan(15);
    expect(good).toBeLessThan(30); // failures pile up N on GOOD until BAD gets a turn
    expect((await run(5)).picks).toBe(picks);
  });
});

describe("synthesize with a refusing model", () => {
  it("counts a model-fault error as a failed answer", async () => {
    const { WorldCoderError } = await import("@worldcoder/core");
    const llm = new ScriptedLlm([new WorldCoderError("LLM_REFUSED", "no", { fault: "model" }), js(CORRECT)]);
    const result = await synthesize(
      { domain, transitions: data, initials },
      { llm, sandbox: new LocalSandboxDouble(), rng: createRng(0), maxLlmCalls: 3 },
    );
    expect(result.failedAnswers).toBe(1);
    expect(result.program).toBe(CORRECT);
  });
});

describe("synthesize for a goal never seen in the data", () => {
  it("asks to guess the reward, with the nearest earlier goals by BM25 as examples", async () => {
    const back = { text: "reach the start of the corridor" };
    const GOALS = `${TRANSITION}\nfunction reward(s, a, n, g) {\n  var target = g.indexOf("start") >= 0 ? 0 : 4;\n  return n.pos === target && s.pos !== target ? { reward: 1, done: true } : { reward: 0, done: false };\n}`;
    const library = [
      { goal: "paint the wall red", transitions: [t(1, 1, 2)], success: false },
      { goal: "reach the end of the corridor", transitions: [t(3, 1, 4, 1, true)], success: true },
    ];
    // Knows only the goal it has seen: from a start with the new goal it plans to no reward.
    const ONE_GOAL = `${TRANSITION}\nfunction reward(s, a, n, g) { return g === "${goal.text}" && n.pos === 4 ? { reward: 1, done: true } : { reward: 0, done: false }; }`;
    const { llm, options } = setup([js(GOALS)]);
    const result = await synthesize(
      { domain, transitions: data, initials: [{ state: { pos: 2 }, goal: back }], startPrograms: [ONE_GOAL], goalLibrary: library },
      options,
    );
    expect(llm.calls.map((c) => c.purpose)).toEqual(["synthesize-guess-reward"]);
    const prompt = llm.calls[0]!.request.messages[1]!.content;
    expect(prompt).toContain('Earlier goal 1: "reach the end of the corridor" (reached)');
    expect(prompt).toContain('Earlier goal 2: "paint the wall red"');
    expect(result.program).toBe(GOALS);
  });
});
