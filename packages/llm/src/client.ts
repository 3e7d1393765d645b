import { performance } from "node:perf_hooks";
import OpenAI, { APIError } from "openai";
import type { JsonObject, LedgerTotals } from "@worldcoder/core";
import { WorldCoderError } from "@worldcoder/core";
import {
  CassetteWriter,
  readCassette,
  cassettePathFor,
  type CassetteExchange,
  type EndpointKind,
  type Provenance,
} from "./cassette.js";
import { readCompletion } from "./completion.js";
import { llmConfigFromEnv, type LlmMode } from "./config.js";
import { findClosestRecording } from "./closest-recording.js";
import { CassetteMissError, LlmBudgetExceededError, LlmConfigError, LlmMalformedAnswerError } from "./errors.js";
import { CallLedger, type LlmLedgerEntry } from "./ledger.js";
import { defaultPriceTable, priceCall, type PriceTable } from "./prices.js";
import { redactSecrets } from "./redact.js";
import { CASSETTE_HEADER, MISS_ERROR_TYPE, OCCURRENCE_HEADER, REPLAY_BASE_URL, attachReplaySource } from "./replay-server.js";
import { promptStart, recordingKey, requestHash, type WireRequest } from "./request-key.js";
import { fromSdkError } from "./sdk-errors.js";
import { countChatTokens, countTextTokens } from "./tokens.js";
import type { ChatRequest, ChatResponse, LlmClient } from "./types.js";

/** Response headers by which the bridge names who answered (see bridge/server.ts). */
export const ANSWERED_BY_HEADER = "x-worldcoder-answered-by";
export const BRIDGE_VERSION_HEADER = "x-worldcoder-bridge-version";

export interface LlmBudget {
  /** Calls started in this client's life, failed ones included. */
  maxCalls?: number;
  maxDollars?: number;
}

export interface LlmClientOptions {
  /** Default: WORLDCODER_MODE, else `replay`. */
  mode?: LlmMode;
  /** The cassette file; or give `cassette` and it is `<root>/<suite>/<run>.jsonl`. Not needed in `live`. */
  cassettePath?: string;
  cassette?: { root: string; suite: string; run: string };
  /** Default: WORLDCODER_MODEL, else `bridge/assistant`. */
  model?: string;
  /** Defaults for requests that do not set their own. Default: WORLDCODER_TEMPERATURE / WORLDCODER_SEED. */
  temperature?: number;
  seed?: number;
  maxTokens?: number;
  budget?: LlmBudget;
  /** Price calls at this model's list price (bridge runs: "at gpt-4-0613 list price"). */
  priceAs?: string;
  prices?: PriceTable;
  /** Default: OPENAI_API_KEY / OPENAI_BASE_URL. Never read in `replay`. */
  apiKey?: string;
  baseURL?: string;
  /** Per-attempt time-out of a live call (default 10 minutes; 40 for a loopback server such as the bridge). */
  timeoutMs?: number;
  /** The SDK's own retries of 408/409/429/5xx with backoff, live and record only (default 2). Replay never retries. */
  maxRetries?: number;
  /** Provenance for recorded exchanges when the server does not say (default: the model it reports). */
  answeredBy?: string;
  /** Shown by a replay miss as the command that re-records this run (the bench runner names its job); default: a generic one. */
  rerecordCommand?: string;
  /** Where configuration defaults are read (default `process.env`). */
  env?: Record<string, string | undefined>;
}

/** An `LlmClient` that owns resources (a cassette, a share of the replay server). */
export interface ManagedLlmClient extends LlmClient {
  readonly mode: LlmMode;
  readonly model: string;
  readonly cassettePath: string | undefined;
  ledgerEntries(): readonly LlmLedgerEntry[];
  /** Why calls stopped (the budget reached), or null. */
  stopReason(): string | null;
  /** Releases the replay server; further calls fail. Idempotent. */
  close(): Promise<void>;
}

