import { dollars, int, orDash, pct } from "./format.js";
import type { AgentEnvSummary, BaselineSummary, Report } from "./schema.js";

/** The columns both Markdown and HTML show for agents, so the two never disagree. */
export const AGENT_COLUMNS = [
  "agent", "runs", "success", "env steps", "to first model", "to first reward", "LLM calls",
  "input tokens", "output tokens", "dollars", "LLM calls / action after learning", "program lines",
] as const;

export function agentRow(row: AgentEnvSummary): string[] {
  const mean = (m: AgentEnvSummary["envStepsToFirstModel"]) => (m ? `${int(m.mean)} (${m.runsWith}/${row.runs} runs)` : "—");
  return [
    row.agent,
    String(row.runs),
    `${pct(row.successRate)} (${row.successes}/${row.episodes})`,
    int(row.envSteps),
    mean(row.envStepsToFirstModel),
    mean(row.envStepsToFirstReward),
    int(row.llmCalls),
    int(row.promptTokens),
    int(row.completionTokens),
    dollars(row.dollars),
    orDash(row.llmCallsPerActionAfterLearning, (v) => v.toFixed(3)),
    orDash(row.programLines),
  ];
}

export const BASELINE_COLUMNS = ["RL log", "env steps logged", "first success at", "≥ threshold at", "final success", "note"] as const;

export function baselineRow(row: BaselineSummary, report: Report): string[] {
  if (row.status === "no log") return [row.system, "no log", "no log", "no log", "no log", "no log covers this env"];
  if (row.kind === "evaluation") {
    return [
      row.system,
      `${int(row.envSteps ?? 0)} (evaluation)`,
      "—",
      "—",
      `${pct(row.finalSuccessRate ?? 0)} after ${int(row.trainEnvSteps ?? 0)} training steps`,
      row.note ?? "",
    ];
  }
  return [
    row.system,
    int(row.envSteps ?? 0),
    orDash(row.firstSuccessEnvSteps, (v) => `${int(v)} steps`).replace("—", "never"),
    orDash(row.thresholdEnvSteps, (v) => `${int(v)} steps`).replace("—", "never"),
    `${pct(row.finalSuccessRate ?? 0)} (last ${report.threshold.window} episodes)`,
    row.note ?? "",
  ];
}

/** Bridge answers cost nothing: dollars are always "at some model's list price", and say whose. */
export function pricingText(report: Report): string {
  if (report.pricing.length === 0) return "No job called an LLM: no tokens, no dollars.";
  return `Dollars are list prices: ${report.pricing.map((p) => (p.model === p.pricedAs ? p.model : `${p.model} priced at ${p.pricedAs} list price`)).join("; ")}.`;
}

export function thresholdText(report: Report): string {
  return `success rate ≥ ${pct(report.threshold.successRate)} over the last ${report.threshold.window} episodes`;
}
