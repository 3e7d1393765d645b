import type { LedgerEntry, LedgerTotals } from "@worldcoder/core";
import type { ChatRequest, ChatResponse, LlmClient } from "@worldcoder/llm";

export type ScriptedAnswer = string | ((request: ChatRequest, purpose: string) => string);

/**
 * A test double of the LLM client: answers from a script in order and records every call, so tests
 * can assert how many calls a mechanism made and what the prompts said. Runs out loudly.
 */
export class ScriptedLlmDouble implements LlmClient {
  readonly calls: { request: ChatRequest; purpose: string }[] = [];
  private readonly entries: LedgerEntry[] = [];

  constructor(private readonly script: ScriptedAnswer[]) {}

  async complete(request: ChatRequest, purpose: string): Promise<ChatResponse> {
    const step = this.script[this.calls.length];
    this.calls.push({ request, purpose });
    if (step === undefined) throw new Error(`ScriptedLlmDouble: no answer scripted for call ${this.calls.length} (${purpose})`);
    const content = typeof step === "function" ? step(request, purpose) : step;
    const promptTokens = Math.ceil(request.messages.reduce((n, m) => n + m.content.length, 0) / 4);
    const completionTokens = Math.ceil(content.length / 4);
    this.entries.push({ purpose, model: "scripted-double", promptTokens, completionTokens, dollars: 0, latencyMs: 0, cache: "live" });
    return { content, finishReason: "stop", model: "scripted-double", usage: { promptTokens, completionTokens }, fromCassette: false };
  }

  ledgerEntries(): readonly LedgerEntry[] {
    return this.entries;
  }

  totals(): LedgerTotals {
    return {
      calls: this.entries.length,
      promptTokens: this.entries.reduce((n, e) => n + e.promptTokens, 0),
      completionTokens: this.entries.reduce((n, e) => n + e.completionTokens, 0),
      dollars: 0,
    };
  }
}
