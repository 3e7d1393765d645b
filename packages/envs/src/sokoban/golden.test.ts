import { join } from "node:path";
import { goldenDir } from "@worldcoder/core/testing";
import { expect, it } from "vitest";
import { readSokobanRecords, verifySokobanRecords } from "./golden.js";

// Generating the 120 + 70 rooms takes a few seconds on an idle core; the timeout leaves room for a
// busy shared machine.
it("replays every golden gym-sokoban record: generation, every step, next_reset", { timeout: 300_000 }, () => {
  const records = readSokobanRecords(join(goldenDir(), "sokoban", "traces.jsonl.gz"));
  expect(records).toHaveLength(120);
  const result = verifySokobanRecords(records);
  expect(Object.keys(result).sort()).toEqual(
    ["Sokoban-large-v0", "Sokoban-small-v0", "Sokoban-small-v1", "Sokoban-v0", "Sokoban-v1", "Sokoban-v2"],
  );
  let steps = 0;
  for (const [id, counts] of Object.entries(result)) {
    expect(counts.firstMismatch, id).toBeUndefined();
    expect(counts.recordsMatched, id).toBe(20);
    expect(counts.stepsMatched, id).toBe(counts.steps);
    steps += counts.stepsMatched;
  }
  expect(steps).toBe(29021);
});

it("reports the first mismatching field", () => {
  const [record] = readSokobanRecords(join(goldenDir(), "sokoban", "traces.jsonl.gz"));
  const step = record.episodes[0].steps[0];
  const broken = { ...record, episodes: [{ ...record.episodes[0], steps: [{ ...step, reward: 123 }] }] };
  const counts = verifySokobanRecords([broken])[record.env];
  expect(counts.recordsMatched).toBe(0);
  expect(counts.firstMismatch).toMatchObject({ at: "episode 0 step 0", field: "reward", expected: 123 });
});
