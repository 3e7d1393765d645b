export type { ChatMessage, ChatRequest, ChatResponse, LlmClient } from "./types.js";
