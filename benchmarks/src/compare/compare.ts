import { UserInputError } from "@worldcoder/core";
import { READABLE_REPORT_SCHEMAS, REPORT_SCHEMA, type AgentEnvSummary, type Report } from "../report/schema.js";
import { checkManifests, IncomparableRunsError } from "../runner/manifest-check.js";
import type { ManifestDifference } from "../runner/results-schema.js";
import { pairBySeed, type PairedRow } from "./paired.js";

/** How much worse a figure may get before it counts as a regression. */
export interface Thresholds {
  /** Absolute drop in success rate (0.05 = five points). */
  successDrop: number;
  /** Relative increases (0.1 = +10 %). */
  stepsIncrease: number;
  tokensIncrease: number;
  dollarsIncrease: number;
}

/** Replays are deterministic, so any success drop is real; costs get some slack for recordings. */
export const DEFAULT_THRESHOLDS: Thresholds = { successDrop: 0, stepsIncrease: 0.1, tokensIncrease: 0.1, dollarsIncrease: 0.1 };

export interface Delta {
  base: number | null;
  head: number | null;
  regression: boolean;
}

export interface CompareRow {
  envId: string;
  agent: string;
  success: Delta;
  envSteps: Delta;
  tokens: Delta;
  dollars: Delta;
}

export interface Comparison {
  suite: string;
  /** Per (env, agent): totals against the regression thresholds (the PR gate). */
  rows: CompareRow[];
  regressions: number;
  /** Per (agent, track), seed by seed: which differences the paired test finds significant. */
  paired: PairedRow[];
  /** The run manifests' verdict: comparable facts that differ (only ever non-empty when forced). */
  manifest: { forced: boolean; differences: ManifestDifference[]; unchecked: string[] };
}

export interface CompareOptions {
  /** Compare even when the run manifests say the runs are not comparable; the output says so. */
  force?: boolean;
}

export function checkReport(value: unknown, source: string): Report {
  const report = value as Partial<Report>;
  if (typeof report !== "object" || report === null || !READABLE_REPORT_SCHEMAS.includes(String(report.schema)) || !Array.isArray(report.envs)) {
    throw new UserInputError("BAD_REPORT", `${source} is not a ${REPORT_SCHEMA} report.json (schema: ${String(report?.schema)}; readable: ${READABLE_REPORT_SCHEMAS.join(", ")})`);
  }
  return report as Report;
}

const tokens = (row: AgentEnvSummary) => row.promptTokens + row.completionTokens;

function relative(base: number | null, head: number | null, limit: number): Delta {
  const regression = base !== null && head !== null && head > base * (1 + limit) && head - base > 0;
  return { base, head, regression };
}

/** Pairs rows by (env, agent); a row present on one side only shows the other as missing. */
export function compareReports(base: Report, head: Report, thresholds: Thresholds = DEFAULT_THRESHOLDS, options: CompareOptions = {}): Comparison {
  if (base.suite !== head.suite) {
    throw new UserInputError("BAD_REPORT", `cannot compare suite "${base.suite}" with suite "${head.suite}": compare reports of the same suite`);
  }
  const check = checkManifests([{ label: "base", manifest: base.manifest ?? null }, { label: "head", manifest: head.manifest ?? null }]);
  if (check.differences.length > 0 && !options.force) throw new IncomparableRunsError("compare these results", check.differences, ["base", "head"]);
  const keys: { envId: string; agent: string }[] = [];
  const seen = new Set<string>();
  for (const report of [base, head]) {
    for (const env of report.envs) {
      for (const row of env.agents) {
        const key = `${env.envId}\u0000${row.agent}`;
        if (!seen.has(key)) {
          seen.add(key);
          keys.push({ envId: env.envId, agent: row.agent });
        }
      }
    }
  }
  const find = (report: Report, envId: string, agent: string) => report.envs.find((e) => e.envId === envId)?.agents.find((a) => a.agent === agent) ?? null;
  const rows = keys.map(({ envId, agent }) => {
    const b = find(base, envId, agent);
    const h = find(head, envId, agent);
    const successBase = b?.successRate ?? null;
    const successHead = h?.successRate ?? null;
    return {
      envId,
      agent,
      success: {
        base: successBase,
        head: successHead,
        // A row that disappeared lost all its successes.
        regression: (successBase !== null && successHead === null) || (successBase !== null && successHead !== null && successBase - successHead > thresholds.successDrop + 1e-9),
      },
      envSteps: relative(b?.envSteps ?? null, h?.envSteps ?? null, thresholds.stepsIncrease),
      tokens: relative(b ? tokens(b) : null, h ? tokens(h) : null, thresholds.tokensIncrease),
      dollars: relative(b?.dollars ?? null, h?.dollars ?? null, thresholds.dollarsIncrease),
    };
  });
  const regressions = rows.filter((r) => r.success.regression || r.envSteps.regression || r.tokens.regression || r.dollars.regression).length;
  return {
    suite: head.suite,
    rows,
    regressions,
    paired: pairBySeed(base, head),
    manifest: { forced: check.differences.length > 0, differences: check.differences, unchecked: check.unchecked },
  };
}
