import { describe, expect, it } from "vitest";
import { jsonDiffLines } from "./fit-diff.js";

describe("jsonDiffLines", () => {
  it("names each differing leaf with both values", () => {
    const expected = { agent: { x: 2, y: 1, carrying: null }, grid: ["#@ #"] };
    const predicted = { agent: { x: 1, y: 1 }, grid: ["# @#"], extra: 1 };
    expect(jsonDiffLines(expected, predicted, "nextState")).toEqual([
      "nextState.agent.carrying: expected null, predicted (missing)",
      "nextState.agent.x: expected 2, predicted 1",
      "nextState.extra: expected (missing), predicted 1",
      'nextState.grid[0]: expected "#@ #", predicted "# @#"',
    ]);
  });

  it("caps the number of lines", () => {
    const a = Array.from({ length: 40 }, (_, i) => i);
    const b = a.map((x) => x + 1);
    const lines = jsonDiffLines(a, b);
    expect(lines).toHaveLength(13);
    expect(lines[12]).toBe("… and 28 more differences");
  });
});
