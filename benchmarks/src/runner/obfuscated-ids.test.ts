import { describeObfuscation, listEnvIds, type ObfuscationMapping } from "@worldcoder/envs";
import { describe, expect, it } from "vitest";
import type { Suite } from "../suites/types.js";
import { validateSuite } from "../suites/validate.js";
import { expandJobs } from "./jobs.js";
import { comparableFacts } from "./manifest.js";
import { comparableFields } from "./manifest-check.js";
import type { RunManifest } from "./results-schema.js";

const suite = (envIds: string[]): Suite => ({
  name: "obf-test",
  description: "",
  tracks: [{ id: "t", description: "", tasks: envIds.map((envId) => ({ envId, seeds: [0] })) }],
  seeds: [0],
  agents: ["random"],
  budget: {},
});

describe("obfuscated env ids in suites and manifests", () => {
  it("a suite may name Obf(<known id>,<seed>); an obfuscation of an unknown id is refused", () => {
    expect(() => validateSuite(suite(["Obf(Sokoban-v0,3)", "Obf(MiniGrid-DoorKey-5x5-v0, 1)"]), listEnvIds())).not.toThrow();
    expect(() => validateSuite(suite(["Obf(Nope-v0,3)"]), listEnvIds())).toThrow(expect.objectContaining({ code: "UNKNOWN_ENV" }));
  });

  it("the manifest records each obfuscated id's mapping, and a changed mapping makes runs incomparable", () => {
    const s = suite(["Obf(Sokoban-1box-v0,5)", "Sokoban-v0"]);
    const facts = comparableFacts({ suite: s, agents: ["random"], jobs: expandJobs(s, ["random"]), needsLlm: () => false, cassetteRoot: "/nonexistent", dataRoot: "/nonexistent" });
    expect(facts.obfuscations).toEqual({ "Obf(Sokoban-1box-v0,5)": describeObfuscation("Obf(Sokoban-1box-v0,5)") });
    const plain = suite(["Sokoban-v0"]);
    expect(comparableFacts({ suite: plain, agents: ["random"], jobs: expandJobs(plain, ["random"]), needsLlm: () => false, cassetteRoot: "/x", dataRoot: "/x" })).not.toHaveProperty("obfuscations");
    const manifest = (obfuscations: Record<string, ObfuscationMapping> | undefined): RunManifest =>
      ({ schema: 2, suite: "s", suiteHash: "h", agents: [], mode: "replay", shard: null, totalJobs: 0, shardJobs: 0, comparable: { ...facts, obfuscations } });
    const a = comparableFields(manifest(facts.obfuscations))!.get("obfuscations.Obf(Sokoban-1box-v0,5)");
    const other = { "Obf(Sokoban-1box-v0,5)": describeObfuscation("Obf(Sokoban-1box-v0,6)")! };
    expect(a).toMatch(/^[0-9a-f]+$/);
    expect(comparableFields(manifest(other))!.get("obfuscations.Obf(Sokoban-1box-v0,5)")).not.toBe(a);
  });
});
