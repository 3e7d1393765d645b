import { createServer, type Server } from "node:http";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Agent, RunContext, TaskResult, TaskSpec } from "@worldcoder/agents";
import { RandomAgent } from "@worldcoder/agents";
import type { Suite } from "../suites/types.js";
import { toyEnvs } from "../testing/toy-envs.js";
import { runSuite, type RunSuiteOptions } from "./run-suite.js";

/** Asks the model once per task, then plays like the random agent: enough to exercise the LLM path. */
class AskOnceAgent implements Agent {
  readonly name = "ask-once";
  async runTrack(tasks: TaskSpec[], context: RunContext): Promise<TaskResult[]> {
    const results = await new RandomAgent().runTrack(tasks, context);
    for (const [i, task] of tasks.entries()) {
      const answer = await context.llm!.complete({ messages: [{ role: "user", content: `plan for ${task.envId}, seed ${context.seed}` }], temperature: 0 }, "test-ask");
      const totals = context.llm!.totals();
      Object.assign(results[i]!, { llmCalls: 1, promptTokens: answer.usage.promptTokens, completionTokens: answer.usage.completionTokens, dollars: totals.dollars, program: answer.content, programLines: 1 });
    }
    return results;
  }
}

/** A loopback stand-in for an OpenAI-compatible endpoint, only needed while recording. */
let server: Server;
let baseURL: string;
beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const prompt = (JSON.parse(body) as { messages: { content: string }[] }).messages[0]!.content;
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({
        id: "x", object: "chat.completion", created: 0, model: "fake-model",
        choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content: `answer to: ${prompt}` } }],
        usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 },
      }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address() as { port: number };
  baseURL = `http://127.0.0.1:${address.port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  vi.unstubAllEnvs();
});

const suite: Suite = {
  name: "toy-llm",
  description: "one corridor, asked about",
  tracks: [{ id: "corridor", description: "", tasks: [{ envId: "Toy-Corridor-3-v0", seeds: [0, 1] }] }],
  seeds: [0, 1],
  agents: ["ask-once"],
  budget: { maxLlmCalls: 5 },
  priceAs: "gpt-4-0613",
};

function options(outDir: string, cassetteRoot: string, mode: RunSuiteOptions["mode"]): RunSuiteOptions {
  return { suite, agents: ["ask-once"], mode, outDir, cassetteRoot, dataRoot: outDir, envs: toyEnvs, createAgent: () => new AskOnceAgent(), needsLlm: () => true };
}

describe("runner with an LLM agent", () => {
  it("records one cassette per job, then replays it offline to the same results", async () => {
    const cassettes = mkdtempSync(join(tmpdir(), "wc-cassettes-"));
    vi.stubEnv("OPENAI_BASE_URL", baseURL);
    vi.stubEnv("WORLDCODER_MODEL", "fake-model");
    const recorded = mkdtempSync(join(tmpdir(), "wc-rec-"));
    const record = await runSuite(options(recorded, cassettes, "record"));
    expect(record.records.every((r) => r.status === "ok")).toBe(true);
    expect(readFileSync(join(cassettes, "toy-llm", "ask-once-corridor-1.jsonl"), "utf8")).toContain("plan for Toy-Corridor-3-v0, seed 1");

    vi.stubEnv("OPENAI_BASE_URL", "");
    const replayed = mkdtempSync(join(tmpdir(), "wc-rep-"));
    const replay = await runSuite(options(replayed, cassettes, "replay"));
    expect(replay.records.every((r) => r.status === "ok")).toBe(true);
    // Jobs byte for byte; the manifest lines differ in mode only, and name the same cassette bytes.
    const jobLines = (dir: string) => readFileSync(join(dir, "results.jsonl"), "utf8").split("\n").slice(1).join("\n");
    expect(jobLines(replayed)).toBe(jobLines(recorded));
    expect(Object.keys(record.manifest.comparable!.cassettes)).toContain("toy-llm/ask-once-corridor-1.jsonl");
    expect(replay.manifest.comparable).toEqual(record.manifest.comparable);
    const task = replay.records[0]!.tasks[0]!;
    expect(task).toMatchObject({ llmCalls: 1, promptTokens: 11, completionTokens: 7 });
    expect(task.dollars).toBeGreaterThan(0);
    expect(replay.records[0]!.llm).toEqual({ model: "fake-model", pricedAs: "gpt-4-0613" });
  });

  it("refuses to replay without the cassettes, naming them", async () => {
    const empty = mkdtempSync(join(tmpdir(), "wc-none-"));
    await expect(runSuite(options(mkdtempSync(join(tmpdir(), "wc-out-")), empty, "replay"))).rejects.toThrow(/ask-once-corridor-0\.jsonl/);
  });
});
