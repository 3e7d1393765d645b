import { mkdtempSync, readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RandomAgent } from "@worldcoder/agents";
import { toyEnvs } from "../testing/toy-envs.js";
import type { Suite } from "../suites/types.js";
import { mergeResults } from "./merge.js";
import { runSuite, type RunSuiteOptions } from "./run-suite.js";

const toySuite: Suite = {
  name: "toy",
  description: "corridors",
  tracks: [
    { id: "short", description: "length 3", tasks: [{ envId: "Toy-Corridor-3-v0", seeds: [0, 1, 2] }] },
    { id: "curriculum", description: "3 then 5", tasks: [{ envId: "Toy-Corridor-3-v0", seeds: [0] }, { envId: "Toy-Corridor-5-v0", seeds: [0, 1] }] },
  ],
  seeds: [0, 1, 2],
  agents: ["random", "random-b"],
  budget: {},
};

const tempDir = () => mkdtempSync(join(tmpdir(), "wc-bench-"));

function options(outDir: string, extra: Partial<RunSuiteOptions> = {}): RunSuiteOptions {
  return {
    suite: toySuite,
    agents: ["random", "random-b"],
    mode: "replay",
    outDir,
    cassetteRoot: join(outDir, "no-cassettes"),
    dataRoot: outDir,
    envs: toyEnvs,
    createAgent: () => new RandomAgent(),
    needsLlm: (agent) => agent === "worldcoder",
    concurrency: 3,
    ...extra,
  };
}

const resultsOf = (dir: string) => readFileSync(join(dir, "results.jsonl"), "utf8");

describe("runSuite", () => {
  it("runs every agent × track × seed job and writes them in job order", async () => {
    const dir = tempDir();
    const result = await runSuite(options(dir));
    expect(result.records.map((r) => r.jobId)).toEqual([
      "random/short/0", "random/short/1", "random/short/2", "random/curriculum/0", "random/curriculum/1", "random/curriculum/2",
      "random-b/short/0", "random-b/short/1", "random-b/short/2", "random-b/curriculum/0", "random-b/curriculum/1", "random-b/curriculum/2",
    ]);
    expect(result.records.every((r) => r.status === "ok")).toBe(true);
    // The manifest line, then one line per job.
    expect(resultsOf(dir).trim().split("\n")).toHaveLength(13);
    expect(resultsOf(dir).split("\n")[0]).toMatch(/^\{"manifest":\{"agents":/);
    expect(resultsOf(dir)).not.toContain("wallMs");
    expect(readFileSync(join(dir, "timings.jsonl"), "utf8")).toContain("wallMs");
  });

  it("gives byte-identical results for the same suite and seeds, whatever the concurrency", async () => {
    const a = tempDir();
    const b = tempDir();
    await runSuite(options(a, { concurrency: 1 }));
    await runSuite(options(b, { concurrency: 4 }));
    expect(resultsOf(a)).toBe(resultsOf(b));
  });

  it("resumes a run killed midway (with a torn last line) to the same bytes as an uninterrupted run", async () => {
    const whole = tempDir();
    await runSuite(options(whole));
    const killed = tempDir();
    let finished = 0;
    await expect(
      runSuite(options(killed, {
        concurrency: 1,
        onEvent: (event) => {
          if (event.type === "job-done" && ++finished === 5) throw new Error("killed");
        },
      })),
    ).rejects.toThrow("killed");
    appendFileSync(join(killed, "results.jsonl"), '{"schema":1,"suite":"toy","jobId":"ran');
    const resumed = await runSuite(options(killed, { resume: true }));
    expect(resumed.resumed).toBe(5);
    expect(resumed.ran).toBe(7);
    expect(resultsOf(killed)).toBe(resultsOf(whole));
  });

  it("runs only the jobs --jobs names, and names some real ones for an unknown id", async () => {
    const dir = tempDir();
    const result = await runSuite(options(dir, { jobIds: ["random-b/curriculum/1", "random/short/0"] }));
    expect(result.records.map((r) => r.jobId)).toEqual(["random/short/0", "random-b/curriculum/1"]);
    await expect(runSuite(options(tempDir(), { jobIds: ["random/short/9"] }))).rejects.toThrow(
      /--jobs names random\/short\/9, not a job of this run .*e\.g\. random\/short\/0/,
    );
  });

  it("merges shards into exactly the unsharded results", async () => {
    const whole = tempDir();
    await runSuite(options(whole));
    const shards = [1, 2, 3].map((index) => ({ index, dir: tempDir() }));
    for (const shard of shards) await runSuite(options(shard.dir, { shard: { index: shard.index, count: 3 } }));
    const merged = tempDir();
    mergeResults(shards.map((s) => s.dir).reverse(), merged);
    expect(resultsOf(merged)).toBe(resultsOf(whole));
  });

  it("refuses to merge an incomplete set of shards, naming the missing one", async () => {
    const one = tempDir();
    await runSuite(options(one, { shard: { index: 1, count: 2 } }));
    expect(() => mergeResults([one], tempDir())).toThrow(/missing shard\(s\) 2\/2/);
  });

  it("rejects unknown envs, a mismatched resume and missing cassettes with clear errors", async () => {
    const bad: Suite = { ...toySuite, tracks: [{ id: "x", description: "", tasks: [{ envId: "Nope-v0", seeds: [0] }] }] };
    await expect(runSuite(options(tempDir(), { suite: bad }))).rejects.toMatchObject({ code: "UNKNOWN_ENV" });
    const dir = tempDir();
    await runSuite(options(dir));
    await expect(runSuite(options(dir, { resume: true, agents: ["random"] }))).rejects.toMatchObject({ code: "RESUME_MISMATCH" });
    await expect(runSuite(options(tempDir(), { agents: ["worldcoder"] }))).rejects.toMatchObject({ code: "CASSETTE_MISSING" });
  });

  it("names the file and line of a malformed results file on resume", async () => {
    const dir = tempDir();
    await runSuite(options(dir));
    writeFileSync(join(dir, "results.jsonl"), "not json\n");
    await expect(runSuite(options(dir, { resume: true }))).rejects.toThrow(/results\.jsonl:1: not JSON/);
  });
});
