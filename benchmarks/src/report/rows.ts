import { dollars, int, orDash, pct, rateWithInterval, withInterval } from "./format.js";
import type { AgentEnvSummary, BaselineSummary, Report } from "./schema.js";

/** The columns both Markdown and HTML show for agents, so the two never disagree. */
export const AGENT_COLUMNS = [
  "agent", "runs", "success [95 % Wilson]", "env steps per run [95 % CI]", "to first model", "to first reward", "LLM calls per run",
  "input tokens per run", "output tokens per run", "dollars per run", "LLM calls / action after learning", "program lines",
] as const;

export function agentRow(row: AgentEnvSummary): string[] {
  const mean = (m: AgentEnvSummary["envStepsToFirstModel"]) => (m ? `${int(m.mean)} (${m.runsWith}/${row.runs} runs)` : "—");
  return [
    row.agent,
    String(row.runs),
    `${rateWithInterval(row.intervals.success)}${row.notCounted ? `, ${row.notCounted} not counted (infra/harness)` : ""}`,
    withInterval(row.intervals.envSteps),
    mean(row.envStepsToFirstModel),
    mean(row.envStepsToFirstReward),
    withInterval(row.intervals.llmCalls),
    withInterval(row.intervals.promptTokens),
    withInterval(row.intervals.completionTokens),
    withInterval(row.intervals.dollars, dollars),
    withInterval(row.intervals.llmCallsPerActionAfterLearning, (v) => v.toFixed(3)),
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

/**
 * One line per env: every agent and every RL log side by side, each in its own headline figure
 * (agents: success and env steps; training logs: env steps to the threshold; evaluations: success).
 */
export function summaryTable(report: Report): { header: string[]; rows: string[][] } {
  const systems = [...new Set(report.envs.flatMap((env) => env.baselines.map((b) => b.system)))];
  const header = ["env", ...report.agents.map((a) => `${a}: success [95 % Wilson] (env steps per run)`), ...systems];
  const rows = report.envs.map((env) => [
    env.envId,
    ...report.agents.map((agent) => {
      const row = env.agents.find((a) => a.agent === agent);
      return row ? `${rateWithInterval(row.intervals.success)} (${withInterval(row.intervals.envSteps)})` : "—";
    }),
    ...systems.map((system) => {
      const log = env.baselines.find((b) => b.system === system);
      if (!log || log.status === "no log") return "no log";
      if (log.kind === "evaluation") return `${pct(log.finalSuccessRate ?? 0)} after ${int(log.trainEnvSteps ?? 0)} training steps`;
      return log.thresholdEnvSteps === null || log.thresholdEnvSteps === undefined ? `never (${int(log.envSteps ?? 0)} steps logged)` : `threshold at ${int(log.thresholdEnvSteps)} steps`;
    }),
  ]);
  return { header, rows };
}

/** Bridge answers cost nothing: dollars are always "at some model's list price", and say whose. */
export function pricingText(report: Report): string {
  if (report.pricing.length === 0) return "No job called an LLM: no tokens, no dollars.";
  return `Dollars are list prices: ${report.pricing.map((p) => (p.model === p.pricedAs ? p.model : `${p.model} priced at ${p.pricedAs} list price`)).join("; ")}.`;
}

export function thresholdText(report: Report): string {
  return `success rate ≥ ${pct(report.threshold.successRate)} over the last ${report.threshold.window} episodes`;
}
