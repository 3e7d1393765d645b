import { describe, expect, it } from "vitest";
import { promptTemplateHashes } from "./fingerprint.js";

describe("promptTemplateHashes", () => {
  it("names every template with a 16-hex hash, the same on every call", () => {
    const hashes = promptTemplateHashes();
    expect(Object.keys(hashes).sort()).toEqual(["synthesizer/init", "synthesizer/optimism", "synthesizer/refine", "synthesizer/system"]);
    for (const hash of Object.values(hashes)) expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(promptTemplateHashes()).toEqual(hashes);
    expect(new Set(Object.values(hashes)).size).toBe(4);
  });
});
