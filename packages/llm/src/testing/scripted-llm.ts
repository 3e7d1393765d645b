import type { LedgerTotals } from "@worldcoder/core";
import { LlmBudgetExceededError } from "../errors.js";
import { CallLedger, type LlmLedgerEntry } from "../ledger.js";
import type { ChatRequest, ChatResponse, LlmClient } from "../types.js";

/** One scripted answer: the text, a fuller response, or an error to throw (a fault to simulate). */
export type ScriptedAnswer = string | (Partial<Omit<ChatResponse, "fromCassette">> & { content: string }) | Error;

/** Computes an answer from the call: `index` counts calls from 0. */
export type ScriptFunction = (request: ChatRequest, purpose: string, index: number) => ScriptedAnswer | Promise<ScriptedAnswer>;

export interface ScriptedCall {
  request: ChatRequest;
  purpose: string;
}

export interface ScriptedLlmOptions {
  /** Reported as the model id (default `scripted`). */
  model?: string;
  /** Throws LlmBudgetExceededError before call number maxCalls + 1, as the real client does. */
  maxCalls?: number;
  /** Dollars charged per call (default 0). */
  dollarsPerCall?: number;
}

/**
 * Test double: a deterministic `LlmClient` that answers from a script (a list, consumed in
 * order, or a function) and records every call. Token counts are an approximation (one
 * token per 4 characters, rounded up) so tests need not load a tokenizer; give `usage` in
 * an answer to control them.
 */
export class ScriptedLlm implements LlmClient {
  /** Every call, in order. */
  readonly calls: ScriptedCall[] = [];
  private readonly ledger = new CallLedger();
  private readonly model: string;

  constructor(
    private readonly script: readonly ScriptedAnswer[] | ScriptFunction,
    private readonly options: ScriptedLlmOptions = {},
  ) {
    this.model = options.model ?? "scripted";
  }

  /** Answers not yet used (a list script), or Infinity (a function script). */
  remaining(): number {
    return typeof this.script === "function" ? Number.POSITIVE_INFINITY : this.script.length - this.calls.length;
  }

  async complete(request: ChatRequest, purpose: string): Promise<ChatResponse> {
    const index = this.calls.length;
    if (this.options.maxCalls !== undefined && index >= this.options.maxCalls) {
      throw new LlmBudgetExceededError("max-calls", `the run's budget of ${this.options.maxCalls} LLM calls is spent`);
    }
    this.calls.push({ request: structuredClone(request), purpose });
    const slot = this.ledger.reserve();
    let answer: ScriptedAnswer | undefined;
    if (typeof this.script === "function") {
      answer = await this.script(request, purpose, index);
    } else {
      answer = this.script[index];
      if (answer === undefined) {
        throw new Error(`ScriptedLlm: the script has ${this.script.length} answers and call ${index + 1} (${purpose}) asked for one more`);
      }
    }
    if (answer instanceof Error) throw answer;
    const full = typeof answer === "string" ? { content: answer } : answer;
    const usage = full.usage ?? {
      promptTokens: request.messages.reduce((sum, m) => sum + Math.ceil(m.content.length / 4), 0),
      completionTokens: Math.ceil(full.content.length / 4),
    };
    const entry: LlmLedgerEntry = {
      purpose,
      model: this.model,
      promptTokens: usage.promptTokens,
      completionTokens: usage.completionTokens,
      dollars: this.options.dollarsPerCall ?? 0,
      latencyMs: 0,
      cache: "live",
      pricedAs: this.model,
      priceKnown: this.options.dollarsPerCall !== undefined,
    };
    this.ledger.settle(slot, entry);
    return {
      content: full.content,
      finishReason: full.finishReason ?? "stop",
      model: full.model ?? this.model,
      usage,
      fromCassette: false,
    };
  }

  ledgerEntries(): readonly LlmLedgerEntry[] {
    return this.ledger.entries();
  }

  totals(): LedgerTotals {
    return this.ledger.totals();
  }
}
