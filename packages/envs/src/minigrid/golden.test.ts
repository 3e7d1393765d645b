import { join } from "node:path";
import { goldenDir } from "@worldcoder/core/testing";
import { describe, expect, it } from "vitest";
import { MINIGRID_TRACES_FILE, loadMinigridRecords, verifyMinigridRecords } from "./golden.js";

describe("MiniGrid golden traces (Farama Minigrid 2.3.1)", () => {
  const records = loadMinigridRecords(join(goldenDir(), MINIGRID_TRACES_FILE));

  it("replays all 150 records field for field", () => {
    const report = verifyMinigridRecords(records);
    const summary = report.mismatches.map((m) => ({ ...m, expected: JSON.stringify(m.expected).slice(0, 400), actual: JSON.stringify(m.actual).slice(0, 400) }));
    expect(summary).toEqual([]);
    expect(records).toHaveLength(150);
    expect(Object.keys(report.envs)).toHaveLength(15);
    let steps = 0;
    for (const tally of Object.values(report.envs)) {
      expect(tally.recordsMatched).toBe(tally.records);
      expect(tally.stepsMatched).toBe(tally.steps);
      steps += tally.stepsMatched;
    }
    expect(steps).toBe(22_500);
    expect(report.ok).toBe(true);
  });

  it("reports the first mismatching field", () => {
    const record = structuredClone(records.find((r) => r.env === "MiniGrid-DoorKey-5x5-v0")!);
    record.episodes[0].steps[1].reward = 0.5;
    record.episodes[0].steps[1].agent_dir = 9;
    const report = verifyMinigridRecords([record]);
    expect(report.ok).toBe(false);
    expect(report.firstMismatch).toMatchObject({ env: "MiniGrid-DoorKey-5x5-v0", episode: 0, step: 1, field: "agent_dir", expected: 9 });
    expect(report.envs["MiniGrid-DoorKey-5x5-v0"]).toMatchObject({ records: 1, recordsMatched: 0, stepsMatched: 1 });
  });
});
