import { dollars, rateWithInterval, withInterval } from "./format.js";
import type { Report } from "./schema.js";
import type { TrackSummary } from "./seed-stats.js";

/** The headline table, per (agent, track): Markdown and HTML show the same cells. */
export const HEADLINE_COLUMNS = [
  "agent", "track", "seeds", "success [95 % Wilson]", "env steps", "LLM calls", "input tokens", "output tokens", "dollars", "LLM calls / action after learning",
] as const;

export function headlineRow(row: TrackSummary): string[] {
  const s = row.stats;
  return [
    row.agent,
    row.track,
    row.seeds.map((j) => j.seed).join(", ") || "—",
    rateWithInterval(s.success),
    withInterval(s.envSteps),
    withInterval(s.llmCalls),
    withInterval(s.promptTokens),
    withInterval(s.completionTokens),
    withInterval(s.dollars, dollars),
    withInterval(s.llmCallsPerActionAfterLearning, (v) => v.toFixed(3)),
  ];
}

export function headlineIntro(report: Report): string {
  return `Per job, mean over the job seeds with its 95 % interval in brackets. ${report.statistics}`;
}
