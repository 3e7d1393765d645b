import { cell } from "./format.js";
import { LEARNING_COLUMNS, LEARNING_NOTE, learningRow, versionSummary, type LearningRun } from "./learning.js";

/** The learning table and, per run, its versions as a list (diffs are left to the HTML page). */
export function learningMarkdown(runs: readonly LearningRun[]): string[] {
  if (runs.length === 0) return [];
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  const out = ["## Learning: per WorldCoder run", "", LEARNING_NOTE, ""];
  out.push(line(LEARNING_COLUMNS), line(LEARNING_COLUMNS.map(() => "---")), ...runs.map((run) => line(learningRow(run))), "");
  for (const run of runs) {
    if (run.history.length === 0) continue;
    out.push(`<details><summary>${run.jobId} on ${run.envId}: ${run.programsTried} program${run.programsTried === 1 ? "" : "s"}</summary>`, "");
    for (const v of run.history) out.push(`- ${versionSummary(v)}`);
    out.push("", "</details>", "");
  }
  return out;
}
