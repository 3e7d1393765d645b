import { LlmMalformedAnswerError, LlmRefusedError } from "./errors.js";

/** What the client needs from a chat completion body. */
export interface ReadCompletion {
  content: string;
  finishReason: string;
  model: string | undefined;
  usage: { promptTokens: number; completionTokens: number } | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads a chat completion body as received. A body that is not one, an empty answer and a
 * refusal each become a typed error the agent can handle; the body is recorded before this
 * runs, so replay raises the same error again.
 */
export function readCompletion(body: unknown): ReadCompletion {
  if (!isRecord(body) || !Array.isArray(body.choices)) {
    throw new LlmMalformedAnswerError("LLM_MALFORMED_ANSWER", "the endpoint's answer is not a chat completion (no `choices`)");
  }
  const choice: unknown = body.choices[0];
  if (!isRecord(choice) || !isRecord(choice.message)) {
    throw new LlmMalformedAnswerError("LLM_EMPTY_ANSWER", "the endpoint answered with no choice");
  }
  const message = choice.message;
  const finishReason = typeof choice.finish_reason === "string" ? choice.finish_reason : "unknown";
  if (typeof message.refusal === "string" && message.refusal.length > 0) {
    throw new LlmRefusedError(`the model refused: ${message.refusal.slice(0, 200)}`, undefined);
  }
  if (finishReason === "content_filter") {
    throw new LlmRefusedError("the answer was withheld by the endpoint's content filter", undefined);
  }
  if (typeof message.content !== "string" || message.content.trim() === "") {
    throw new LlmMalformedAnswerError("LLM_EMPTY_ANSWER", `the model's answer is empty (finish_reason ${finishReason})`);
  }
  let usage: ReadCompletion["usage"];
  if (isRecord(body.usage) && typeof body.usage.prompt_tokens === "number" && typeof body.usage.completion_tokens === "number") {
    usage = { promptTokens: body.usage.prompt_tokens, completionTokens: body.usage.completion_tokens };
  }
  return { content: message.content, finishReason, model: typeof body.model === "string" ? body.model : undefined, usage };
}
