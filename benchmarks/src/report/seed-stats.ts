import { countsForAgent, type TaskResult } from "@worldcoder/agents";
import type { JobRecord } from "../runner/results-schema.js";
import { meanInterval, wilsonInterval, type MeanInterval, type RateInterval } from "../stats/index.js";
import { domainOf } from "./domain.js";

/** One job's figures (one agent, one track, one job seed), summed over the tasks in scope. */
export interface JobFigures {
  jobId: string;
  track: string;
  seed: number;
  episodes: number;
  successes: number;
  envSteps: number;
  llmCalls: number;
  promptTokens: number;
  completionTokens: number;
  dollars: number;
  llmCallsAfterLearning: number;
  actionsAfterLearning: number;
}

/** Headline figures across jobs: means with 95 % t intervals, success with a Wilson interval. */
export interface SeedStats {
  jobs: number;
  success: RateInterval;
  envSteps: MeanInterval | null;
  llmCalls: MeanInterval | null;
  promptTokens: MeanInterval | null;
  completionTokens: MeanInterval | null;
  dollars: MeanInterval | null;
  /** Over the jobs that acted after learning a model; null when none did. */
  llmCallsPerActionAfterLearning: MeanInterval | null;
}

/** One agent on one track: the unit `compare` pairs by seed. */
export interface TrackSummary {
  agent: string;
  track: string;
  domain: string;
  envIds: string[];
  /** Per job, in job order: what the intervals are computed from and what `compare` pairs. */
  seeds: JobFigures[];
  stats: SeedStats;
}

/** Sums a job's tasks; null when none is in scope (the job did not play it, or failed). */
export function jobFigures(record: JobRecord, inScope: (task: TaskResult) => boolean = () => true): JobFigures | null {
  const tasks = record.tasks.filter(inScope);
  if (record.status !== "ok" || tasks.length === 0) return null;
  const sum = (pick: (task: TaskResult) => number) => tasks.reduce((total, task) => total + pick(task), 0);
  return {
    jobId: record.jobId,
    track: record.track,
    seed: record.seed,
    // Episodes the infrastructure or the harness spoiled are not the agent's: out of its success rate.
    episodes: sum((t) => t.episodes.filter((e) => countsForAgent(e.outcome)).length),
    successes: sum((t) => t.successes),
    envSteps: sum((t) => t.envSteps),
    llmCalls: sum((t) => t.llmCalls),
    promptTokens: sum((t) => t.promptTokens),
    completionTokens: sum((t) => t.completionTokens),
    // Nano-dollar rounding as the LLM ledger prices calls: sums must not carry float dust.
    dollars: Math.round(sum((t) => t.dollars) * 1e9) / 1e9,
    llmCallsAfterLearning: sum((t) => t.llmCallsAfterLearning),
    actionsAfterLearning: sum((t) => t.actionsAfterLearning),
  };
}

/**
 * jstat's quantiles go through exp/log, whose last bits may differ between platforms: six
 * significant digits keep reports byte-identical everywhere and lose nothing a reader uses.
 */
function stable(value: number | null): number | null {
  return value === null ? null : Number(value.toPrecision(6));
}

function interval(values: readonly number[]): MeanInterval | null {
  const ci = meanInterval(values);
  return ci && { n: ci.n, mean: stable(ci.mean)!, sd: stable(ci.sd), low: stable(ci.low), high: stable(ci.high) };
}

export function seedStats(jobs: readonly JobFigures[]): SeedStats {
  const pick = (key: keyof Omit<JobFigures, "jobId" | "track">) => interval(jobs.map((j) => j[key] as number));
  const wilson = wilsonInterval(
    jobs.reduce((a, j) => a + j.successes, 0),
    jobs.reduce((a, j) => a + j.episodes, 0),
  );
  const acted = jobs.filter((j) => j.actionsAfterLearning > 0);
  return {
    jobs: jobs.length,
    success: { ...wilson, rate: stable(wilson.rate)!, low: stable(wilson.low)!, high: stable(wilson.high)! },
    envSteps: pick("envSteps"),
    llmCalls: pick("llmCalls"),
    promptTokens: pick("promptTokens"),
    completionTokens: pick("completionTokens"),
    dollars: pick("dollars"),
    llmCallsPerActionAfterLearning: interval(acted.map((j) => j.llmCallsAfterLearning / j.actionsAfterLearning)),
  };
}

/** An agent's jobs on one env: each job's tasks on that env, summed. */
export function envSeedStats(records: readonly JobRecord[], agent: string, envId: string): SeedStats {
  return seedStats(records.filter((r) => r.agent === agent).flatMap((r) => jobFigures(r, (t) => t.envId === envId) ?? []));
}

/** Per (agent, track), in job order: every headline figure as a mean across the track's job seeds. */
export function trackSummaries(records: readonly JobRecord[]): TrackSummary[] {
  const groups = new Map<string, JobRecord[]>();
  for (const record of [...records].sort((a, b) => a.index - b.index)) {
    const key = `${record.agent}\u0000${record.track}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups.values()].map((jobs) => {
    const seeds = jobs.flatMap((job) => jobFigures(job) ?? []);
    const envIds = [...new Set(jobs.flatMap((job) => job.tasks.map((t) => t.envId)))];
    return {
      agent: jobs[0]!.agent,
      track: jobs[0]!.track,
      domain: [...new Set(envIds.map(domainOf))].join("+") || "none",
      envIds,
      seeds,
      stats: seedStats(seeds),
    };
  });
}
