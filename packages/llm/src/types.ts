import type { LedgerEntry, LedgerTotals } from "@worldcoder/core";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** What a caller asks of a model; the client adds the configured model id. */
export interface ChatRequest {
  messages: ChatMessage[];
  temperature?: number;
  maxTokens?: number;
  seed?: number;
  stop?: string[];
}

export interface ChatResponse {
  /** The assistant message's text. */
  content: string;
  finishReason: string;
  /** The model id the server reported. */
  model: string;
  usage: { promptTokens: number; completionTokens: number };
  /** True when served from a cassette. */
  fromCassette: boolean;
}

/**
 * The one interface the rest of the project uses to ask a model. `purpose` names why
 * (e.g. "synthesize-transition", "react-step"); the ledger groups calls by it.
 */
export interface LlmClient {
  complete(request: ChatRequest, purpose: string): Promise<ChatResponse>;
  /** Every call so far, in order. */
  ledgerEntries(): readonly LedgerEntry[];
  totals(): LedgerTotals;
}
