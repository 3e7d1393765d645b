import { describe, expect, it } from "vitest";
import { domainOf } from "./domain.js";

describe("report domainOf", () => {
  it("groups env ids by their Gymnasium-style prefix", () => {
    expect(domainOf("Sokoban-Teleport-v0")).toBe("sokoban");
    expect(domainOf("Boxoban-v0")).toBe("sokoban");
    expect(domainOf("MiniGrid-TwoKeyDoor-6x6-v0")).toBe("minigrid");
    expect(domainOf("ALFWorld-PickHeatThenPlacePowered-v0")).toBe("alfworld");
    expect(domainOf("CartPole-v1")).toBe("other");
  });

  it("puts an obfuscated id with its base game, for readers of the report", () => {
    expect(domainOf("Obf(Sokoban-1box-v0,5)")).toBe("sokoban");
    expect(domainOf("Obf(MiniGrid-DoorKey-5x5-v0, 2)")).toBe("minigrid");
    expect(domainOf("Obf(CartPole-v1,1)")).toBe("other");
  });
});