/**
 * `fetch` for the SDK. Looked up per call, so that MSW's interception (installed when replay
 * starts) is always the one used. Error bodies are buffered first: before a retry the SDK
 * cancels the failed response's stream, and cancelling a stream MSW produced never settles
 * (msw 2.15), which would hang every retried call under a test double or in replay.
 */
async function fetchForSdk(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const response = await globalThis.fetch(input, init);
  if (response.ok) return response;
  const body = await response.arrayBuffer();
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** The bridge sends the answerer's name URI-encoded: a header carries no arbitrary Unicode. */
function answeredByHeader(headers: Headers): string | undefined {
  const raw = headers.get(ANSWERED_BY_HEADER);
  if (raw === null) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function endpointKind(baseURL: string | undefined): EndpointKind {
  if (!baseURL) return "openai";
  let host: string;
  try {
    host = new URL(baseURL).hostname;
  } catch {
    return "other";
  }
  if (host === "api.openai.com") return "openai";
  if (host.endsWith(".openai.azure.com") || host.endsWith(".azure.com")) return "azure";
  if (host.endsWith("openrouter.ai")) return "openrouter";
  if (host === "localhost" || host === "127.0.0.1" || host === "::1" || host === "[::1]") return "local";
  return "other";
}

/**
 * Creates the project's door to a model. `replay` serves the cassette through MSW with the
 * network closed; `record` serves what the cassette already holds (so an interrupted run
 * resumes) and calls the endpoint for the rest, appending each exchange as it arrives;
 * `live` calls and writes nothing.
 */
export function createLlmClient(options: LlmClientOptions = {}): ManagedLlmClient {
  const env = llmConfigFromEnv(options.env ?? process.env);
  const mode = options.mode ?? env.mode;
  const model = options.model ?? env.model;
  const defaults = {
    temperature: options.temperature ?? env.temperature,
    seed: options.seed ?? env.seed,
    maxTokens: options.maxTokens,
  };
  const budget = options.budget ?? {};
  const prices = options.prices ?? defaultPriceTable;
  const pricingModel = options.priceAs ?? model;
  const cassettePath =
    options.cassettePath ?? (options.cassette ? cassettePathFor(options.cassette.root, options.cassette.suite, options.cassette.run) : undefined);
  if (mode !== "live" && !cassettePath) {
    throw new LlmConfigError(`mode ${mode} needs a cassette (cassettePath, or cassette: {root, suite, run})`);
  }

  const apiKey = mode === "replay" ? undefined : (options.apiKey ?? env.apiKey);
  const baseURL = mode === "replay" ? REPLAY_BASE_URL : (options.baseURL ?? env.baseURL);
  if (mode !== "replay" && !apiKey && !baseURL) {
    throw new LlmConfigError(`mode ${mode} calls a model: set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (any compatible server, e.g. the bridge)`);
  }
  const secrets = [apiKey];
  const kind = mode === "replay" ? "other" : endpointKind(baseURL);

  // The recorded exchanges by key (replay serves them; record resumes from them), and in cassette
  // order with the keys replayed so far: a miss is explained against the next one not replayed.
  const exchanges = cassettePath && mode !== "live" ? readCassette(cassettePath) : [];
  const recorded = new Map<string, CassetteExchange>();
  for (const exchange of exchanges) recorded.set(exchange.key, exchange);
  const replayed = new Set<string>();
  const writer = mode === "record" && cassettePath ? new CassetteWriter(cassettePath, secrets) : undefined;
  const replay = mode === "replay" ? attachReplaySource({ lookup: (key) => recorded.get(key) }) : undefined;

  const sdk = new OpenAI({
    // Local servers (the bridge, vLLM, Ollama…) take any key; the SDK insists on one.
    apiKey: apiKey ?? "no-key",
    baseURL,
    maxRetries: mode === "replay" ? 0 : (options.maxRetries ?? 2),
    // A bridge waits up to 30 minutes for its answerer: a shorter client time-out would give
    // up first, and its retry would put the same request in the inbox twice.
    timeout: options.timeoutMs ?? (kind === "local" ? 40 * 60_000 : 10 * 60_000),
    fetch: fetchForSdk,
    defaultHeaders: replay ? { [CASSETTE_HEADER]: replay.id } : undefined,
  });

  const ledger = new CallLedger();
  const occurrences = new Map<string, number>();
  let started = 0;
  let closed = false;
  let stop: string | null = null;

  function stopWith(reason: "max-calls" | "max-dollars", message: string): never {
    stop = `${reason}: ${message}`;
    throw new LlmBudgetExceededError(reason, message);
  }

  async function checkDollars(request: WireRequest): Promise<void> {
    if (budget.maxDollars !== undefined) {
      const spent = ledger.totals().dollars;
      const promptTokens = await countChatTokens(request.messages, pricingModel);
      const next = priceCall(pricingModel, promptTokens, 0, prices).dollars;
      if (spent >= budget.maxDollars || spent + next > budget.maxDollars) {
        stopWith("max-dollars", `the run's budget of $${budget.maxDollars} would be exceeded ($${spent} spent, this prompt ~$${next})`);
      }
    }
  }

  function missError(request: WireRequest, occurrence: number, purpose: string): CassetteMissError {
    return new CassetteMissError({
      key: recordingKey(request, occurrence),
      cassettePath: cassettePath ?? "",
      purpose,
      occurrence,
      promptStart: promptStart(request.messages),
      closest: findClosestRecording(exchanges, { request, purpose, replayed }),
      ...(options.rerecordCommand ? { rerecordCommand: options.rerecordCommand } : {}),
    });
  }

  async function callEndpoint(request: WireRequest, occurrence: number, purpose: string): Promise<{ body: unknown; headers: Headers; latencyMs: number }> {
    const t0 = performance.now();
    const headers: Record<string, string> = {};
    if (replay) headers[OCCURRENCE_HEADER] = String(occurrence);
    let response: Response;
    try {
      response = await sdk.chat.completions
        .create({ ...request, stream: false } as OpenAI.Chat.ChatCompletionCreateParamsNonStreaming, { headers })
        .asResponse();
    } catch (error) {
      if (error instanceof APIError && error.status === 404 && (error.error as { type?: string } | undefined)?.type === MISS_ERROR_TYPE) {
        throw missError(request, occurrence, purpose);
      }
      throw fromSdkError(error, secrets);
    }
    const text = await response.text();
    const latencyMs = Math.round(performance.now() - t0);
    try {
      return { body: JSON.parse(text), headers: response.headers, latencyMs };
    } catch (error) {
      const start = redactSecrets(text.slice(0, 120), secrets);
      throw new LlmMalformedAnswerError("LLM_MALFORMED_ANSWER", `the endpoint's answer is not JSON: ${JSON.stringify(start)}`, { cause: error });
    }
  }

  async function usageOf(request: WireRequest, body: unknown): Promise<CassetteExchange["usage"]> {
    const usage = (body as { usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } } | null)?.usage;
    if (typeof usage?.prompt_tokens === "number" && typeof usage.completion_tokens === "number") {
      return { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens, source: "api" };
    }
    const content = (body as { choices?: { message?: { content?: unknown } }[] } | null)?.choices?.[0]?.message?.content;
    return {
      promptTokens: await countChatTokens(request.messages, pricingModel),
      completionTokens: typeof content === "string" ? await countTextTokens(content, pricingModel) : 0,
      source: "tokenizer",
    };
  }

  async function complete(chat: ChatRequest, purpose: string): Promise<ChatResponse> {
    if (closed) throw new WorldCoderError("LLM_CLIENT_CLOSED", "this LLM client was closed");
    const request: WireRequest = { model, messages: chat.messages.map((m) => ({ role: m.role, content: m.content })) };
    const temperature = chat.temperature ?? defaults.temperature;
    if (temperature !== undefined) request.temperature = temperature;
    const seed = chat.seed ?? defaults.seed;
    if (seed !== undefined) request.seed = seed;
    const maxTokens = chat.maxTokens ?? defaults.maxTokens;
    if (maxTokens !== undefined) request.max_tokens = maxTokens;
    if (chat.stop && chat.stop.length > 0) request.stop = [...chat.stop];

    if (budget.maxCalls !== undefined && started >= budget.maxCalls) {
      stopWith("max-calls", `the run's budget of ${budget.maxCalls} LLM calls is spent`);
    }
    // Occurrence and ledger slot are taken synchronously, in call order, before any await:
    // concurrent calls then get the same keys and the same ledger order on every replay.
    const hash = requestHash(request);
    const occurrence = occurrences.get(hash) ?? 0;
    occurrences.set(hash, occurrence + 1);
    const key = recordingKey(request, occurrence);
    const slot = ledger.reserve();
    started += 1;
    await checkDollars(request);

    let exchange = recorded.get(key);
    let cache: LlmLedgerEntry["cache"];
    if (mode === "replay") {
      // Through MSW and the SDK, as the live call went: the answer read is the body served.
      const { body } = await callEndpoint(request, occurrence, purpose);
      if (!exchange) throw missError(request, occurrence, purpose);
      replayed.add(key);
      exchange = { ...exchange, response: body as JsonObject };
      cache = "hit";
    } else if (exchange && mode === "record") {
      cache = "hit";
    } else {
      const { body, headers, latencyMs } = await callEndpoint(request, occurrence, purpose);
      const usage = await usageOf(request, body);
      const reportedModel = typeof (body as { model?: unknown })?.model === "string" ? (body as { model: string }).model : model;
      const bridgeVersion = headers.get(BRIDGE_VERSION_HEADER) ?? undefined;
      const provenance: Provenance = {
        endpoint: bridgeVersion ? "bridge" : kind,
        model: reportedModel,
        date: new Date().toISOString(),
        answeredBy: answeredByHeader(headers) ?? options.answeredBy ?? `model ${reportedModel}`,
      };
      if (bridgeVersion) provenance.bridgeVersion = bridgeVersion;
      // Scrubbed before anyone sees it: an endpoint that echoes a key must not pass it on.
      exchange = JSON.parse(
        redactSecrets(JSON.stringify({ v: 1, key, occurrence, purpose, request, response: body as JsonObject, usage, latencyMs, provenance }), secrets),
      ) as CassetteExchange;
      // Written before the answer is read: a refusal or an empty answer is a result too.
      writer?.append(exchange);
      if (writer) recorded.set(key, exchange);
      cache = mode === "record" ? "miss" : "live";
    }

    const usage = exchange.usage;
    const priced = priceCall(pricingModel, usage.promptTokens, usage.completionTokens, prices);
    ledger.settle(slot, {
      purpose,
      model,
      promptTokens: usage.promptTokens,
      completionTokens: usage.completionTokens,
      dollars: priced.dollars,
      latencyMs: exchange.latencyMs,
      cache,
      pricedAs: priced.pricedAs,
      priceKnown: priced.known,
    });
    const read = readCompletion(exchange.response);
    return {
      content: read.content,
      finishReason: read.finishReason,
      model: read.model ?? model,
      usage: { promptTokens: usage.promptTokens, completionTokens: usage.completionTokens },
      fromCassette: cache === "hit",
    };
  }

  return {
    mode,
    model,
    cassettePath,
    complete,
    ledgerEntries: () => ledger.entries(),
    totals: (): LedgerTotals => ledger.totals(),
    stopReason: () => stop,
    close: async () => {
      if (closed) return;
      closed = true;
      replay?.detach();
    },
  };
}
