import { resolve } from "node:path";
import type { Command } from "commander";
import { UserInputError } from "@worldcoder/core";

interface FactsFlags {
  suite: string;
  out?: string;
  maxExpansions: string;
  json?: boolean;
}

/** `worldcoder levels facts`: solvability and optimal solution length of the suites' Sokoban-domain levels. */
export function registerLevels(program: Command): void {
  const levels = program.command("levels").description("facts about the levels suites play");
  levels
    .command("facts")
    .description("solve every Sokoban-domain level of a suite with A* (weight 1) over the true model and write fixtures/level-facts/<suite>.json")
    .requiredOption("--suite <name>", "a suite name, or all (every suite that plays Sokoban-domain levels)")
    .option("-o, --out <dir>", "folder for the facts files (default: fixtures/level-facts)")
    .option("--max-expansions <n>", "A* expansions per level before the level counts as unknown", "2000000")
    .option("--json", "print the written files' paths as JSON")
    .action(async (flags: FactsFlags) => {
      const [{ defaultPaths }, { getSuite, listSuiteNames }, { suiteLevelFacts, sokobanLevelsOf, writeLevelFacts }, { createSandbox }] = await Promise.all([
        import("../../../paths.js"),
        import("../../../suites/registry.js"),
        import("../../../levels/index.js"),
        import("@worldcoder/sandbox"),
      ]);
      if (!/^\d+$/.test(flags.maxExpansions) || Number(flags.maxExpansions) < 1) throw new UserInputError("BAD_FLAG", `--max-expansions must be a positive integer, got ${flags.maxExpansions}`);
      const suites = (flags.suite === "all" ? listSuiteNames() : [flags.suite]).map(getSuite).filter((s) => flags.suite !== "all" || sokobanLevelsOf(s).length > 0);
      const outDir = resolve(flags.out ?? `${defaultPaths().root}/fixtures/level-facts`);
      // Large searches keep millions of states: a heap well above the default per-job cap.
      const sandbox = createSandbox({ backend: "ses", heapMb: 4096 });
      const written: string[] = [];
      try {
        for (const suite of suites) {
          const file = await suiteLevelFacts(suite, sandbox, Number(flags.maxExpansions), (fact, done, total) => {
            if (!flags.json) {
              const what = fact.solvable === null ? "unknown (budget)" : fact.solvable ? `${fact.optimalSteps} steps` : "unsolvable";
              process.stderr.write(`[${suite.name} ${done}/${total}] ${fact.envId}${fact.levelFile ? ` ${fact.levelFile}` : ""} seed ${fact.seed}: ${what}, ${fact.expansions} expansions\n`);
            }
          });
          written.push(writeLevelFacts(outDir, file));
        }
      } finally {
        await sandbox.close();
      }
      process.stdout.write(flags.json ? `${JSON.stringify(written, null, 2)}\n` : written.map((p) => `facts    ${p}\n`).join(""));
    });
}
