import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { UserInputError } from "@worldcoder/core";

interface CompareFlags {
  json?: boolean;
  failOnRegression?: boolean;
  successDrop: string;
  stepsIncrease: string;
  tokensIncrease: string;
  dollarsIncrease: string;
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UserInputError("BAD_REPORT", `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserInputError("BAD_REPORT", `${path} is not JSON`, { cause: error });
  }
}

function fraction(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new UserInputError("BAD_FLAG", `--${name} must be a non-negative number, got ${text}`);
  return value;
}

/** `worldcoder compare base.json head.json`: a Markdown delta table marking regressions. */
export function registerCompare(program: Command): void {
  program
    .command("compare")
    .description("compare two report.json files: success, env steps, tokens, dollars, with regression thresholds")
    .argument("<base>", "the reference report.json (e.g. baselines/reference/smoke/report.json)")
    .argument("<head>", "the new report.json")
    .option("--success-drop <points>", "allowed drop in success rate, as a fraction", "0")
    .option("--steps-increase <fraction>", "allowed relative increase in env steps", "0.1")
    .option("--tokens-increase <fraction>", "allowed relative increase in tokens", "0.1")
    .option("--dollars-increase <fraction>", "allowed relative increase in dollars", "0.1")
    .option("--fail-on-regression", "exit with status 1 when any figure regressed")
    .option("--json", "print the comparison as JSON")
    .action(async (basePath: string, headPath: string, flags: CompareFlags) => {
      const { compareReports, checkReport, comparisonMarkdown } = await import("../../../compare/index.js");
      const thresholds = {
        successDrop: fraction("success-drop", flags.successDrop),
        stepsIncrease: fraction("steps-increase", flags.stepsIncrease),
        tokensIncrease: fraction("tokens-increase", flags.tokensIncrease),
        dollarsIncrease: fraction("dollars-increase", flags.dollarsIncrease),
      };
      const comparison = compareReports(checkReport(readJson(basePath), basePath), checkReport(readJson(headPath), headPath), thresholds);
      process.stdout.write(flags.json ? `${JSON.stringify(comparison, null, 2)}\n` : comparisonMarkdown(comparison, thresholds));
      if (flags.failOnRegression && comparison.regressions > 0) process.exitCode = 1;
    });
}
