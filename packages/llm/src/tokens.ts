import type { ChatMessage } from "./types.js";

type Encoder = (text: string) => number;

const encoders = new Map<string, Promise<Encoder>>();

/** The BPE encoding gpt-tokenizer maps a model to; models it does not know use its default (o200k_base). */
export async function encodingForModel(model: string): Promise<string> {
  const mapping = await import("gpt-tokenizer/mapping");
  const known = (mapping.modelToEncodingMap as Record<string, string>)[model];
  return known ?? mapping.DEFAULT_ENCODING;
}

// The encodings are large tables: load each one only when a call first needs it.
async function loadEncoder(encoding: string): Promise<Encoder> {
  let encoder = encoders.get(encoding);
  if (!encoder) {
    encoder = import(`gpt-tokenizer/encoding/${encoding}`).then(
      (mod: { countTokens: (text: string) => number }) => (text: string) => mod.countTokens(text),
    );
    encoders.set(encoding, encoder);
  }
  return encoder;
}

/** Tokens of a plain text in the model's encoding. */
export async function countTextTokens(text: string, model: string): Promise<number> {
  const count = await loadEncoder(await encodingForModel(model));
  return count(text);
}

/**
 * Prompt tokens of a chat, counted as OpenAI documents for its chat models: each message
 * costs its role and content plus 3 framing tokens, and the reply is primed with 3 more.
 * Only used when the endpoint reports no `usage`.
 */
export async function countChatTokens(messages: readonly ChatMessage[], model: string): Promise<number> {
  const count = await loadEncoder(await encodingForModel(model));
  let total = 3;
  for (const message of messages) total += 3 + count(message.role) + count(message.content);
  return total;
}
