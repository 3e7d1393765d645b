import type { Command } from "commander";
import { UserInputError } from "@worldcoder/core";

interface PerfFlags {
  levels?: string;
  perLevelMs?: string;
  steps?: string;
  weight?: string;
  levelFile?: string;
  json?: boolean;
}

function number(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw new UserInputError("BAD_FLAG", `${name} must be a non-negative number, got ${text}`);
  return n;
}

/** `worldcoder perf`: the sandbox benchmark (the same as `pnpm --filter @worldcoder/sandbox bench`). */
export function registerPerf(program: Command): void {
  program
    .command("perf")
    .description("sandbox benchmark: program throughput (native, SES, QuickJS), A* on Boxoban levels, worker latency")
    .option("--levels <n>", "Boxoban levels for the A* run (default: all 1000)")
    .option("--per-level-ms <ms>", "A* budget per level", "5000")
    .option("--steps <n>", "random-walk steps per throughput figure", "200000")
    .option("--weight <w>", "A* heuristic weight", "3")
    .option("--level-file <path>", "a Boxoban level file (default: fixtures/levels/boxoban/unfiltered/train/000.txt)")
    .option("--json", "print the report as JSON")
    .action(async (flags: PerfFlags) => {
      const { runPerf, formatPerfReport } = await import("@worldcoder/sandbox");
      const tty = process.stderr.isTTY === true;
      const report = await runPerf({
        levels: number("--levels", flags.levels),
        perLevelMs: number("--per-level-ms", flags.perLevelMs),
        steps: number("--steps", flags.steps),
        heuristicWeight: number("--weight", flags.weight),
        levelFile: flags.levelFile,
        onProgress: tty ? (m) => process.stderr.write(`\r\x1b[K${m}`) : undefined,
      });
      if (tty) process.stderr.write("\r\x1b[K");
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatPerfReport(report)}\n`);
    });
}
