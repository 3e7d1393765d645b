import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RandomAgent } from "@worldcoder/agents";
import { runSuite } from "../runner/run-suite.js";
import type { Suite } from "../suites/types.js";
import { toyEnvs } from "../testing/toy-envs.js";
import { buildReport } from "./build.js";
import { renderMarkdown } from "./markdown.js";
import { writeReports } from "./write-reports.js";

const baselinesDir = fileURLToPath(new URL("../../../baselines", import.meta.url));
const suite: Suite = {
  name: "toy",
  description: "corridors",
  tracks: [{ id: "corridors", description: "3 then 5", tasks: [{ envId: "Toy-Corridor-3-v0", seeds: [0, 1, 2] }, { envId: "Toy-Corridor-5-v0", seeds: [0, 1] }] }],
  seeds: [0, 1],
  agents: ["random"],
  budget: {},
};

async function toyRecords() {
  const dir = mkdtempSync(join(tmpdir(), "wc-report-"));
  const { records } = await runSuite({
    suite, agents: ["random"], mode: "replay", outDir: dir, cassetteRoot: dir, dataRoot: dir, envs: toyEnvs, createAgent: () => new RandomAgent(),
  });
  return records;
}

describe("reports", () => {
  it("summarizes each env per agent and says 'no log' where no RL log covers it", async () => {
    const report = buildReport(await toyRecords(), { baselinesDir, makeEnv: (id) => toyEnvs.makeEnv(id) });
    expect(report.envs.map((e) => e.envId)).toEqual(["Toy-Corridor-3-v0", "Toy-Corridor-5-v0"]);
    const row = report.envs[0]!.agents[0]!;
    expect(row).toMatchObject({ agent: "random", runs: 2, episodes: 6, llmCalls: 0, llmCallsPerActionAfterLearning: null });
    expect(report.envs[0]!.baselines.every((b) => b.status === "no log")).toBe(true);
    expect(report.envs[0]!.picture).toMatch(/^<svg/);
    expect(renderMarkdown(report)).toContain("no log");
  });

  it("writes byte-identical JSON, Markdown and HTML for the same results", async () => {
    const records = await toyRecords();
    const a = await writeReports(buildReport(records, { baselinesDir }), mkdtempSync(join(tmpdir(), "wc-a-")));
    const b = await writeReports(buildReport(records, { baselinesDir }), mkdtempSync(join(tmpdir(), "wc-b-")));
    for (const key of ["json", "markdown", "html"] as const) expect(readFileSync(a[key], "utf8")).toBe(readFileSync(b[key], "utf8"));
    const html = readFileSync(a.html, "utf8");
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });

  it("puts the RL logs and the DreamerV3 caveat beside agents on the envs the logs cover", () => {
    const record = {
      schema: 1, suite: "x", suiteHash: "h", jobId: "random/m/0", index: 0, agent: "random", track: "m", seed: 0, status: "ok", error: null,
      tasks: [{ envId: "MiniGrid-Empty-5x5-v0", episodes: [{ envId: "MiniGrid-Empty-5x5-v0", seed: 0, steps: 10, success: true, return: 0.9, llmCalls: 0 }], envSteps: 10, successes: 1,
        llmCalls: 0, promptTokens: 0, completionTokens: 0, dollars: 0, envStepsToFirstModel: null, envStepsToFirstReward: 10, episodesToFirstSuccess: 1,
        llmCallsAfterLearning: 0, actionsAfterLearning: 0, program: null, programLines: null, refinements: null, invalidActions: 0, stopReason: null }],
    } as const;
    const report = buildReport([structuredClone(record) as never], { baselinesDir });
    const env = report.envs[0]!;
    expect(env.baselines.find((b) => b.system === "PPO-log")).toMatchObject({ status: "log", thresholdEnvSteps: 6229, firstSuccessEnvSteps: 501 });
    expect(env.baselines.find((b) => b.system === "PPO (RL Zoo, evaluation)")).toEqual({ system: "PPO (RL Zoo, evaluation)", status: "no log" });
    expect(env.curves.map((c) => c.series)).toContain("DreamerV3-log, short CPU run, did not learn");
    expect(renderMarkdown(report)).toMatch(/did not learn/);
    expect(report.paper.some((p) => p.status === "summary")).toBe(false);
  });
});
