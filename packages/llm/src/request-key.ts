import { canonicalJson, stableHash } from "@worldcoder/core";
import type { ChatMessage } from "./types.js";

/** The body sent to `/chat/completions`, exactly the fields that change an answer. */
export interface WireRequest {
  model: string;
  messages: ChatMessage[];
  temperature?: number;
  seed?: number;
  max_tokens?: number;
  stop?: string[];
}

/** The request as it is hashed: only the fields above, messages reduced to role and content. */
export function canonicalRequest(body: Record<string, unknown>): WireRequest {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const request: WireRequest = {
    model: String(body.model),
    messages: messages.map((m: { role: ChatMessage["role"]; content: unknown }) => ({
      role: m.role,
      content: typeof m.content === "string" ? m.content : canonicalJson(m.content),
    })),
  };
  if (typeof body.temperature === "number") request.temperature = body.temperature;
  if (typeof body.seed === "number") request.seed = body.seed;
  if (typeof body.max_tokens === "number") request.max_tokens = body.max_tokens;
  if (Array.isArray(body.stop) && body.stop.length > 0) request.stop = body.stop.map(String);
  return request;
}

/** Identifies identical requests, whichever time they are made. */
export function requestHash(request: WireRequest): string {
  return stableHash(canonicalRequest(request as unknown as Record<string, unknown>));
}

/**
 * The recording key: sha256 of the canonical request together with its occurrence
 * (0 for the first identical request of a run, 1 for the second…), so that sampling
 * several answers to one prompt replays them in order instead of collapsing them.
 */
export function recordingKey(request: WireRequest, occurrence: number): string {
  return stableHash({ request: canonicalRequest(request as unknown as Record<string, unknown>), occurrence });
}

/** The first characters of the last user message (else the first message): how a person recognises a prompt. */
export function promptStart(messages: readonly ChatMessage[], length = 160): string {
  const user = [...messages].reverse().find((m) => m.role === "user") ?? messages[0];
  const text = (user?.content ?? "").replace(/\s+/g, " ").trim();
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
