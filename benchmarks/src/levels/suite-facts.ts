import type { Sandbox } from "@worldcoder/sandbox";
import type { Suite } from "../suites/types.js";
import type { LevelFactsFile } from "./facts-file.js";
import { LEVEL_FACTS_SCHEMA } from "./facts-file.js";
import { computeLevelFact, plannerSettings, type LevelFact } from "./level-facts.js";
import { sokobanLevelsOf } from "./suite-levels.js";

/** The facts file of a suite: every Sokoban-domain level it plays, solved with the true model. */
export async function suiteLevelFacts(
  suite: Suite,
  sandbox: Sandbox,
  maxExpansions: number,
  onLevel?: (fact: LevelFact, done: number, total: number) => void,
): Promise<LevelFactsFile> {
  const refs = sokobanLevelsOf(suite);
  const levels: LevelFact[] = [];
  for (const ref of refs) {
    const fact = await computeLevelFact(ref, sandbox, maxExpansions);
    levels.push(fact);
    onLevel?.(fact, levels.length, refs.length);
  }
  return { schema: LEVEL_FACTS_SCHEMA, suite: suite.name, planner: plannerSettings(refs.map((r) => r.envId), maxExpansions), levels };
}
