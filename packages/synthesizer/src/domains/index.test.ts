import { describe, expect, it } from "vitest";
import { domainFor } from "./index.js";

const TEXT = { kind: "text", examples: ["go to countertop 1", "turn on microwave 1"] } as const;
const GRID = { kind: "discrete", n: 7, names: ["left", "right", "forward", "pickup", "drop", "toggle", "done"] } as const;

describe("domainFor on this project's variant ids", () => {
  it("routes TwoKeyDoor to MiniGrid (BFS then MCTS) and names `locks` only there", () => {
    const variant = domainFor("MiniGrid-TwoKeyDoor-6x6-v0", GRID);
    expect(variant.name).toBe("minigrid");
    expect(variant.planners.map((p) => p.planner)).toEqual(["bfs", "mcts"]);
    expect(variant.stateFormat).toContain("`locks`");
    const original = domainFor("MiniGrid-DoorKey-5x5-v0", GRID);
    expect(original.stateFormat).not.toContain("locks");
    expect(variant.stateFormat.replace(/\nA door may also have `locks`: a list of colors\./, "")).toBe(original.stateFormat);
  });

  it("routes the powered ALFWorld id to ALFWorld and names the switch and its verbs only there", () => {
    const variant = domainFor("ALFWorld-PickHeatThenPlacePowered-v0", TEXT);
    expect(variant.name).toBe("alfworld");
    expect(variant.actionList).toContain("- turn on <receptacle>");
    expect(variant.stateFormat).toContain("power switch");
    const original = domainFor("ALFWorld-PickHeatThenPlace-v0", TEXT);
    expect(original.actionList).not.toContain("turn on <receptacle>");
    expect(original.stateFormat).not.toContain("power switch");
  });
});
