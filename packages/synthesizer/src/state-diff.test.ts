import { describe, expect, it } from "vitest";
import { describeDiff, stateDiff } from "./state-diff.js";

describe("stateDiff", () => {
  it("lists changed leaves by path, rows whole", () => {
    const before = { grid: ["#####", "#@$.#", "#####"] };
    const after = { grid: ["#####", "# @*#", "#####"] };
    expect(stateDiff(before, after)).toEqual(['grid[1]: "#@$.#" -> "# @*#"']);
  });

  it("reports added and removed keys and nested fields", () => {
    const before = { agent: { x: 1, y: 1, dir: 0, carrying: null }, objects: { "2,1": { type: "key", color: "yellow" } } };
    const after = { agent: { x: 1, y: 1, dir: 0, carrying: { type: "key", color: "yellow" } }, objects: {} };
    expect(stateDiff(before, after)).toEqual([
      'agent.carrying: null -> {"color":"yellow","type":"key"}',
      'objects["2,1"]: removed (was {"color":"yellow","type":"key"})',
    ]);
  });

  it("says no change and trims long diffs", () => {
    expect(describeDiff({ a: 1 }, { a: 1 })).toBe("no change");
    const a = Array.from({ length: 10 }, (_, i) => i);
    const b = a.map((x) => x + 1);
    expect(stateDiff(a, b, 3)).toHaveLength(4);
    expect(stateDiff("x", [1])).toEqual(['state: "x" -> [1]']);
  });
});
