import type { Command } from "commander";

/** Registers one subcommand (and its own subcommands) on the program. */
export type RegisterCommand = (program: Command) => void;

/**
 * Every subcommand, each in `commands/<name>/index.ts`. Commands import their heavy
 * dependencies lazily inside their action so that `--help` stays fast.
 */
export const commandModules: RegisterCommand[] = [];
