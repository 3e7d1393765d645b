import { describe, expect, it } from "vitest";
import { promptTemplateHashes } from "./fingerprint.js";

describe("promptTemplateHashes", () => {
  it("names every template with a 16-hex hash, the same on every call", () => {
    const hashes = promptTemplateHashes();
    expect(Object.keys(hashes)).toHaveLength(1 + 3 * 4);
    for (const hash of Object.values(hashes)) expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(promptTemplateHashes()).toEqual(hashes);
    expect(new Set(Object.values(hashes)).size).toBe(13);
  });

  it("keeps to the domains asked for", () => {
    expect(Object.keys(promptTemplateHashes(["sokoban"])).sort()).toEqual(["synthesizer/init/sokoban", "synthesizer/optimism/sokoban", "synthesizer/refine/sokoban", "synthesizer/system"]);
    expect(promptTemplateHashes(["sokoban"])["synthesizer/refine/sokoban"]).toBe(promptTemplateHashes()["synthesizer/refine/sokoban"]);
  });
});
