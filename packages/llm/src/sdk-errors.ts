import { APIConnectionError, APIConnectionTimeoutError, APIError } from "openai";
import { WorldCoderError } from "@worldcoder/core";
import { LlmRefusedError, LlmTimeoutError, LlmUnavailableError } from "./errors.js";
import { redactSecrets } from "./redact.js";

/**
 * Turns what the SDK throws (after its own bounded retries) into this package's typed
 * errors, with any secret scrubbed from the message.
 */
export function fromSdkError(error: unknown, secrets: readonly (string | undefined)[]): WorldCoderError {
  if (error instanceof WorldCoderError) return error;
  const message = redactSecrets(error instanceof Error ? error.message : String(error), secrets);
  if (error instanceof APIConnectionTimeoutError) {
    return new LlmTimeoutError(`the model endpoint did not answer in time: ${message}`);
  }
  if (error instanceof APIConnectionError) {
    return new LlmUnavailableError(`could not reach the model endpoint: ${message}`, undefined);
  }
  if (error instanceof APIError) {
    const status = error.status;
    if (status === 504 || status === 408) return new LlmTimeoutError(`the model endpoint timed out (HTTP ${status}): ${message}`);
    if (status === 429 || (status !== undefined && status >= 500)) {
      const what = status === 429 ? "rate-limited" : "failing";
      return new LlmUnavailableError(`the model endpoint is ${what} (HTTP ${status}) after retries: ${message}`, status);
    }
    return new LlmRefusedError(`the model endpoint refused the request (HTTP ${status}): ${message}`, status);
  }
  return WorldCoderError.fromUnknown(new Error(message, { cause: error }), "LLM_UNEXPECTED");
}
