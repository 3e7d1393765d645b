import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setupServer } from "msw/node";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createLlmClient, type LlmClientOptions, type ManagedLlmClient } from "./client.js";
import {
  CassetteMissError,
  LlmBudgetExceededError,
  LlmMalformedAnswerError,
  LlmRefusedError,
  LlmTimeoutError,
  LlmUnavailableError,
} from "./errors.js";
import { readCassette } from "./cassette.js";
import { FAKE_OPENAI_URL, fakeOpenAiHandlers, type FakeOpenAiBehaviour } from "./testing/fake-openai.js";
import type { ChatRequest } from "./types.js";

const SECRET = "sk-test-DO-NOT-LEAK-0123456789abcdef";
const ask = (text: string, extra: Partial<ChatRequest> = {}): ChatRequest => ({
  messages: [
    { role: "system", content: "You write world models." },
    { role: "user", content: text },
  ],
  ...extra,
});

let dir: string;
let clients: ManagedLlmClient[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "wc-llm-"));
  clients = [];
});
afterEach(async () => {
  for (const client of clients) await client.close();
  rmSync(dir, { recursive: true, force: true });
});

function client(options: LlmClientOptions): ManagedLlmClient {
  const made = createLlmClient({ env: {}, model: "gpt-4o-mini", ...options });
  clients.push(made);
  return made;
}

/** Runs `body` against the fake endpoint (a test double), then removes it. */
async function withFakeEndpoint<T>(behaviour: FakeOpenAiBehaviour, body: (requests: Request[]) => Promise<T>): Promise<T> {
  const fake = fakeOpenAiHandlers(behaviour);
  const server = setupServer(...fake.handlers);
  server.listen({ onUnhandledRequest: "error" });
  try {
    return await body(fake.requests);
  } finally {
    server.close();
  }
}

const recordOptions = (cassettePath: string, extra: Partial<LlmClientOptions> = {}): LlmClientOptions => ({
  mode: "record",
  cassettePath,
  apiKey: SECRET,
  baseURL: FAKE_OPENAI_URL,
  maxRetries: 2,
  ...extra,
});

async function recordSample(cassettePath: string): Promise<unknown[]> {
  return withFakeEndpoint({}, async () => {
    const recorder = client(recordOptions(cassettePath));
    const answers = [];
    answers.push(await recorder.complete(ask("Write transition()."), "synthesize-transition"));
    // Two identical requests (sampling two programs): both kept, in order.
    answers.push(await recorder.complete(ask("Write reward().", { temperature: 1 }), "synthesize-reward"));
    answers.push(await recorder.complete(ask("Write reward().", { temperature: 1 }), "synthesize-reward"));
    await recorder.close();
    return answers;
  });
}

describe("record then replay", () => {
  it("replays the recorded responses and ledger, identical requests in order", async () => {
    const path = join(dir, "suite", "run.jsonl");
    const recorded = await recordSample(path);
    expect(readCassette(path)).toHaveLength(3);

    const replayer = client({ mode: "replay", cassettePath: path });
    const replayed = [];
    replayed.push(await replayer.complete(ask("Write transition()."), "synthesize-transition"));
    replayed.push(await replayer.complete(ask("Write reward().", { temperature: 1 }), "synthesize-reward"));
    replayed.push(await replayer.complete(ask("Write reward().", { temperature: 1 }), "synthesize-reward"));
    expect(replayed.map((r) => r.content)).toEqual((recorded as { content: string }[]).map((r) => r.content));
    expect(replayed[1].content).not.toBe(replayed[2].content);
    expect(replayed.every((r) => r.fromCassette)).toBe(true);
    expect(replayer.totals()).toEqual({ calls: 3, promptTokens: 11 + 12 + 13, completionTokens: 6 + 7 + 8, dollars: expect.any(Number) });
    expect(replayer.ledgerEntries().map((e) => e.cache)).toEqual(["hit", "hit", "hit"]);
  });

  it("replays byte for byte twice in a row with no key and no base URL", async () => {
    const path = join(dir, "suite", "run.jsonl");
    await recordSample(path);
    const replayOnce = async (): Promise<string> => {
      // The network unplugged: the environment has neither a key nor a base URL.
      const replayer = createLlmClient({ env: { WORLDCODER_MODEL: "gpt-4o-mini" }, cassettePath: path });
      try {
        const out = [];
        out.push(await replayer.complete(ask("Write transition()."), "synthesize-transition"));
        out.push(await replayer.complete(ask("Write reward().", { temperature: 1 }), "synthesize-reward"));
        out.push(await replayer.complete(ask("Write reward().", { temperature: 1 }), "synthesize-reward"));
        return JSON.stringify({ out, ledger: replayer.ledgerEntries(), totals: replayer.totals() });
      } finally {
        await replayer.close();
      }
    };
    const first = await replayOnce();
    expect(await replayOnce()).toBe(first);
  });

  it("resumes in record mode: recorded exchanges are served, only new ones are called", async () => {
    const path = join(dir, "run.jsonl");
    await recordSample(path);
    await withFakeEndpoint({}, async (requests) => {
      const recorder = client(recordOptions(path));
      await recorder.complete(ask("Write transition()."), "synthesize-transition");
      await recorder.complete(ask("Something new."), "react-step");
      expect(requests).toHaveLength(1);
      expect(recorder.ledgerEntries().map((e) => e.cache)).toEqual(["hit", "miss"]);
    });
    expect(readCassette(path)).toHaveLength(4);
  });
});

