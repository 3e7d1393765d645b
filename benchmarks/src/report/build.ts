import type { Env } from "@worldcoder/core";
import type { TaskResult } from "@worldcoder/agents";
import { loadBaselineRuns } from "../baselines/catalog.js";
import type { JobRecord, RunManifest } from "../runner/results-schema.js";
import { agentCurve, round, summarizeAgentEnv } from "./aggregate.js";
import { domainOf } from "./domain.js";
import type { LevelFactsIndex } from "../levels/index.js";
import { learningRuns } from "./learning.js";
import { outcomeRows } from "./outcomes.js";
import { defaultLevelFacts, optimalityRows } from "./optimality.js";
import { paperFigures } from "./paper-figures.js";
import { envSeedStats, trackSummaries } from "./seed-stats.js";
import { INTERVAL_METHOD } from "../stats/index.js";
import { REPORT_SCHEMA, type BaselineSummary, type Curve, type EnvReport, type ProgramEntry, type Report } from "./schema.js";

export interface BuildReportOptions {
  baselinesDir: string;
  /** The run manifest of the results, copied into the report. */
  manifest?: RunManifest | null;
  /** Builds an env to draw its start picture; pictures are left out when absent or failing. */
  makeEnv?: (envId: string) => Env;
  /** Optimal lengths of Sokoban-domain levels (default: the committed fixtures/level-facts). */
  levelFacts?: LevelFactsIndex;
}

/**
 * Derives the report from results alone (no wall-clock), so equal results give equal
 * reports byte for byte. Records must be one suite's, in any order.
 */
export function buildReport(input: readonly JobRecord[], options: BuildReportOptions): Report {
  const records = [...input].sort((a, b) => a.index - b.index);
  const first = records[0];
  const agents = unique(records.map((r) => r.agent));
  const envIds = unique(records.flatMap((r) => r.tasks.map((t) => t.envId)));
  const baselines = loadBaselineRuns(options.baselinesDir, envIds);

  const envs: EnvReport[] = envIds.map((envId) => {
    const agentRows = agents.map((agent) => {
      const tasks = tasksOf(records, agent, envId);
      return { agent, tasks };
    }).filter((row) => row.tasks.length > 0);
    const curves: Curve[] = agentRows.map(({ agent, tasks }) => ({ series: agent, kind: "agent", points: agentCurve(tasks) }));
    const logs = baselines.runs.filter((run) => run.envId === envId);
    for (const log of logs) {
      if (log.curve.length) curves.push({ series: log.caveat ? `${log.system}, ${log.caveat}` : log.system, kind: "log", points: log.curve.map((p) => ({ envSteps: p.envSteps, successRate: round(p.successRate) })) });
    }
    const baselineRows: BaselineSummary[] = baselines.systems.map((system) => {
      const log = logs.find((run) => run.system === system);
      if (!log) return { system, status: "no log" };
      return {
        system,
        status: "log",
        kind: log.kind,
        trainEnvSteps: log.trainEnvSteps,
        episodes: log.metrics.episodes,
        envSteps: log.metrics.envSteps,
        firstSuccessEnvSteps: log.metrics.firstSuccess?.envSteps ?? null,
        thresholdEnvSteps: log.metrics.thresholdReached?.envSteps ?? null,
        finalSuccessRate: round(log.metrics.finalSuccessRate),
        finalMeanReturn: round(log.metrics.finalMeanReturn),
        note: log.note,
        source: log.source,
      };
    });
    return {
      envId,
      domain: domainOf(envId),
      tracks: unique(records.filter((r) => r.tasks.some((t) => t.envId === envId)).map((r) => r.track)),
      agents: agentRows.map(({ agent, tasks }) => ({ ...summarizeAgentEnv(agent, tasks), intervals: envSeedStats(records, agent, envId) })),
      baselines: baselineRows,
      curves,
      picture: picture(envId, records, options.makeEnv),
    };
  });

  const programs: ProgramEntry[] = records.flatMap((record) =>
    record.tasks.flatMap((task) =>
      task.program === null ? [] : [{ jobId: record.jobId, envId: task.envId, lines: task.programLines, refinements: task.refinements, program: task.program }],
    ),
  );
  const failed = records.filter((r) => r.status === "error").map((r) => ({ jobId: r.jobId, code: r.error?.code ?? "UNKNOWN", message: r.error?.message ?? "" }));
  return {
    schema: REPORT_SCHEMA,
    manifest: options.manifest ?? null,
    suite: first?.suite ?? "",
    suiteHash: first?.suiteHash ?? "",
    agents,
    jobs: { total: records.length, ok: records.length - failed.length, failed },
    statistics: INTERVAL_METHOD,
    headline: trackSummaries(records),
    threshold: baselines.threshold,
    pricing: uniqueBy(records.flatMap((r) => (r.llm ? [r.llm] : [])), (p) => `${p.model}\u0000${p.pricedAs}`),
    envs,
    outcomes: outcomeRows(records),
    paper: paperFigures(options.baselinesDir, unique(envs.map((e) => e.domain)), envIds),
    programs,
    learning: learningRuns(records),
    optimality: optimalityRows(records, agents, options.levelFacts ?? defaultLevelFacts()),
  };
}

function tasksOf(records: readonly JobRecord[], agent: string, envId: string): TaskResult[] {
  return records.filter((r) => r.agent === agent).flatMap((r) => r.tasks.filter((t) => t.envId === envId));
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** The start of the first episode the suite played on this env, drawn by the env itself. */
function picture(envId: string, records: readonly JobRecord[], makeEnv: ((id: string) => Env) | undefined): string | null {
  if (!makeEnv) return null;
  const seed = records.flatMap((r) => r.tasks).find((t) => t.envId === envId)?.episodes[0]?.seed ?? 0;
  try {
    const env = makeEnv(envId);
    env.reset(seed);
    const svg = env.render("svg");
    return svg.trimStart().startsWith("<svg") ? svg : null;
  } catch {
    return null;
  }
}
