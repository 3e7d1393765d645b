export type { ChatMessage, ChatRequest, ChatResponse, LlmClient } from "./types.js";
export {
  createLlmClient,
  ANSWERED_BY_HEADER,
  BRIDGE_VERSION_HEADER,
  type LlmBudget,
  type LlmClientOptions,
  type ManagedLlmClient,
} from "./client.js";
export { llmConfigFromEnv, DEFAULT_MODEL, LLM_MODES, type LlmEnvConfig, type LlmMode } from "./config.js";
export {
  cassettePathFor,
  readCassette,
  type CassetteExchange,
  type EndpointKind,
  type Provenance,
} from "./cassette.js";
export {
  CassetteMissError,
  type CassetteMiss,
  LlmBudgetExceededError,
  LlmConfigError,
  LlmMalformedAnswerError,
  LlmRefusedError,
  LlmTimeoutError,
  LlmUnavailableError,
} from "./errors.js";
export { CallLedger, totalsOf, type LlmLedgerEntry } from "./ledger.js";
export { defaultPriceTable, priceCall, type ModelPrice, type PriceTable, type PricedCall } from "./prices.js";
export { redactSecrets } from "./redact.js";
export { recordingKey, promptStart, type WireRequest } from "./request-key.js";
export { diffRequests, formatRequestDiff, type MessageChange, type ParamChange, type RequestDiff, type TextHunk } from "./request-diff.js";
export type { ClosestRecording } from "./closest-recording.js";
export { countChatTokens, countTextTokens } from "./tokens.js";
export { startBridge, isLoopback, type BridgeOptions, type RunningBridge } from "./bridge/server.js";
export { END_MARKER, STOP_FILE, readAnswer, renderRequestMarkdown, type InboxAnswer, type InboxRequest } from "./bridge/inbox.js";
