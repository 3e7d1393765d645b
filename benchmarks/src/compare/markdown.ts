import { dollars, int, pct } from "../report/format.js";
import type { Comparison, Delta, Thresholds } from "./compare.js";

function change(delta: Delta, show: (v: number) => string, asPoints = false): string {
  if (delta.base === null) return delta.head === null ? "—" : `new: ${show(delta.head)}`;
  if (delta.head === null) return `${show(delta.base)} → missing`;
  let diff: string;
  if (delta.head === delta.base) diff = "=";
  else if (asPoints) diff = `${delta.head > delta.base ? "+" : ""}${((delta.head - delta.base) * 100).toFixed(1)} pt`;
  else diff = delta.base === 0 ? "new cost" : `${delta.head > delta.base ? "+" : ""}${(((delta.head - delta.base) / delta.base) * 100).toFixed(1)} %`;
  return `${show(delta.base)} → ${show(delta.head)} (${diff})${delta.regression ? " 🔴" : ""}`;
}

/** The delta table a PR comment shows; 🔴 marks a figure past its threshold. */
export function comparisonMarkdown(comparison: Comparison, thresholds: Thresholds): string {
  const lines = [
    `### Benchmark comparison: suite \`${comparison.suite}\``,
    "",
    comparison.regressions === 0 ? "No regressions." : `**${comparison.regressions} regression(s)** (marked 🔴).`,
    "",
    "| env | agent | success | env steps | tokens | dollars |",
    "| --- | --- | --- | --- | --- | --- |",
    ...comparison.rows.map((row) =>
      `| ${row.envId} | ${row.agent} | ${change(row.success, pct, true)} | ${change(row.envSteps, int)} | ${change(row.tokens, int)} | ${change(row.dollars, dollars)} |`,
    ),
    "",
    `Thresholds: success may drop by ${(thresholds.successDrop * 100).toFixed(1)} pt; env steps +${(thresholds.stepsIncrease * 100).toFixed(0)} %, tokens +${(thresholds.tokensIncrease * 100).toFixed(0)} %, dollars +${(thresholds.dollarsIncrease * 100).toFixed(0)} %.`,
  ];
  return `${lines.join("\n")}\n`;
}
