import { describe, expect, it } from "vitest";
import { Bm25Index, tokenize } from "./bm25.js";

describe("Bm25Index", () => {
  const missions = [
    "get to the green goal square",
    "use the key to open the door and then get to the goal",
    "open the door",
    "pick up the yellow box",
    "fetch a blue ball",
  ];
  const index = new Bm25Index(missions);

  it("ranks the closest missions first", () => {
    expect(index.top("pick up the purple box", 2)[0]).toBe(3);
    expect(index.top("open the red door", 1)).toEqual([2]);
    expect(index.top("go fetch a blue key", 1)).toEqual([4]);
  });

  it("matches a hand-computed score", () => {
    const small = new Bm25Index(["a b", "b c c"]);
    // idf(c) = ln(1 + (2 - 1 + 0.5) / 1.5) = ln 2; avg length 2.5; doc 1 has length 3, tf 2.
    const norm = 1 - 0.75 + (0.75 * 3) / 2.5;
    const expected = (Math.log(2) * 2 * 2.5) / (2 + 1.5 * norm);
    expect(small.scores("c")[1]).toBeCloseTo(expected, 12);
    expect(small.scores("c")[0]).toBe(0);
  });

  it("tokenizes to lower-case words and handles an empty index", () => {
    expect(tokenize("Pick up the Box!")).toEqual(["pick", "up", "the", "box"]);
    expect(new Bm25Index([]).top("x", 3)).toEqual([]);
  });
});
