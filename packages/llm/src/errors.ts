import { basename, dirname } from "node:path";
import { UserInputError, WorldCoderError } from "@worldcoder/core";

/**
 * Errors an agent can handle: each has a stable `code` that reports count, and a `fault`
 * that says whose it is (the model's answer, the system, or the person running the tool).
 */

/** Replay found no recorded exchange for a request: the cassette is incomplete or the prompt changed. */
export class CassetteMissError extends WorldCoderError {
  readonly key: string;
  constructor(key: string, promptStart: string, cassettePath: string) {
    const suite = basename(dirname(cassettePath)) || "<suite>";
    super(
      "LLM_CASSETTE_MISS",
      [
        `replay: no recorded exchange for request ${key} in ${cassettePath} (the cassette is incomplete, or the prompt changed since it was recorded).`,
        `Prompt starts: ${JSON.stringify(promptStart)}`,
        `Record it (exchanges already in the cassette are kept): start an endpoint (\`pnpm worldcoder bridge --inbox DIR\`, or set OPENAI_API_KEY),`,
        `then run \`OPENAI_BASE_URL=<endpoint> WORLDCODER_MODE=record pnpm worldcoder bench --suite ${suite}\`. Replay never calls the network.`,
      ].join("\n"),
      { fault: "user" },
    );
    this.key = key;
  }
}

/** A call would go beyond the run's `maxCalls` or `maxDollars`; thrown before the call is made. */
export class LlmBudgetExceededError extends WorldCoderError {
  readonly reason: "max-calls" | "max-dollars";
  constructor(reason: "max-calls" | "max-dollars", message: string) {
    super("LLM_BUDGET_EXCEEDED", message, { fault: "user" });
    this.reason = reason;
  }
}

/** The endpoint did not answer within the time-out (after the SDK's bounded retries). */
export class LlmTimeoutError extends WorldCoderError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super("LLM_TIMEOUT", message, { ...options, fault: "system" });
  }
}

/** 429 or 5xx still failing after the SDK's bounded retries, or the endpoint unreachable. */
export class LlmUnavailableError extends WorldCoderError {
  readonly status: number | undefined;
  constructor(message: string, status: number | undefined, options: { cause?: unknown } = {}) {
    super(status === 429 ? "LLM_RATE_LIMITED" : "LLM_UNAVAILABLE", message, { ...options, fault: "system" });
    this.status = status;
  }
}

/** The endpoint refused the request (4xx) or the model refused to answer (refusal, content filter). */
export class LlmRefusedError extends WorldCoderError {
  readonly status: number | undefined;
  constructor(message: string, status: number | undefined, options: { cause?: unknown } = {}) {
    super("LLM_REFUSED", message, { ...options, fault: "model" });
    this.status = status;
  }
}

/** The answer could not be read as a chat completion, or had no content. */
export class LlmMalformedAnswerError extends WorldCoderError {
  constructor(code: "LLM_MALFORMED_ANSWER" | "LLM_EMPTY_ANSWER", message: string, options: { cause?: unknown } = {}) {
    super(code, message, { ...options, fault: "model" });
  }
}

/** A bad configuration value: an unknown mode, a temperature that is not a number… */
export class LlmConfigError extends UserInputError {
  constructor(message: string) {
    super("LLM_CONFIG", message);
  }
}
