import { describe, expect, it } from "vitest";
import { parseTurn } from "./parse-action.js";

const space = { kind: "discrete" as const, n: 7, names: ["left", "right", "forward", "pickup", "drop", "toggle", "done"] };

describe("parseTurn", () => {
  it("reads the thought and the last action line", () => {
    expect(parseTurn("Thought: the goal is ahead.\nAction: 2", space)).toEqual({ ok: true, thought: "the goal is ahead.", action: 2 });
    expect(parseTurn("Thought: a\nAction: 1\nThought: no, b\n**Action:** `2 (forward)`", space)).toMatchObject({ ok: true, thought: "no, b", action: 2 });
  });

  it("accepts an action's name and text commands", () => {
    expect(parseTurn("Action: forward", space)).toMatchObject({ ok: true, action: 2 });
    expect(parseTurn("Thought: x\nAction: go to fridge 1", { kind: "text", examples: [] })).toMatchObject({ ok: true, action: "go to fridge 1" });
  });

  it("reports invalid actions as values", () => {
    expect(parseTurn("I would move forward.", space)).toMatchObject({ ok: false, reason: "no `Action:` line" });
    expect(parseTurn("Action: 9", space)).toMatchObject({ ok: false });
    expect(parseTurn("Action: fly", space)).toMatchObject({ ok: false });
  });
});
