import { resolve } from "node:path";
import type { Command } from "commander";
import { UserInputError } from "@worldcoder/core";

interface CompareFlags {
  json?: boolean;
  failOnRegression?: boolean;
  force?: boolean;
  baselines?: string;
  successDrop: string;
  stepsIncrease: string;
  tokensIncrease: string;
  dollarsIncrease: string;
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
    .description("compare two runs: totals against regression thresholds, and seed by seed with a paired test; refuses runs whose manifests make them incomparable")
    .argument("<base>", "the reference: a report.json, results.jsonl or results folder (e.g. baselines/reference/smoke/report.json)")
    .argument("<head>", "the new run: a report.json, results.jsonl or results folder")
    .option("--success-drop <points>", "allowed drop in success rate, as a fraction", "0")
    .option("--steps-increase <fraction>", "allowed relative increase in env steps", "0.1")
    .option("--tokens-increase <fraction>", "allowed relative increase in tokens", "0.1")
    .option("--dollars-increase <fraction>", "allowed relative increase in dollars", "0.1")
    .option("--fail-on-regression", "exit with status 1 when any figure regressed")
    .option("--force", "compare even when the run manifests differ in prompts, suite, model, prices, cassettes or levels (the output says it was forced)")
    .option("--baselines <dir>", "RL-log baselines, for results files (default: baselines/)")
    .option("--json", "print the comparison as JSON")
    .action(async (basePath: string, headPath: string, flags: CompareFlags) => {
      const [{ compareReports, loadComparable, comparisonMarkdown }, { defaultPaths }] = await Promise.all([import("../../../compare/index.js"), import("../../../paths.js")]);
      const baselinesDir = resolve(flags.baselines ?? defaultPaths().baselines);
      const thresholds = {
        successDrop: fraction("success-drop", flags.successDrop),
        stepsIncrease: fraction("steps-increase", flags.stepsIncrease),
        tokensIncrease: fraction("tokens-increase", flags.tokensIncrease),
        dollarsIncrease: fraction("dollars-increase", flags.dollarsIncrease),
      };
      const comparison = compareReports(loadComparable(basePath, baselinesDir), loadComparable(headPath, baselinesDir), thresholds, { force: flags.force ?? false });
      process.stdout.write(flags.json ? `${JSON.stringify(comparison, null, 2)}\n` : comparisonMarkdown(comparison, thresholds));
      if (flags.failOnRegression && comparison.regressions > 0) process.exitCode = 1;
    });
}
