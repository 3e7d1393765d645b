import { join } from "node:path";
import { repoRoot } from "@worldcoder/core/testing";
import { describe, expect, it } from "vitest";
import { LevelParseError, levelToRoom, loadBoxobanLevels, parseBoxobanLevels } from "./levels.js";

const fixture = (difficulty: string) => join(repoRoot(), "fixtures", "levels", "boxoban", difficulty, "train", "000.txt");

describe("Boxoban level files", () => {
  it("loads the 1 000 levels of each fixture file, 10x10 with 4 boxes", () => {
    for (const difficulty of ["unfiltered", "medium"]) {
      const levels = loadBoxobanLevels(fixture(difficulty));
      expect(levels).toHaveLength(1000);
      expect(levels.map((l) => l.index)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
      for (const level of levels) {
        expect(level.rows).toHaveLength(10);
        expect(level.rows.every((r) => r.length === 10)).toBe(true);
        expect(level.rows.join("").split("$").length - 1).toBe(4);
      }
    }
  });

  it("maps characters to gym-sokoban's layers (its Boxoban loader, plus * and +)", () => {
    const [level] = parseBoxobanLevels("######\n#+$. #\n#*$  #\n######\n");
    const room = levelToRoom(level);
    expect(Array.from(room.fixed.subarray(6, 18))).toEqual([0, 2, 1, 2, 1, 0, 0, 2, 1, 1, 1, 0]);
    expect(Array.from(room.state.subarray(6, 18))).toEqual([0, 5, 4, 2, 1, 0, 0, 3, 4, 1, 1, 0]);
  });

  it("accepts hand-written levels of other sizes, ragged rows padded with floor", () => {
    const levels = parseBoxobanLevels("; 7\n#######\n#@ $ .#\n#######\n\n; 8\n####\n#@$.#\n#####\n");
    expect(levels.map((l) => [l.index, l.rows])).toEqual([
      [7, ["#######", "#@ $ .#", "#######"]],
      [8, ["#### ", "#@$.#", "#####"]],
    ]);
  });

  it.each([
    ["; 0\n#####\n#@$x#\n#####\n", /level\.txt: level 0, line 3, column 4: unexpected character "x"/],
    ["; 0\n#####\n#@$.#\n#####\n\n; 1\n#####\n#@$ #\n#####\n", /level\.txt: level 1, line 7: 1 boxes but 0 targets/],
    ["; 3\n#####\n# $.#\n#####\n", /level 3, line 2: expected exactly one player/],
    ["; 4\n#####\n#@  #\n#####\n", /level 4, line 2: no box/],
    ["; zero\n#####\n", /line 1: header "; zero" is not "; N"/],
    ["; 5\n\n; 6\n####\n", /level 5, line 1: header without rows/],
    ["", /no levels found/],
  ])("a malformed level names file, level and line: %j", (text, message) => {
    let error: unknown;
    try {
      parseBoxobanLevels(text, "level.txt");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LevelParseError);
    expect(error).toMatchObject({ code: "LEVEL_PARSE", fault: "user" });
    expect((error as Error).message).toMatch(message);
  });

  it("a missing file is a user error with code LEVEL_FILE", () => {
    expect(() => loadBoxobanLevels("/nonexistent/levels.txt")).toThrow(expect.objectContaining({ code: "LEVEL_FILE" }));
  });
});
