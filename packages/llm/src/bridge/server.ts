import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { ANSWERED_BY_HEADER, BRIDGE_VERSION_HEADER } from "../client.js";
import { countChatTokens, countTextTokens } from "../tokens.js";
import type { ChatMessage } from "../types.js";
import { STOP_FILE, answerPath, nextRequestNumber, readAnswer, requestName, writeRequest, type InboxRequest } from "./inbox.js";

export interface BridgeOptions {
  /** Folder the requests are written to and the answers read from. */
  inbox: string;
  /** 0 picks a free port. */
  port?: number;
  /** Only for tests of the loopback check: the bridge always refuses non-loopback clients. */
  host?: string;
  /** The model id the bridge reports (`model` of cassettes and ledgers). */
  modelId?: string;
  /** Who answers, when an answer's front matter does not say. */
  answeredBy?: string;
  /** How long to wait for an answer before a 504 (default 30 minutes). */
  timeoutMs?: number;
  /** How often the inbox is looked at (default 250 ms). */
  pollMs?: number;
  /** Token counts use this model's encoding (default the bridge's model id, i.e. o200k_base). */
  countTokensAs?: string;
  /** Called for people: a request written, an answer sent. */
  log?: (message: string) => void;
}

export interface RunningBridge {
  /** Base URL for OPENAI_BASE_URL, e.g. `http://127.0.0.1:8787/v1`. */
  url: string;
  port: number;
  /** Stops listening, fails waiting requests, and writes STOP so answerers stop too. */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 20 * 1024 * 1024;

function bridgeVersion(): string {
  // src/bridge and dist/bridge are both two levels below package.json.
  const url = new URL("../../package.json", import.meta.url);
  return (JSON.parse(readFileSync(url, "utf8")) as { version: string }).version;
}

/** True for the loopback addresses Node reports (IPv4, IPv6, IPv4-mapped IPv6). */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
  return plain === "::1" || /^127\.\d+\.\d+\.\d+$/.test(plain);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, type: string, message: string): void {
  // The client's SDK retries 5xx; a person's missing answer is not worth waiting for twice more.
  sendJson(res, status, { error: { message, type, code: type } }, { "x-should-retry": "false" });
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Cuts the answer at the first stop sequence, as a model server would. */
function applyStop(content: string, stop: readonly string[] | undefined): string {
  let end = content.length;
  for (const s of stop ?? []) {
    const at = content.indexOf(s);
    if (s && at >= 0 && at < end) end = at;
  }
  return content.slice(0, end);
}

function parseRequest(body: unknown, model: string): InboxRequest | string {
  if (typeof body !== "object" || body === null) return "the body is not a JSON object";
  const b = body as Record<string, unknown>;
  if (b.stream === true) return "the bridge does not stream: send stream: false";
  if (!Array.isArray(b.messages) || b.messages.length === 0) return "`messages` must be a non-empty array";
  const messages: ChatMessage[] = [];
  for (const m of b.messages as { role?: unknown; content?: unknown }[]) {
    if (m.role !== "system" && m.role !== "user" && m.role !== "assistant") return `unsupported role ${JSON.stringify(m.role)}`;
    const content =
      typeof m.content === "string"
        ? m.content
        : Array.isArray(m.content)
          ? (m.content as { type?: string; text?: string }[]).map((part) => (part.type === "text" ? (part.text ?? "") : "")).join("")
          : "";
    messages.push({ role: m.role, content });
  }
  const request: InboxRequest = { model: typeof b.model === "string" ? b.model : model, messages };
  if (typeof b.temperature === "number") request.temperature = b.temperature;
  const maxTokens = typeof b.max_tokens === "number" ? b.max_tokens : b.max_completion_tokens;
  if (typeof maxTokens === "number") request.max_tokens = maxTokens;
  if (typeof b.seed === "number") request.seed = b.seed;
  if (typeof b.stop === "string") request.stop = [b.stop];
  else if (Array.isArray(b.stop)) request.stop = b.stop.map(String);
  return request;
}

/**
 * Starts the bridge: an OpenAI-compatible chat endpoint on loopback whose "model" is whoever
 * answers the inbox. Each request becomes `NNNN.request.md` (+ `.json`); the bridge waits
 * for `NNNN.answer.md` to be complete and returns it as a chat completion, with usage counted
 * by gpt-tokenizer and the answerer named in response headers (the client records them as
 * provenance). Request headers, Authorization included, are never written anywhere.
 */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const inbox = resolve(options.inbox);
  const modelId = options.modelId ?? "bridge/assistant";
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  const pollMs = options.pollMs ?? 250;
  const version = bridgeVersion();
  const log = options.log ?? (() => {});
  mkdirSync(inbox, { recursive: true });
  // A STOP left by an earlier session would stop the new answerers at once.
  rmSync(join(inbox, STOP_FILE), { force: true });
  let next = nextRequestNumber(inbox);
  let closing = false;
  const waiting = new Set<() => void>();

  async function waitForAnswer(n: number): Promise<ReturnType<typeof readAnswer> | "timeout" | "stopped"> {
    const path = answerPath(inbox, n);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const answer = readAnswer(path);
      if (answer) return answer;
      if (closing || existsSync(join(inbox, STOP_FILE))) return "stopped";
      if (Date.now() >= deadline) return "timeout";
      await new Promise<void>((wake) => {
        const timer = setTimeout(done, Math.min(pollMs, Math.max(1, deadline - Date.now())));
        function done(): void {
          clearTimeout(timer);
          waiting.delete(done);
          wake();
        }
        waiting.add(done);
      });
    }
  }

  async function handleCompletion(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: unknown;
    try {
      body = JSON.parse(await readBody(req));
    } catch (error) {
      sendError(res, 400, "invalid_request_error", `the body is not JSON: ${(error as Error).message}`);
      return;
    }
    const request = parseRequest(body, modelId);
    if (typeof request === "string") {
      sendError(res, 400, "invalid_request_error", request);
      return;
    }
    const n = next++;
    writeRequest(inbox, n, request);
    log(`request ${requestName(n)} written: waiting for ${answerPath(inbox, n)}`);
    const answer = await waitForAnswer(n);
    if (answer === "timeout" || answer === undefined) {
      log(`request ${requestName(n)}: no answer after ${Math.round(timeoutMs / 1000)} s`);
      sendError(
        res,
        504,
        "bridge_timeout",
        `no complete answer in ${answerPath(inbox, n)} after ${Math.round(timeoutMs / 1000)} s (an answer file must end with its end-marker line); raise --timeout or start an answerer on the inbox`,
      );
      return;
    }
    if (answer === "stopped") {
      sendError(res, 503, "bridge_stopped", `the bridge stopped (STOP file or shutdown) before ${answerPath(inbox, n)} was answered`);
      return;
    }
    const content = applyStop(answer.content, request.stop);
    const countAs = options.countTokensAs ?? modelId;
    const promptTokens = await countChatTokens(request.messages, countAs);
    const completionTokens = await countTextTokens(content, countAs);
    const answeredBy = answer.answeredBy ?? options.answeredBy ?? "unnamed answerer via bridge";
    log(`request ${requestName(n)} answered by ${answeredBy}`);
    sendJson(
      res,
      200,
      {
        id: `chatcmpl-bridge-${requestName(n)}`,
        object: "chat.completion",
        // Seconds of the answer, as OpenAI reports `created`.
        created: Math.floor(Date.now() / 1000),
        model: modelId,
        choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop", logprobs: null }],
        usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
      },
      { [ANSWERED_BY_HEADER]: encodeURIComponent(answeredBy), [BRIDGE_VERSION_HEADER]: version },
    );
  }

  const server: Server = createServer((req, res) => {
    if (!isLoopback(req.socket.remoteAddress)) {
      sendError(res, 403, "forbidden", "the bridge only serves clients on this machine (loopback)");
      return;
    }
    const path = (req.url ?? "/").split("?")[0].replace(/\/+$/, "");
    if (req.method === "POST" && (path === "/v1/chat/completions" || path === "/chat/completions")) {
      handleCompletion(req, res).catch((error: unknown) => {
        if (!res.headersSent) sendError(res, 500, "bridge_error", (error as Error).message);
      });
      return;
    }
    if (req.method === "GET" && (path === "/v1/models" || path === "/models")) {
      sendJson(res, 200, { object: "list", data: [{ id: modelId, object: "model", created: 0, owned_by: "worldcoder-bridge" }] });
      return;
    }
    sendError(res, 404, "not_found", `the bridge serves POST /v1/chat/completions, not ${req.method} ${path}`);
  });

  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    close: async () => {
      if (closing) return;
      closing = true;
      writeFileSync(join(inbox, STOP_FILE), "The bridge has stopped: answer no more requests.\n");
      for (const wake of [...waiting]) wake();
      const closed = new Promise<void>((done) => server.close(() => done()));
      // Keep-alive connections would hold close() open; the woken requests have been answered.
      setImmediate(() => server.closeAllConnections());
      await closed;
    },
  };
}
