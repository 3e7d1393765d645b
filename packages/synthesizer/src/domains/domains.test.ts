import { describe, expect, it } from "vitest";
import { domainFor, domainOf } from "./index.js";
import { renderGenericState } from "./generic.js";

const SOKOBAN_SPACE = { kind: "discrete", n: 9, names: Array.from({ length: 9 }, (_, i) => `a${i}`) } as const;

describe("domains of the novel envs", () => {
  it("an obfuscated id is generic whatever its base (no game name, no Sokoban heuristic)", () => {
    for (const id of ["Obf(Sokoban-v0,3)", " Obf(Boxoban-v0, 1)", "Obf(MiniGrid-DoorKey-5x5-v0,2)", "Obf(ALFWorld-PickAndPlace-v0,0)"]) {
      expect(domainOf(id)).toBe("generic");
      const spec = domainFor(id, SOKOBAN_SPACE);
      expect(spec.title + spec.stateFormat + spec.actionList).not.toMatch(/sokoban|box|minigrid|push|heuristic/i);
      expect(spec.planners.every((p) => p.planner === "bfs" && p.heuristicSource === undefined)).toBe(true);
    }
    expect(domainOf("Sokoban-Teleport-v0")).toBe("sokoban");
  });

  it("teleport ids add one line naming the gate; Sokoban-v0 and Boxoban keep their prompt text", () => {
    const plain = domainFor("Sokoban-v0", SOKOBAN_SPACE);
    expect(domainFor("Boxoban-v0", SOKOBAN_SPACE).stateFormat).toBe(plain.stateFormat);
    const teleport = domainFor("Sokoban-Teleport-v0", SOKOBAN_SPACE);
    const extra = teleport.stateFormat.split("\n").filter((line) => !plain.stateFormat.split("\n").includes(line));
    expect(extra).toHaveLength(1);
    expect(extra[0]).toMatch(/^`o` a gate /);
    expect(extra[0]).not.toMatch(/teleport|twin|jump|appear/i);
    expect(teleport.stateFormat.split("\n").length).toBe(plain.stateFormat.split("\n").length + 1);
    const state = { grid: ["#####", "#@o.#", "#####"], gates: [[[1, 2], [1, 2]]] };
    expect(plain.renderState(state)).toBe(['{ "grid": [', '  "#####",', '  "#@o.#",', '  "#####"', "] }"].join("\n"));
    expect(teleport.renderState(state)).toBe(['{ "grid": [', '  "#####",', '  "#@o.#",', '  "#####"', '], "gates": [[[1,2],[1,2]]] }'].join("\n"));
  });

  it("the generic domain shows grids row by row and other states as one line of JSON", () => {
    expect(renderGenericState({ pos: 3 })).toBe('{"pos":3}');
    expect(renderGenericState({ grid: ["ab", "cd"], pairs: [[[0, 1], [1, 0]]] })).toBe(
      ['{', '  "grid": [', '    "ab",', '    "cd"', "  ],", '  "pairs": [[[0,1],[1,0]]]', "}"].join("\n"),
    );
  });
});
