import { describe, expect, it } from "vitest";
import { ReplayBuffer } from "./replay-buffer.js";

describe("ReplayBuffer", () => {
  it("stores each distinct transition and initial condition once", () => {
    const buffer = new ReplayBuffer();
    const goal = { text: "get to the goal" };
    const t = { state: { x: 0 }, action: 2, reward: 0, nextState: { x: 1 }, goal, done: false };
    expect(buffer.addTransition(t)).toBe(true);
    expect(buffer.addTransition({ ...t, state: { x: 0 } })).toBe(false);
    expect(buffer.addTransition({ ...t, action: 1 })).toBe(true);
    expect(buffer.addInitial({ x: 0 }, goal)).toBe(true);
    expect(buffer.addInitial({ x: 0 }, goal)).toBe(false);
    expect(buffer.size).toBe(2);
    expect(buffer.initials).toHaveLength(1);
    expect(buffer.goals()).toEqual(["get to the goal"]);
  });
});
