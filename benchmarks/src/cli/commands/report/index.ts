import { resolve } from "node:path";
import type { Command } from "commander";

/** `worldcoder report <results>`: results.jsonl → report.json, report.md, report.html. */
export function registerReport(program: Command): void {
  program
    .command("report")
    .description("write report.json, report.md and report.html from a results.jsonl (or its folder)")
    .argument("<results>", "results.jsonl or the folder holding it")
    .option("-o, --out <dir>", "where to write the reports (default: beside the results)")
    .option("--baselines <dir>", "RL-log baselines (default: baselines/)")
    .option("--json", "print the report paths as JSON")
    .action(async (results: string, flags: { out?: string; baselines?: string; json?: boolean }) => {
      const [{ reportFromResults }, { defaultPaths }] = await Promise.all([import("../../../report/from-results.js"), import("../../../paths.js")]);
      const { files } = await reportFromResults(resolve(results), {
        baselinesDir: resolve(flags.baselines ?? defaultPaths().baselines),
        ...(flags.out ? { outDir: resolve(flags.out) } : {}),
      });
      process.stdout.write(flags.json ? `${JSON.stringify(files, null, 2)}\n` : `report   ${files.json}\nreport   ${files.markdown}\nreport   ${files.html}\n`);
    });
}
