import { resolve } from "node:path";
import type { Command } from "commander";

/** `worldcoder merge <shard folders…> --out <dir>`: shards → one results folder and its reports. */
export function registerMerge(program: Command): void {
  program
    .command("merge")
    .description("combine the results folders of `bench --shard k/n` runs into one, identical to an unsharded run")
    .argument("<dirs...>", "the shard results folders")
    .requiredOption("-o, --out <dir>", "folder for the merged results and reports")
    .option("--no-report", "write the merged results only")
    .option("--force", "merge even when the shards' manifests differ in prompts, suite, model, prices, cassettes or levels (the merged manifest and report say so)")
    .option("--baselines <dir>", "RL-log baselines (default: baselines/)")
    .option("--json", "print a JSON summary")
    .action(async (dirs: string[], flags: { out: string; report: boolean; force?: boolean; baselines?: string; json?: boolean }) => {
      const [{ mergeResults }, { reportFromResults }, { defaultPaths }] = await Promise.all([
        import("../../../runner/merge.js"),
        import("../../../report/from-results.js"),
        import("../../../paths.js"),
      ]);
      const outDir = resolve(flags.out);
      const merged = mergeResults(dirs.map((dir) => resolve(dir)), outDir, { force: flags.force ?? false });
      if (merged.manifest.forced?.length) {
        process.stderr.write(`worldcoder: FORCED merge: the inputs differ in ${merged.manifest.forced.map((d) => d.field).join(", ")}\n`);
      }
      const summary: Record<string, unknown> = { suite: merged.manifest.suite, jobs: merged.records.length, results: `${outDir}/results.jsonl` };
      if (flags.report) {
        summary.reports = (await reportFromResults(outDir, { baselinesDir: resolve(flags.baselines ?? defaultPaths().baselines), outDir })).files;
      }
      if (flags.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      else {
        const files = summary.reports as Record<string, string> | undefined;
        process.stdout.write(`merged ${merged.records.length} job(s) of suite ${merged.manifest.suite}\nresults  ${summary.results}\n${files ? Object.values(files).map((f) => `report   ${f}\n`).join("") : ""}`);
      }
    });
}
