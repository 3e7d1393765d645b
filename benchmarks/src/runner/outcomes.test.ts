import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ReactAgent, type Agent } from "@worldcoder/agents";
import { LlmTimeoutError, LlmUnavailableError } from "@worldcoder/llm";
import { ScriptedLlm } from "@worldcoder/llm/testing";
import { buildReport } from "../report/build.js";
import { renderMarkdown } from "../report/markdown.js";
import type { Suite } from "../suites/types.js";
import { toyEnvs } from "../testing/toy-envs.js";
import { runSuite, type RunSuiteOptions } from "./run-suite.js";

const baselinesDir = fileURLToPath(new URL("../../../baselines", import.meta.url));
const suite: Suite = {
  name: "toy",
  description: "corridors",
  tracks: [
    { id: "short", description: "length 3", tasks: [{ envId: "Toy-Corridor-3-v0", seeds: [0, 1] }] },
    { id: "long", description: "length 5", tasks: [{ envId: "Toy-Corridor-5-v0", seeds: [0] }] },
  ],
  seeds: [0, 1, 2, 3],
  agents: ["react"],
  budget: {},
};

/** What the endpoint does to a job's first call, by job seed: the errors the LLM client raises after its retries. */
const faults: Record<number, () => Error> = {
  1: () => new LlmUnavailableError("the model endpoint is rate-limited (HTTP 429) after retries", 429),
  2: () => new LlmTimeoutError("the model endpoint did not answer in time"),
  3: () => new LlmUnavailableError("the model endpoint is failing (HTTP 503) after retries", 503),
};

/**
 * The ReAct agent with a scripted model (always "go right", which solves a corridor), and the
 * fault of its job seed on the first call when `faulty`.
 */
function reactAgent(faulty: boolean, started: string[]): () => Agent {
  return () => ({
    name: "react",
    runTrack: (tasks, context) => {
      started.push(`${tasks[0]!.envId}/${context.seed}`);
      const fault = faulty ? faults[context.seed] : undefined;
      const llm = new ScriptedLlm((_request, _purpose, index) => (fault && index === 0 ? fault() : "Thought: the end is right.\nAction: 1"));
      return new ReactAgent().runTrack(tasks, { ...context, llm });
    },
  });
}

/** The long corridor's env fails to build while `broken`: a harness fault (a plain Error, code UNEXPECTED). */
function envs(broken: boolean): NonNullable<RunSuiteOptions["envs"]> {
  return {
    listEnvIds: toyEnvs.listEnvIds,
    makeEnv: (id, options) => {
      if (broken && id === "Toy-Corridor-5-v0") throw new Error("the level store is unreachable");
      return toyEnvs.makeEnv(id, options);
    },
  };
}

function run(outDir: string, faulty: boolean, started: string[], extra: Partial<RunSuiteOptions> = {}) {
  return runSuite({
    suite, agents: ["react"], mode: "replay", outDir, cassetteRoot: outDir, dataRoot: outDir,
    envs: envs(faulty), createAgent: reactAgent(faulty, started), needsLlm: () => false, concurrency: 2, ...extra,
  });
}

const outcomesOf = (record: { tasks: { episodes: { outcome: string; steps: number }[] }[] }) => record.tasks.flatMap((t) => t.episodes.map((e) => e.outcome));

describe("failed jobs: their episodes, categorised, out of the success rate, and run again by --retry-infra", () => {
  it("counts a rate limit, a time-out and a 5xx as llm_infra_error and a harness fault as harness_error, never as the agent's", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wc-outcomes-"));
    const { records } = await run(dir, true, []);
    const byJob = Object.fromEntries(records.map((r) => [r.jobId, r]));
    expect(outcomesOf(byJob["react/short/0"]!)).toEqual(["success", "success"]);
    for (const seed of [1, 2, 3]) {
      const record = byJob[`react/short/${seed}`]!;
      expect(record.status).toBe("error");
      expect(outcomesOf(record)).toEqual(["llm_infra_error", "llm_infra_error"]);
      expect(record.tasks.flatMap((t) => t.episodes.map((e) => e.steps))).toEqual([0, 0]);
    }
    expect([1, 2, 3].map((seed) => byJob[`react/short/${seed}`]!.error!.code)).toEqual(["LLM_RATE_LIMITED", "LLM_TIMEOUT", "LLM_UNAVAILABLE"]);
    for (const seed of [0, 1, 2, 3]) {
      expect(byJob[`react/long/${seed}`]).toMatchObject({ status: "error", error: { code: "UNEXPECTED" } });
      expect(outcomesOf(byJob[`react/long/${seed}`]!)).toEqual(["harness_error"]);
    }

    const report = buildReport(records, { baselinesDir });
    expect(report.outcomes).toEqual([
      { agent: "react", track: "short", episodes: 8, counts: expect.objectContaining({ success: 2, llm_infra_error: 6, harness_error: 0 }), notCounted: 6, successRate: 1 },
      { agent: "react", track: "long", episodes: 4, counts: expect.objectContaining({ success: 0, harness_error: 4 }), notCounted: 4, successRate: null },
    ]);
    const short = report.envs.find((e) => e.envId === "Toy-Corridor-3-v0")!.agents[0]!;
    expect(short).toMatchObject({ episodes: 2, successes: 2, successRate: 1, notCounted: 6 });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain("## Episode outcomes");
    expect(markdown).toContain("| react | short | 8 | 2 | 0 | 0 | 0 | 0 | 6 | 0 | 100.0 % (2/2) |");
    expect(markdown).toMatch(/leaves them out of its denominator \(10 episode\(s\) here\)/);
    // The env's agent row: one run (the failed jobs are not runs), the rate over the 2 counted episodes.
    expect(markdown).toContain("| react | 1 | 100.0 % [34.2, 100.0] (2/2), 6 not counted (infra/harness) |");
  });

  it("--retry-infra runs only the spoiled jobs again and ends where a clean run ends", async () => {
    const clean = mkdtempSync(join(tmpdir(), "wc-clean-"));
    await run(clean, false, []);
    const dir = mkdtempSync(join(tmpdir(), "wc-retry-"));
    await run(dir, true, []);
    const started: string[] = [];
    const retried = await run(dir, false, started, { retryInfra: true });
    expect(retried.resumed).toBe(1);
    expect(started.sort()).toEqual(["Toy-Corridor-3-v0/1", "Toy-Corridor-3-v0/2", "Toy-Corridor-3-v0/3", "Toy-Corridor-5-v0/0", "Toy-Corridor-5-v0/1", "Toy-Corridor-5-v0/2", "Toy-Corridor-5-v0/3"]);
    expect(readFileSync(join(dir, "results.jsonl"), "utf8")).toBe(readFileSync(join(clean, "results.jsonl"), "utf8"));
    // Nothing left to retry: a second retry runs nothing.
    const again: string[] = [];
    await run(dir, false, again, { retryInfra: true });
    expect(again).toEqual([]);
  });

  it("--retry-infra needs an existing run", async () => {
    await expect(run(mkdtempSync(join(tmpdir(), "wc-none-")), false, [], { retryInfra: true })).rejects.toThrow(/--retry-infra .* does not exist/);
  });
});
