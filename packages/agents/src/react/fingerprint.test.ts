import { describe, expect, it } from "vitest";
import { reactPromptHashes } from "./fingerprint.js";

describe("reactPromptHashes", () => {
  it("hashes the system prompt and the step prompt of every domain, the same on every call", () => {
    const hashes = reactPromptHashes();
    expect(Object.keys(hashes).sort()).toEqual(["react/step", "react/system"]);
    for (const hash of Object.values(hashes)) expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(reactPromptHashes()).toEqual(hashes);
  });
});
