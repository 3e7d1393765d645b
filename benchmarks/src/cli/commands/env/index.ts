import type { Command } from "commander";
import { UserInputError } from "@worldcoder/core";

interface PlayFlags {
  seed?: string;
  scene?: string;
  actions?: string;
}

function seedOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UserInputError("BAD_FLAG", `--seed must be a non-negative integer, got ${text}`);
  return Number(text);
}

/** `worldcoder env list | verify | play`: the environments, their golden checks, and playing one. */
export function registerEnv(program: Command): void {
  const env = program.command("env").description("list, verify against golden data, and play the environments");

  env
    .command("list")
    .description("list every registered env id")
    .option("--json", "print JSON")
    .action(async (flags: { json?: boolean }) => {
      const { listEnvIds, envSpec } = await import("@worldcoder/envs");
      const specs = listEnvIds().map((id) => envSpec(id));
      if (flags.json) {
        const rows = specs.map((s) => ({ id: s.id, domain: s.domain, description: s.description }));
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      const width = Math.max(...specs.map((s) => s.id.length));
      for (const s of specs) process.stdout.write(`${s.id.padEnd(width)}  ${s.domain.padEnd(8)}  ${s.description}\n`);
    });

  env
    .command("verify")
    .description("replay golden records (a golden folder or one file) and compare every field")
    .argument("<path>", "the golden data folder (e.g. ../shared/data/golden) or one record file")
    .option("--json", "print the report as JSON")
    .action(async (path: string, flags: { json?: boolean }) => {
      const { verifyGolden } = await import("@worldcoder/envs");
      const { formatGoldenReport } = await import("./format.js");
      // Progress on a terminal only, on stderr, so piped and --json output stay clean.
      const tty = process.stderr.isTTY === true;
      const report = verifyGolden(path, {
        onFile: tty ? (file, i, n) => process.stderr.write(`\r\x1b[Kverifying ${i + 1}/${n} ${file}…`) : undefined,
      });
      if (tty) process.stderr.write("\r\x1b[K");
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatGoldenReport(report));
      if (!report.ok) process.exitCode = 1;
    });

  env
    .command("play")
    .description("play an env in the terminal: arrow keys for grids, typed commands for ALFWorld; q quits")
    .argument("<id>", "a registered env id (see `worldcoder env list`)")
    .option("--seed <n>", "seed of the reset")
    .option("--scene <scene>", "ALFWorld: a scene JSON file or a golden transcript id (with ALFWorld-Scene-v0)")
    .option("--actions <list>", "play these actions (names, indices or ALFWorld commands, separated by ';') and exit")
    .action(async (id: string, flags: PlayFlags) => {
      const { playEnv } = await import("./play.js");
      const summary = await playEnv({
        id,
        seed: seedOf(flags.seed),
        scene: flags.scene,
        actions: flags.actions?.split(";").map((a) => a.trim()).filter((a) => a !== ""),
        input: process.stdin,
        output: process.stdout,
      });
      if (flags.actions) {
        process.stdout.write(`steps ${summary.steps}, return ${summary.totalReward}${summary.terminated ? ", terminated" : ""}${summary.truncated ? ", truncated" : ""}\n`);
      }
    });
}
