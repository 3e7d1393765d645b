import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { UserInputError } from "@worldcoder/core";
import type { LevelFact, PlannerSettings } from "./level-facts.js";
import { levelKey, type LevelRef } from "./suite-levels.js";

export const LEVEL_FACTS_SCHEMA = "worldcoder-level-facts/1";

/** `fixtures/level-facts/<suite>.json`: what the true model says about every Sokoban-domain level of a suite. */
export interface LevelFactsFile {
  schema: typeof LEVEL_FACTS_SCHEMA;
  suite: string;
  planner: PlannerSettings;
  levels: LevelFact[];
}

export function levelFactsPath(dir: string, suite: string): string {
  return join(dir, `${suite}.json`);
}

export function writeLevelFacts(dir: string, file: LevelFactsFile): string {
  mkdirSync(dir, { recursive: true });
  const path = levelFactsPath(dir, file.suite);
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`);
  return path;
}

export function readLevelFacts(path: string): LevelFactsFile {
  let value: Partial<LevelFactsFile>;
  try {
    value = JSON.parse(readFileSync(path, "utf8")) as Partial<LevelFactsFile>;
  } catch (error) {
    throw new UserInputError("MALFORMED_LEVEL_FACTS", `${path}: not a level facts file (${(error as Error).message})`, { cause: error });
  }
  if (value.schema !== LEVEL_FACTS_SCHEMA || !Array.isArray(value.levels)) {
    throw new UserInputError("MALFORMED_LEVEL_FACTS", `${path}: expected schema ${LEVEL_FACTS_SCHEMA} with a levels array`);
  }
  return value as LevelFactsFile;
}

/** Every level fact in a folder of facts files, by level (suites share levels; the facts agree). */
export class LevelFactsIndex {
  private readonly facts = new Map<string, LevelFact>();

  constructor(facts: Iterable<LevelFact> = []) {
    for (const fact of facts) this.facts.set(levelKey(fact), fact);
  }

  static fromDir(dir: string): LevelFactsIndex {
    if (!existsSync(dir)) return new LevelFactsIndex();
    const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
    return new LevelFactsIndex(files.flatMap((f) => readLevelFacts(join(dir, f)).levels));
  }

  get(ref: LevelRef): LevelFact | undefined {
    return this.facts.get(levelKey(ref));
  }

  get size(): number {
    return this.facts.size;
  }
}
