import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readRecords, readResults } from "./results-file.js";
import { RESULTS_SCHEMA } from "./results-schema.js";

const historical = (version: number) => fileURLToPath(new URL(`../../test-fixtures/results/historical/v${version}.jsonl`, import.meta.url));

describe("results files", () => {
  it("still reads every results schema version kept as a fixture", () => {
    const v1 = readResults(historical(1));
    expect(v1.manifest).toBeNull();
    expect(v1.records.length).toBeGreaterThan(0);
    expect(v1.records[0]).toMatchObject({ status: "ok" });
    // Since v2 the first line is the run manifest; readRecords gives the jobs alone.
    const v2 = readResults(historical(2));
    expect(v2.manifest).toMatchObject({ schema: 2, suite: "smoke", comparable: { prompts: expect.any(Object) }, informational: { node: expect.any(String) } });
    expect(readRecords(historical(2))).toEqual(v2.records);
    expect(v2.records[0]).toMatchObject({ status: "ok" });
    // Since v3 every episode has an outcome; v1 and v2 recorded none, so theirs read as success or step_limit.
    for (const old of [v1, v2]) {
      expect(old.records.every((r) => r.schema === RESULTS_SCHEMA)).toBe(true);
      const episodes = old.records.flatMap((r) => r.tasks.flatMap((t) => t.episodes));
      expect(episodes.length).toBeGreaterThan(0);
      for (const e of episodes) expect(e.outcome).toBe(e.success ? "success" : "step_limit");
    }
    const v3 = readResults(historical(3));
    expect(v3.manifest).toMatchObject({ schema: 3 });
    expect(v3.records[0]!.tasks[0]!.episodes[0]!.outcome).toMatch(/^(success|step_limit)$/);
    expect(RESULTS_SCHEMA).toBe(3);
  });
});
