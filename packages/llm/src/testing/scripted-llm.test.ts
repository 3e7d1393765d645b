import { describe, expect, it } from "vitest";
import { LlmBudgetExceededError, LlmTimeoutError } from "../errors.js";
import { ScriptedLlm } from "./scripted-llm.js";

const ask = (text: string) => ({ messages: [{ role: "user" as const, content: text }] });

describe("ScriptedLlm (test double)", () => {
  it("answers a list in order, records calls and keeps a ledger", async () => {
    const llm = new ScriptedLlm(["first", { content: "second", usage: { promptTokens: 7, completionTokens: 3 } }]);
    expect((await llm.complete(ask("a"), "p1")).content).toBe("first");
    expect((await llm.complete(ask("b"), "p2")).usage).toEqual({ promptTokens: 7, completionTokens: 3 });
    expect(llm.calls.map((c) => c.purpose)).toEqual(["p1", "p2"]);
    expect(llm.remaining()).toBe(0);
    expect(llm.totals()).toEqual({ calls: 2, promptTokens: 1 + 7, completionTokens: 2 + 3, dollars: 0 });
    await expect(llm.complete(ask("c"), "p3")).rejects.toThrow(/2 answers/);
  });

  it("answers from a function, throws scripted faults and honours maxCalls", async () => {
    const llm = new ScriptedLlm((request, _purpose, index) => (index === 1 ? new LlmTimeoutError("scripted") : `echo ${request.messages[0].content}`), {
      maxCalls: 2,
    });
    expect((await llm.complete(ask("x"), "p")).content).toBe("echo x");
    await expect(llm.complete(ask("y"), "p")).rejects.toBeInstanceOf(LlmTimeoutError);
    await expect(llm.complete(ask("z"), "p")).rejects.toBeInstanceOf(LlmBudgetExceededError);
  });
});
