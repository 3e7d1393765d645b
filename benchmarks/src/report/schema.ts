import type { CurvePoint, Threshold } from "../baselines/log-metrics.js";
import type { RunManifest } from "../runner/results-schema.js";
import type { LearningRun } from "./learning.js";
import type { OptimalityRow } from "./optimality.js";
import type { SeedStats, TrackSummary } from "./seed-stats.js";
import type { OutcomeRow } from "./outcomes.js";

/** Bumped on any change readers would notice; `compare` refuses versions it does not know. */
export const REPORT_SCHEMA = "worldcoder-report/2";
/** Older report versions `compare` still reads (they lack intervals and the manifest). */
export const READABLE_REPORT_SCHEMAS: readonly string[] = ["worldcoder-report/1", REPORT_SCHEMA];

/** One agent on one env, over every seed (run) of the suite. */
export interface AgentEnvSummary {
  agent: string;
  runs: number;
  /** Episodes the success rate is taken over: every outcome but llm_infra_error and harness_error. */
  episodes: number;
  /** llm_infra_error and harness_error episodes, left out of `episodes` and the success rate. */
  notCounted: number;
  successes: number;
  successRate: number;
  envSteps: number;
  /** Means over the runs where the event happened; `runsWith` says how many. */
  envStepsToFirstModel: { mean: number; runsWith: number } | null;
  envStepsToFirstReward: { mean: number; runsWith: number } | null;
  llmCalls: number;
  promptTokens: number;
  completionTokens: number;
  dollars: number;
  /** LLM calls per action once the model was learned; null when no action came after learning. */
  llmCallsPerActionAfterLearning: number | null;
  programLines: number | null;
  refinements: number | null;
  invalidActions: number;
  /** Stop reasons other than finishing, counted. */
  stopReasons: Record<string, number>;
  /** The headline figures as means across jobs (seeds) with 95 % intervals; the sums above stay for totals. */
  intervals: SeedStats;
}

/** What one RL log says about an env, or that there is none. */
export interface BaselineSummary {
  system: string;
  status: "log" | "no log";
  kind?: "training" | "evaluation";
  trainEnvSteps?: number | null;
  episodes?: number;
  envSteps?: number;
  firstSuccessEnvSteps?: number | null;
  thresholdEnvSteps?: number | null;
  finalSuccessRate?: number;
  finalMeanReturn?: number;
  note?: string;
  source?: string;
}

export interface Curve {
  series: string;
  /** `agent` curves are cumulative success rate per episode; `log` curves a rolling window. */
  kind: "agent" | "log";
  points: CurvePoint[];
}

export interface EnvReport {
  envId: string;
  domain: string;
  tracks: string[];
  agents: AgentEnvSummary[];
  baselines: BaselineSummary[];
  curves: Curve[];
  /** The env's own SVG of the first episode's start, or null when it cannot render. */
  picture: string | null;
}

export interface PaperFigure {
  domain: string;
  system: string;
  metric: string;
  value: string;
  env?: string;
  status: string;
  source: string;
}

export interface ProgramEntry {
  jobId: string;
  envId: string;
  lines: number | null;
  refinements: number | null;
  program: string;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  /** The run manifest of the results (null for results written before schema 2). */
  manifest: RunManifest | null;
  suite: string;
  suiteHash: string;
  agents: string[];
  jobs: { total: number; ok: number; failed: { jobId: string; code: string; message: string }[] };
  /** How the intervals are computed, in words. */
  statistics: string;
  /** Per (agent, track): every headline figure as a mean across job seeds with its interval. */
  headline: TrackSummary[];
  threshold: Threshold;
  /** Models the jobs' LLM clients ran as and whose list price gave the dollars. */
  pricing: { model: string; pricedAs: string }[];
  envs: EnvReport[];
  /** How every episode ended, per (agent, track). */
  outcomes: OutcomeRow[];
  paper: PaperFigure[];
  programs: ProgramEntry[];
  /** Per WorldCoder task: programs tried, refinements, optimism rejections, the program tree with diffs. */
  learning: LearningRun[];
  /** Sokoban-domain envs with level facts: steps of solved episodes against the optimal length. */
  optimality: OptimalityRow[];
}