describe("replay", () => {
  it("fails at once on a miss, naming the key, the prompt and the command that records it", async () => {
    const replayer = client({ mode: "replay", cassettePath: join(dir, "empty.jsonl") });
    const error = await replayer.complete(ask("Never recorded prompt about boxes"), "x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CassetteMissError);
    const miss = error as CassetteMissError;
    expect(miss.code).toBe("LLM_CASSETTE_MISS");
    expect(miss.message).toContain(miss.key);
    expect(miss.key).toMatch(/^[0-9a-f]{64}$/);
    expect(miss.message).toContain("Never recorded prompt about boxes");
    expect(miss.message).toContain("WORLDCODER_MODE=record");
  });

  it("lets no other request reach the network while replay is on", async () => {
    client({ mode: "replay", cassettePath: join(dir, "empty.jsonl") });
    await expect(fetch("https://example.com/anything")).rejects.toThrow();
  });

  it("serves concurrent calls of several clients, each from its own cassette", async () => {
    const a = join(dir, "a.jsonl");
    const b = join(dir, "b.jsonl");
    await recordSample(a);
    await withFakeEndpoint({ model: "gpt-4o-2024-08-06", content: "from b" }, async () => {
      const recorder = client(recordOptions(b));
      await recorder.complete(ask("Write transition()."), "synthesize-transition");
    });
    const ra = client({ mode: "replay", cassettePath: a });
    const rb = client({ mode: "replay", cassettePath: b });
    const results = await Promise.all([
      ra.complete(ask("Write transition()."), "t"),
      rb.complete(ask("Write transition()."), "t"),
      ra.complete(ask("Write reward().", { temperature: 1 }), "r"),
      ra.complete(ask("Write reward().", { temperature: 1 }), "r"),
    ]);
    expect(results[0].content).toBe("answer 1 to: Write transition().");
    expect(results[1].content).toBe("from b");
    expect(results[2].content).toBe("answer 2 to: Write reward().");
    expect(results[3].content).toBe("answer 3 to: Write reward().");
    expect(ra.ledgerEntries().map((e) => e.purpose)).toEqual(["t", "r", "r"]);
  });
});

describe("secrets", () => {
  it("never writes the API key to a cassette or an error message", async () => {
    const path = join(dir, "run.jsonl");
    await withFakeEndpoint({ echoAuthorization: true }, async (requests) => {
      const recorder = client(recordOptions(path));
      const answer = await recorder.complete(ask("hello"), "p");
      // The fake echoed the header: the answer itself held the key, the cassette must not.
      expect(answer.content).not.toContain(SECRET);
      expect(requests[0].headers.get("authorization")).toBe(`Bearer ${SECRET}`);
    });
    const text = readFileSync(path, "utf8");
    expect(text).not.toContain(SECRET);
    expect(text.toLowerCase()).not.toContain("authorization\":");
    expect(text).toContain("[REDACTED]");

    await withFakeEndpoint({ alwaysStatus: 401, echoAuthorization: true }, async () => {
      const recorder = client(recordOptions(join(dir, "b.jsonl")));
      const error = await recorder.complete(ask("hello"), "p").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LlmRefusedError);
      expect(String((error as Error).message)).not.toContain(SECRET);
      expect(JSON.stringify(error)).not.toContain(SECRET);
    });
  });
});

