import { describe, expect, it } from "vitest";
import { alfworldPlanActions } from "./alfworld.js";

const o = (type: string) => ({ type, hot: false, cold: false, clean: false });
const state = {
  location: "middle of room",
  receptacles: {
    "cabinet 1": { type: "cabinet", loc: "loc 1", openable: true, open: false, contents: { "cup 1": o("cup") } },
    "microwave 1": { type: "microwave", loc: "loc 2", openable: true, open: false, contents: {} },
    "shelf 1": { type: "shelf", loc: "loc 3", openable: false, open: true, contents: { "book 1": o("book") } },
    "countertop 1": { type: "countertop", loc: "loc 4", openable: false, open: true, contents: {} },
  },
  inventory: {},
};

describe("alfworldPlanActions", () => {
  it("keeps the places and objects the goal names, and the tool its adjective needs", () => {
    expect(alfworldPlanActions(state, "heat some cup and put it in countertop.")).toEqual([
      "go to cabinet 1",
      "go to countertop 1",
      "go to microwave 1",
      "open cabinet 1",
      "open microwave 1",
      "take cup 1 from cabinet 1",
      "put cup 1 in/on countertop 1",
      "heat cup 1 with microwave 1",
    ]);
  });

  it("gives nothing for a state it does not understand", () => {
    expect(alfworldPlanActions(null, "x")).toEqual([]);
  });
});

describe("the powered ALFWorld variant's plan actions", () => {
  const powered = structuredClone(state);
  (powered.receptacles["microwave 1"] as { on?: boolean }).on = false;

  it("adds `turn on` for a switched-off appliance the goal needs, and reads the variant's goal words", () => {
    const actions = alfworldPlanActions(powered, "put a heated cup in countertop.");
    expect(actions).toContain("turn on microwave 1");
    expect(actions).toContain("heat cup 1 with microwave 1");
    expect(alfworldPlanActions(powered, "heat up some cup and put it in countertop.")).toContain("turn on microwave 1");
  });

  it("leaves ALFWorld's states (no switches) with exactly the commands they had", () => {
    expect(alfworldPlanActions(state, "heat some cup and put it in countertop.").some((c) => c.startsWith("turn "))).toBe(false);
  });
});
