import type { Command } from "commander";
import { registerBench } from "./bench/index.js";
import { registerBridge } from "./bridge/index.js";
import { registerCompare } from "./compare/index.js";
import { registerEnv } from "./env/index.js";
import { registerLevels } from "./levels/index.js";
import { registerMerge } from "./merge/index.js";
import { registerModel } from "./model/index.js";
import { registerPerf } from "./perf/index.js";
import { registerReport } from "./report/index.js";

/** Registers one subcommand (and its own subcommands) on the program. */
export type RegisterCommand = (program: Command) => void;

/**
 * Every subcommand, each in `commands/<name>/index.ts`. Commands import their heavy
 * dependencies lazily inside their action so that `--help` stays fast.
 */
export const commandModules: RegisterCommand[] = [registerBench, registerReport, registerCompare, registerMerge, registerEnv, registerLevels, registerBridge, registerModel, registerPerf];
