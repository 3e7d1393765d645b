import { formatPerfReport, runPerf, type PerfOptions } from "./run-perf.js";

/**
 * `pnpm --filter @worldcoder/sandbox bench [--levels N] [--per-level-ms MS] [--steps N]
 * [--weight W] [--level-file PATH] [--json]`
 */
const args = process.argv.slice(2);
const value = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const num = (name: string): number | undefined => {
  const v = value(name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) {
    process.stderr.write(`bench: ${name} needs a non-negative number, got ${v}\n`);
    process.exit(2);
  }
  return n;
};
const options: PerfOptions = {
  levels: num("--levels"),
  perLevelMs: num("--per-level-ms"),
  steps: num("--steps"),
  heuristicWeight: num("--weight"),
  levelFile: value("--level-file"),
  onProgress: process.stderr.isTTY ? (m) => process.stderr.write(`\r\x1b[K${m}`) : undefined,
};
const report = await runPerf(options);
if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
process.stdout.write(args.includes("--json") ? JSON.stringify(report, null, 2) + "\n" : formatPerfReport(report) + "\n");
