import { dollars, int, mean, pct } from "../report/format.js";
import { ALPHA, POWER } from "../stats/index.js";
import type { Comparison, Delta, Thresholds } from "./compare.js";
import type { PairedMetric, PairedRow } from "./paired.js";

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
    ...manifestLines(comparison),
    comparison.regressions === 0 ? "No regressions." : `**${comparison.regressions} regression(s)** (marked 🔴).`,
    "",
    "| env | agent | success | env steps | tokens | dollars |",
    "| --- | --- | --- | --- | --- | --- |",
    ...comparison.rows.map((row) =>
      `| ${row.envId} | ${row.agent} | ${change(row.success, pct, true)} | ${change(row.envSteps, int)} | ${change(row.tokens, int)} | ${change(row.dollars, dollars)} |`,
    ),
    "",
    `Regression thresholds (🔴, on the totals above; replays are deterministic, so any change is the code's): success may drop by ${(thresholds.successDrop * 100).toFixed(1)} pt; env steps +${(thresholds.stepsIncrease * 100).toFixed(0)} %, tokens +${(thresholds.tokensIncrease * 100).toFixed(0)} %, dollars +${(thresholds.dollarsIncrease * 100).toFixed(0)} %.`,
    "",
    "#### Seed by seed",
    "",
    pairedMarkdown(comparison.paired).trimEnd(),
  ];
  return `${lines.join("\n")}\n`;
}

function pValue(p: number): string {
  return p < 0.001 ? "< 0.001" : p.toPrecision(2);
}

/** `base → head (Δ; verdict)`: significant only when the paired t-test says so. */
function pairedCell(metric: PairedMetric | null, show: (v: number) => string, asPoints = false): string {
  if (metric === null) return "—";
  const { test } = metric;
  if (test.meanDiff === 0 && (test.sdDiff ?? 0) === 0) return `${show(metric.base)} =`;
  const delta = asPoints ? `${test.meanDiff > 0 ? "+" : ""}${(test.meanDiff * 100).toFixed(1)} pt` : `${test.meanDiff > 0 ? "+" : "−"}${show(Math.abs(test.meanDiff))}`;
  let verdict: string;
  if (test.tP === null) verdict = "1 seed: no test";
  else {
    const exact = test.permutationP === null ? "" : `, sign-flip ${pValue(test.permutationP)}`;
    const needed = test.seedsNeeded === null ? "" : `; ${test.seedsNeeded} seeds to detect`;
    verdict = test.significant ? `**significant**, p ${pValue(test.tP)}${exact}` : `not significant, p ${pValue(test.tP)}${exact}${needed}`;
  }
  return `${show(metric.base)} → ${show(metric.head)} (${delta}; ${verdict})`;
}

/** The seed-by-seed table: one row per (agent, track), every figure with its paired test. */
export function pairedMarkdown(rows: readonly PairedRow[]): string {
  if (rows.length === 0) return "No (agent, track) is in both reports with per-seed figures (reports before `worldcoder-report/2` have none).\n";
  const lines = [
    "| agent | track | paired seeds | success | env steps | tokens | dollars |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((row) => {
      const unpaired = [...row.baseOnly.map((s) => `${s} base only`), ...row.headOnly.map((s) => `${s} head only`)];
      const seeds = `${row.seeds.join(", ") || "none"}${unpaired.length ? ` (${unpaired.join(", ")})` : ""}`;
      return `| ${row.agent} | ${row.track} | ${seeds} | ${pairedCell(row.success, pct, true)} | ${pairedCell(row.envSteps, mean)} | ${pairedCell(row.tokens, mean)} | ${pairedCell(row.dollars, dollars)} |`;
    }),
    "",
    `Means over the paired job seeds. A difference is **significant** only when a two-sided paired t-test over the seeds gives p < ${ALPHA} (the exact sign-flip p is shown beside it; with 5 seeds it cannot go below 0.0625). \"Seeds to detect\": the job seeds a paired t-test would need to detect the observed mean difference, at the observed spread, with α = ${ALPHA} and power ${POWER}.`,
  ];
  return `${lines.join("\n")}\n`;
}

/** A forced comparison says so before anything else; runs without manifests say what was not checked. */
function manifestLines(comparison: Comparison): string[] {
  const lines: string[] = [];
  const { differences, unchecked } = comparison.manifest ?? { differences: [], unchecked: [] };
  if (differences.length > 0) {
    lines.push(
      `> ⚠️ **FORCED COMPARISON (--force): these runs are not comparable.** Their run manifests differ in ${differences.length} comparable field(s):`,
      ...differences.map((d) => `> - \`${d.field}\`: base \`${d.values[0]}\`, head \`${d.values[1]}\``),
      "",
    );
  }
  if (unchecked.length > 0) lines.push(`Not checked for comparability: ${unchecked.join(" and ")} ha${unchecked.length === 1 ? "s" : "ve"} no run manifest (results before schema 2).`, "");
  return lines;
}
