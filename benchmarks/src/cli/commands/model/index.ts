import type { Command } from "commander";
import { UserInputError } from "@worldcoder/core";

interface CheckFlags {
  env: string;
  backend: string;
  steps: string;
  seed: string;
  timeoutMs: string;
  json?: boolean;
}

function count(name: string, text: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min) throw new UserInputError("BAD_FLAG", `${name} must be an integer >= ${min}, got ${text}`);
  return Number(text);
}

/** `worldcoder model check`: load a world-model program and run it against a real env. */
export function registerModel(program: Command): void {
  const model = program.command("model").description("check world-model programs (transition, reward) in the sandbox");
  model
    .command("check")
    .description("load a program, fit it to a seeded random rollout of the real env, and measure its speed in the sandbox")
    .argument("<file>", "the program: a JavaScript file defining transition(state, action) and reward(state, action, nextState, goal)")
    .requiredOption("--env <id>", "a registered env id (see `worldcoder env list`)")
    .option("--backend <name>", "sandbox backend: ses or quickjs", "ses")
    .option("--steps <n>", "steps of the random rollout", "200")
    .option("--seed <n>", "seed of the env reset and of the random actions", "0")
    .option("--timeout-ms <ms>", "wall-clock allowance per sandbox job", "10000")
    .option("--json", "print the report as JSON")
    .action(async (file: string, flags: CheckFlags) => {
      const { checkModel, formatModelCheck } = await import("./check.js");
      if (flags.backend !== "ses" && flags.backend !== "quickjs") {
        throw new UserInputError("BAD_FLAG", `--backend must be ses or quickjs, got ${flags.backend}`);
      }
      const report = await checkModel({
        file,
        envId: flags.env,
        backend: flags.backend,
        steps: count("--steps", flags.steps, 1),
        seed: count("--seed", flags.seed, 0),
        timeoutMs: count("--timeout-ms", flags.timeoutMs, 1),
      });
      process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatModelCheck(report));
      if (!report.ok) process.exitCode = 1;
    });
}
