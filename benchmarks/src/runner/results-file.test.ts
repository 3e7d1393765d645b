import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readRecords } from "./results-file.js";
import { RESULTS_SCHEMA } from "./results-schema.js";

const historical = (version: number) => fileURLToPath(new URL(`../../test-fixtures/results/historical/v${version}.jsonl`, import.meta.url));

describe("results files", () => {
  it("still reads every results schema version kept as a fixture", () => {
    const records = readRecords(historical(1));
    expect(records.length).toBeGreaterThan(0);
    expect(records[0]).toMatchObject({ schema: 1, status: "ok" });
    expect(RESULTS_SCHEMA).toBe(1);
  });
});
