import { describe, expect, it } from "vitest";
import type { Track } from "../suites/types.js";
import type { Job } from "./jobs.js";
import { promptHashesFor } from "./manifest.js";

const job = (agent: string, envId: string): Job => {
  const track: Track = { id: "t", description: "one task", tasks: [{ envId, seeds: [0] }] };
  return { id: `${agent}/t/0`, index: 0, agent, track, seed: 0 };
};

describe("promptHashesFor", () => {
  it("fingerprints the domain text WorldCoder shows for each env id, so a variant's extra prompt line counts", () => {
    const plain = promptHashesFor([job("worldcoder", "Sokoban-v0")]);
    const teleport = promptHashesFor([job("worldcoder", "Sokoban-Teleport-v0")]);
    const plainDomain = plain["synthesizer/domain/Sokoban-v0"];
    const teleportDomain = teleport["synthesizer/domain/Sokoban-Teleport-v0"];
    expect(plainDomain).toMatch(/^[0-9a-f]{16}$/);
    expect(teleportDomain).toMatch(/^[0-9a-f]{16}$/);
    // The teleport id adds its gate line to the same Sokoban templates.
    expect(teleportDomain).not.toBe(plainDomain);
    expect(teleport["synthesizer/init/sokoban"]).toBe(plain["synthesizer/init/sokoban"]);
    expect(promptHashesFor([job("worldcoder", "Sokoban-v0")])).toEqual(plain);
  });

  it("leaves agents that write no programs without per-env domain hashes", () => {
    const hashes = promptHashesFor([job("react", "Sokoban-v0"), job("random", "Sokoban-v0")]);
    expect(Object.keys(hashes).some((key) => key.startsWith("synthesizer/"))).toBe(false);
    expect(Object.keys(hashes).some((key) => key.startsWith("react/"))).toBe(true);
  });
});