describe("faults in record and live", () => {
  it("retries 429 and 500 with the SDK's backoff, then answers", async () => {
    await withFakeEndpoint({ failFirst: [429, 500] }, async (requests) => {
      const live = client({ mode: "live", apiKey: SECRET, baseURL: FAKE_OPENAI_URL, maxRetries: 2 });
      const answer = await live.complete(ask("hello"), "p");
      expect(answer.content).toBe("answer 1 to: hello");
      expect(requests).toHaveLength(3);
      expect(live.ledgerEntries()[0].cache).toBe("live");
    });
  });

  it("gives up after the bounded retries with a typed error", async () => {
    await withFakeEndpoint({ alwaysStatus: 500 }, async (requests) => {
      const live = client({ mode: "live", apiKey: SECRET, baseURL: FAKE_OPENAI_URL, maxRetries: 1 });
      const error = await live.complete(ask("hello"), "p").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LlmUnavailableError);
      expect((error as LlmUnavailableError).code).toBe("LLM_UNAVAILABLE");
      expect(requests).toHaveLength(2);
    });
    await withFakeEndpoint({ alwaysStatus: 429 }, async () => {
      const live = client({ mode: "live", apiKey: SECRET, baseURL: FAKE_OPENAI_URL, maxRetries: 0 });
      await expect(live.complete(ask("hello"), "p")).rejects.toMatchObject({ code: "LLM_RATE_LIMITED" });
    });
  });

  it("turns a hung endpoint into LlmTimeoutError", async () => {
    await withFakeEndpoint({ hang: true }, async () => {
      const live = client({ mode: "live", apiKey: SECRET, baseURL: FAKE_OPENAI_URL, maxRetries: 0, timeoutMs: 50 });
      await expect(live.complete(ask("hello"), "p")).rejects.toBeInstanceOf(LlmTimeoutError);
    });
  });

  it("types malformed, empty and refused answers, and records them as they were", async () => {
    await withFakeEndpoint({ rawBody: "<html>oops" }, async () => {
      const live = client({ mode: "live", apiKey: SECRET, baseURL: FAKE_OPENAI_URL });
      await expect(live.complete(ask("hello"), "p")).rejects.toMatchObject({ code: "LLM_MALFORMED_ANSWER" });
    });
    const path = join(dir, "faults.jsonl");
    await withFakeEndpoint({ content: "" }, async () => {
      const recorder = client(recordOptions(path));
      await expect(recorder.complete(ask("empty please"), "p")).rejects.toBeInstanceOf(LlmMalformedAnswerError);
    });
    await withFakeEndpoint({ content: null, refusal: "I can't help with that." }, async () => {
      const recorder = client(recordOptions(path));
      await expect(recorder.complete(ask("refuse please"), "p")).rejects.toMatchObject({ code: "LLM_REFUSED" });
    });
    expect(readCassette(path)).toHaveLength(2);
    const replayer = client({ mode: "replay", cassettePath: path });
    await expect(replayer.complete(ask("empty please"), "p")).rejects.toMatchObject({ code: "LLM_EMPTY_ANSWER" });
    await expect(replayer.complete(ask("refuse please"), "p")).rejects.toMatchObject({ code: "LLM_REFUSED" });
  });
});

describe("budget", () => {
  it("stops before the call past maxCalls, keeping what was recorded", async () => {
    const path = join(dir, "run.jsonl");
    await withFakeEndpoint({}, async (requests) => {
      const recorder = client(recordOptions(path, { budget: { maxCalls: 2 } }));
      await recorder.complete(ask("one"), "p");
      await recorder.complete(ask("two"), "p");
      const error = await recorder.complete(ask("three"), "p").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LlmBudgetExceededError);
      expect((error as LlmBudgetExceededError).code).toBe("LLM_BUDGET_EXCEEDED");
      expect((error as LlmBudgetExceededError).reason).toBe("max-calls");
      expect(recorder.stopReason()).toMatch(/^max-calls/);
      expect(requests).toHaveLength(2);
    });
    expect(readCassette(path).map((e) => e.request.messages[1].content)).toEqual(["one", "two"]);
  });

  it("stops before a call that would pass maxDollars", async () => {
    await withFakeEndpoint({}, async () => {
      // gpt-4-0613: $30 per million prompt tokens, so the first call (11 + 6 tokens) costs $0.00069.
      const live = client({ mode: "live", apiKey: SECRET, baseURL: FAKE_OPENAI_URL, priceAs: "gpt-4-0613", budget: { maxDollars: 0.0008 } });
      await live.complete(ask("one"), "p");
      await expect(live.complete(ask("two"), "p")).rejects.toMatchObject({ reason: "max-dollars" });
      expect(live.ledgerEntries()[0]).toMatchObject({ pricedAs: "gpt-4-0613", priceKnown: true, dollars: 0.00069 });
    });
  });
});

describe("tokens and prices", () => {
  it("counts with gpt-tokenizer when the answer has no usage, and flags unknown models at $0", async () => {
    await withFakeEndpoint({ omitUsage: true }, async () => {
      const live = client({ mode: "live", model: "my-local-llama", apiKey: SECRET, baseURL: FAKE_OPENAI_URL });
      const answer = await live.complete(ask("hello"), "p");
      expect(answer.usage.promptTokens).toBeGreaterThan(10);
      expect(answer.usage.completionTokens).toBeGreaterThan(2);
      expect(live.ledgerEntries()[0]).toMatchObject({ dollars: 0, priceKnown: false, pricedAs: "my-local-llama" });
    });
  });
});
