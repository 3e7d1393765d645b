import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { WorldCoderError } from "@worldcoder/core";
import { commandModules } from "./commands/index.js";

function packageVersion(): string {
  const url = new URL("../../package.json", import.meta.url);
  return (JSON.parse(readFileSync(url, "utf8")) as { version: string }).version;
}

/** Builds the `worldcoder` program with every registered subcommand. */
export function buildProgram(): Command {
  const program = new Command("worldcoder")
    .description("WorldCoder-TS: LLM-written world models, planned with, benchmarked against ReAct and deep RL.")
    .version(packageVersion(), "-V, --version")
    .showHelpAfterError()
    .exitOverride();
  for (const register of commandModules) register(program);
  return program;
}

/**
 * Runs the CLI and returns the exit code. The one place that maps errors to exit codes:
 * 2 for bad input (user's fault), 1 for everything else.
 */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode;
    }
    if (error instanceof WorldCoderError) {
      process.stderr.write(`worldcoder: ${error.message} [${error.code}]\n`);
      return error.fault === "user" ? 2 : 1;
    }
    process.stderr.write(`worldcoder: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}
