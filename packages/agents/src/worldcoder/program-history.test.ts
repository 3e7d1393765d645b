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
import type { TaskSpec } from "../types.js";
import { programSources } from "./program-history.js";
import { WorldCoderAgent } from "./worldcoder-agent.js";

const run = (llm: ScriptedLlm, tasks: TaskSpec[]) =>
  new WorldCoderAgent({ sandbox: new LocalSandboxDouble(), minTransitions: 4, epsilon: 0 }).runTrack(tasks, context(llm));

describe("program history", () => {
  it("records an optimism rejection, the refinement as a diff from its parent, and when the kept program was accepted", async () => {
    const llm = new ScriptedLlm([js(CORRIDOR_PESSIMISTIC), js(CORRIDOR_PROGRAM)]);
    const [result] = await run(llm, [corridor("Corridor-5-v0")]);
    const history = result!.programHistory!;
    expect(history.map((v) => [v.id, v.parent, v.origin, v.llmCall, v.accepted])).toEqual([
      [0, null, "init", 1, false],
      [1, 0, "optimism", 2, true],
    ]);
    expect(history[0]!.fit).toBe(1);
    expect(history[0]!.optimism).toEqual({ solved: 0, starts: 1 });
    expect(history[0]!.source).toBe(CORRIDOR_PESSIMISTIC);
    expect(history[1]!.source).toBeNull();
    expect(history[1]!.diff).toMatch(/^--- v0\n\+\+\+ v1\n@@ /);
    expect(programSources(history)).toEqual([CORRIDOR_PESSIMISTIC, CORRIDOR_PROGRAM]);
    expect(result!.optimismRejections).toBe(1);
    // Both programs were written once the first 4 transitions were in; the accepted one never mispredicted.
    expect(history.map((v) => v.envStep)).toEqual([4, 4]);
    expect(result!.envStepsToCorrectModel).toBe(4);
    expect(result!.envStepsToFirstModel).toBe(4);
    // Later episode starts re-check the kept program instead of adding versions.
    expect(history[1]!.rechecks.map((c) => c.accepted)).toEqual([true, true]);
  });

  it("a carried program that mispredicts is a root; the refinement that replaces it dates the correct model", async () => {
    const llm = new ScriptedLlm([js(CORRIDOR_HARDCODED_5), js(CORRIDOR_PROGRAM)]);
    const [first, second] = await run(llm, [corridor("Corridor-5-v0"), corridor("Corridor-8-v0")]);
    expect(first!.programHistory!.map((v) => v.origin)).toEqual(["init"]);
    const history = second!.programHistory!;
    expect(history.map((v) => [v.id, v.parent, v.origin, v.llmCall])).toEqual([
      [0, null, "given", null],
      [1, 0, "refine", 1],
    ]);
    expect(history[0]!.source).toBe(CORRIDOR_HARDCODED_5);
    expect(history[0]!.mispredictedAt).toHaveLength(1);
    const mispredictedAt = history[0]!.mispredictedAt[0]!;
    expect(history[1]!.envStep).toBe(mispredictedAt);
    expect(history[1]!.fit).toBe(1);
    expect(second!.envStepsToFirstModel).toBe(0);
    expect(second!.envStepsToCorrectModel).toBe(mispredictedAt);
    expect(second!.optimismRejections).toBe(0);
  });

  it("keeps the programs of a synthesis that the LLM budget cut short", async () => {
    // One call allowed: the pessimistic first draft is scored, then asking for its optimism repair throws.
    const llm = new ScriptedLlm([js(CORRIDOR_PESSIMISTIC), js(CORRIDOR_PROGRAM)], { maxCalls: 1 });
    const [result] = await run(llm, [corridor("Corridor-5-v0", [0])]);
    expect(result!.stopReason).toBe("budget:llm-calls");
    expect(result!.programHistory!.map((v) => [v.origin, v.accepted])).toEqual([["init", false]]);
    expect(result!.optimismRejections).toBe(1);
    expect(result!.envStepsToCorrectModel).toBeNull();
  });

  it("stays empty, with no correct model, when no answer holds a program", async () => {
    const llm = new ScriptedLlm(["I do not know.", "Nor now."]);
    const [result] = await new WorldCoderAgent({ sandbox: new LocalSandboxDouble(), minTransitions: 4, epsilon: 0, maxLlmCallsPerTask: 2 }).runTrack(
      [corridor("Corridor-5-v0", [0])],
      context(llm),
    );
    expect(result!.programHistory).toEqual([]);
    expect(result!.envStepsToCorrectModel).toBeNull();
    expect(result!.optimismRejections).toBe(0);
  });

  it("refuses a diff that does not apply to its parent", () => {
    expect(() =>
      programSources([
        { id: 0, parent: null, origin: "init", llmCall: 1, envStep: 0, fit: 1, transitions: 1, optimism: null, accepted: false, loadError: null, rechecks: [], mispredictedAt: [], source: "a\n", diff: null },
        { id: 1, parent: 0, origin: "refine", llmCall: 2, envStep: 0, fit: 1, transitions: 1, optimism: null, accepted: true, loadError: null, rechecks: [], mispredictedAt: [], source: null, diff: "--- v0\n+++ v1\n@@ -1,1 +1,1 @@\n-zzz\n+b\n" },
      ]),
    ).toThrow(/version 1/);
  });
});
