import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { Option, type Command } from "commander";
import { UserInputError } from "@worldcoder/core";

interface BenchFlags {
  suite: string;
  agents?: string;
  mode: "replay" | "record" | "live";
  out?: string;
  resume?: boolean;
  retryInfra?: boolean;
  force?: boolean;
  shard?: string;
  jobs?: string;
  concurrency: string;
  report: boolean;
  cassettes?: string;
  baselines?: string;
  json?: boolean;
  priceAs?: string;
  list?: boolean;
}

/** `worldcoder bench`: run a suite's jobs, then write the three reports. */
export function registerBench(program: Command): void {
  program
    .command("bench")
    .description("run a suite's (agent × track × seed) jobs and write results.jsonl and the reports")
    .option("-s, --suite <name>", "suite to run: smoke, paper, boxoban", "smoke")
    .option("-a, --agents <list>", "comma-separated agents (default: the suite's)")
    .addOption(new Option("-m, --mode <mode>", "LLM mode").choices(["replay", "record", "live"]).default(process.env.WORLDCODER_MODE || "replay"))
    .option("-o, --out <dir>", "results and reports folder (default: <repo>/reports/<suite>)")
    .option("--resume", "continue a killed run in --out: finished jobs are kept")
    .option("--retry-infra", "in the existing run of --out, run again only the jobs whose episodes ended in llm_infra_error or harness_error; keep the rest")
    .option("--force", "overwrite existing results even in record/live mode")
    .option("--shard <k/n>", "run only shard k of n (merge the shards with `worldcoder merge`)")
    .option("--jobs <ids>", "only these comma-separated jobs, <agent>/<track>/<seed> (e.g. re-record one run: --jobs worldcoder/sokoban/0 --mode record)")
    .option("-c, --concurrency <n>", "jobs in flight at once", "2")
    .option("--no-report", "write results only")
    .option("--cassettes <dir>", "cassette root (default: fixtures/cassettes)")
    .option("--baselines <dir>", "RL-log baselines (default: baselines/)")
    .option("--price-as <model>", "price tokens at this model's list price (default: the suite's, gpt-4-0613)")
    .option("--list", "list the suites (tracks, env ids, seeds, agents) and exit")
    .option("--json", "print a JSON summary on stdout")
    .action(async (flags: BenchFlags) => {
      const [{ getSuite }, { runSuite, parseShard, readManifest, resultsPaths }, { reportFromResults }, { defaultPaths }, { progressReporter }] = await Promise.all([
        import("../../../suites/index.js"),
        import("../../../runner/index.js"),
        import("../../../report/from-results.js"),
        import("../../../paths.js"),
        import("./progress.js"),
      ]);
      if (flags.list) {
        const { listSuiteNames } = await import("../../../suites/index.js");
        const suites = listSuiteNames().map(getSuite);
        if (flags.json) process.stdout.write(`${JSON.stringify(suites, null, 2)}\n`);
        else {
          for (const s of suites) {
            process.stdout.write(`${s.name}: ${s.description}\n  agents ${s.agents.join(", ")}; seeds ${s.seeds.join(", ")}\n`);
            for (const track of s.tracks) process.stdout.write(`  track ${track.id}: ${track.tasks.map((t) => `${t.envId}×${t.seeds.length}`).join(" → ")}\n`);
          }
        }
        return;
      }
      const suite = getSuite(flags.suite);
      const jobIds = flags.jobs ? splitList(flags.jobs) : undefined;
      const paths = defaultPaths();
      // The default is the repository's reports/ wherever the command is started from.
      const outDir = flags.out ? resolve(flags.out) : join(paths.root, "reports", suite.name);
      const manifest = resultsPaths(outDir).manifest;
      // Without --agents: --jobs names them (a job id starts with its agent), a retry takes those of the run it retries.
      let agents = suite.agents;
      if (flags.agents) agents = splitList(flags.agents);
      else if (jobIds) agents = [...new Set(jobIds.map((id) => id.split("/")[0]!))];
      else if (flags.retryInfra && existsSync(manifest)) agents = readManifest(manifest).agents;
      const concurrency = Number(flags.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1) throw new UserInputError("BAD_FLAG", `--concurrency must be a positive integer, got ${flags.concurrency}`);
      const shard = flags.shard ? parseShard(flags.shard) : null;
      const progress = progressReporter();
      const started = performance.now();
      let result;
      try {
        result = await runSuite({
          suite,
          agents,
          mode: flags.mode,
          outDir,
          resume: flags.resume ?? false,
          retryInfra: flags.retryInfra ?? false,
          force: flags.force ?? false,
          shard,
          ...(jobIds ? { jobIds } : {}),
          concurrency,
          cassetteRoot: resolve(flags.cassettes ?? paths.cassettes),
          dataRoot: paths.root,
          onEvent: progress.onEvent,
          ...(flags.priceAs ? { priceAs: flags.priceAs } : {}),
        });
      } finally {
        progress.stop();
      }
      const runSeconds = (performance.now() - started) / 1000;
      const errors = result.records.filter((r) => r.status === "error").length;
      const summary: Record<string, unknown> = {
        suite: suite.name,
        agents,
        mode: flags.mode,
        shard: flags.shard ?? null,
        jobs: result.records.length,
        ran: result.ran,
        resumed: result.resumed,
        errors,
        results: `${outDir}/results.jsonl`,
        wallSeconds: Math.round(runSeconds * 10) / 10,
      };
      if (flags.report && !shard) {
        const { files } = await reportFromResults(outDir, { baselinesDir: resolve(flags.baselines ?? paths.baselines), outDir });
        summary.reports = files;
      }
      if (flags.json) {
        process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
      } else {
        const lines = [
          `suite ${suite.name}: ${result.records.length} job(s) (${result.ran} run, ${result.resumed} resumed), ${errors} error(s), ${summary.wallSeconds} s`,
          `results  ${summary.results}`,
        ];
        const files = summary.reports as { json: string; markdown: string; html: string } | undefined;
        if (files) lines.push(`report   ${files.json}`, `report   ${files.markdown}`, `report   ${files.html}`);
        if (shard) lines.push(`shard ${flags.shard} done; combine all shards with: worldcoder merge <shard folders…> --out <dir>`);
        process.stdout.write(`${lines.join("\n")}\n`);
      }
      if (errors > 0) process.exitCode = 1;
    });
}

function splitList(text: string): string[] {
  return text.split(",").map((item) => item.trim()).filter(Boolean);
}

