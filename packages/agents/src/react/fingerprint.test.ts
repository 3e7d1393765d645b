import { describe, expect, it } from "vitest";
import { reactPromptHashes } from "./fingerprint.js";

describe("reactPromptHashes", () => {
  it("hashes the system prompt and the step prompt of every domain, the same on every call", () => {
    const hashes = reactPromptHashes();
    expect(Object.keys(hashes).sort()).toEqual(["react/step/alfworld", "react/step/minigrid", "react/step/sokoban", "react/system"]);
    expect(reactPromptHashes(["minigrid"])).toEqual({ "react/system": hashes["react/system"], "react/step/minigrid": hashes["react/step/minigrid"] });
    for (const hash of Object.values(hashes)) expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(reactPromptHashes()).toEqual(hashes);
  });
});
