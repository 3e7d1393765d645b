import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stableHash } from "@worldcoder/core";
import { makeEnv, resolveLevelFile } from "@worldcoder/envs";
import { createSandbox } from "@worldcoder/sandbox";
import { defaultPaths } from "../paths.js";
import { getSuite, listSuiteNames } from "../suites/registry.js";
import { levelFactsPath, LevelFactsIndex, readLevelFacts } from "./facts-file.js";
import { computeLevelFact } from "./level-facts.js";
import { sokobanLevelsOf, type LevelRef } from "./suite-levels.js";
import { trueModelFor } from "./true-models.js";

const sandbox = createSandbox({ backend: "ses", isolation: "thread" });
afterAll(() => sandbox.close());
const factsDir = join(defaultPaths().root, "fixtures", "level-facts");

/** Breadth-first search over the same true model: the shortest plan by construction. */
async function bfsSteps(ref: LevelRef): Promise<number | null> {
  const { model, computeOn } = trueModelFor(ref.envId);
  const env = makeEnv(computeOn, ref.levelFile === null ? {} : { levelFile: resolveLevelFile(ref.levelFile) });
  env.reset(ref.seed);
  const result = await sandbox.plan(model.program(), env.symbolicState(), env.goal().text, {
    planner: "bfs",
    budget: { maxExpansions: 1_000_000, maxMillis: 600_000 },
    actions: model.actions,
  });
  if (!result.ok) throw new Error(result.message);
  return result.status === "solved" ? result.actions.length : null;
}

describe("level facts", () => {
  it("A* (weight 1, returning on the first goal child) finds plans as short as BFS on small rooms", async () => {
    const refs: LevelRef[] = [
      ...[0, 1, 2, 3, 4, 5].map((seed) => ({ envId: "Sokoban-small-v0", levelFile: null, seed })),
      ...[0, 1, 2].map((seed) => ({ envId: "Sokoban-Teleport-small-v0", levelFile: null, seed })),
    ];
    for (const ref of refs) {
      const fact = await computeLevelFact(ref, sandbox);
      expect(fact.solvable, `${ref.envId} seed ${ref.seed}`).toBe(true);
      expect(fact.optimalSteps, `${ref.envId} seed ${ref.seed}`).toBe(await bfsSteps(ref));
    }
  });

  it("teleport Sokoban: the facts agree with the shortest solution the level generator found with its own solver", async () => {
    for (const seed of [0, 1, 2]) {
      const env = makeEnv("Sokoban-Teleport-v0");
      const { info } = env.reset(seed);
      const fact = await computeLevelFact({ envId: "Sokoban-Teleport-v0", levelFile: null, seed }, sandbox);
      expect(fact.trueModel).toBe("reference-sokoban-teleport.js");
      expect(fact.optimalSteps, `seed ${seed}`).toBe(info.optimalSteps);
    }
  });

  it("an obfuscated view has its base level's facts", async () => {
    const base = await computeLevelFact({ envId: "Sokoban-v0", levelFile: null, seed: 4 }, sandbox);
    const obf = await computeLevelFact({ envId: "Obf(Sokoban-v0,3)", levelFile: null, seed: 4 }, sandbox);
    expect(obf).toEqual({ ...base, envId: "Obf(Sokoban-v0,3)" });
    expect(obf.computedOn).toBe("Sokoban-v0");
  });

  it("refuses env ids without a true model", () => {
    expect(() => trueModelFor("MiniGrid-Empty-5x5-v0")).toThrow(expect.objectContaining({ code: "NO_TRUE_MODEL" }));
  });

  it("the committed facts cover every Sokoban-domain level of every suite, each solvable, for the same start state", () => {
    for (const name of listSuiteNames()) {
      const levels = sokobanLevelsOf(getSuite(name));
      if (levels.length === 0) continue;
      const path = levelFactsPath(factsDir, name);
      expect(existsSync(path), `${path} is missing: run worldcoder levels facts --suite ${name}`).toBe(true);
      const index = new LevelFactsIndex(readLevelFacts(path).levels);
      for (const ref of levels) {
        const fact = index.get(ref);
        expect(fact, `${name}: no fact for ${ref.envId} ${ref.levelFile ?? ""} seed ${ref.seed}`).toBeDefined();
        expect(fact!.solvable).toBe(true);
        const env = makeEnv(fact!.computedOn, ref.levelFile === null ? {} : { levelFile: resolveLevelFile(ref.levelFile) });
        env.reset(ref.seed);
        expect(stableHash(env.symbolicState()).slice(0, 16), `${name}: ${ref.envId} seed ${ref.seed} is no longer the level the facts describe`).toBe(fact!.levelHash);
      }
    }
  });

  it("recomputes two small committed facts exactly (a generated room and a Boxoban level)", async () => {
    const index = LevelFactsIndex.fromDir(factsDir);
    const refs: LevelRef[] = [
      { envId: "Sokoban-v0", levelFile: null, seed: 4 },
      { envId: "Boxoban-v0", levelFile: "fixtures/levels/boxoban/unfiltered/train/000.txt", seed: 1 },
    ];
    for (const ref of refs) expect(await computeLevelFact(ref, sandbox)).toEqual(index.get(ref));
  });
});
