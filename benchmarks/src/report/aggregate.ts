import { countsForAgent, type EpisodeResult, type TaskResult } from "@worldcoder/agents";
import type { CurvePoint } from "../baselines/log-metrics.js";
import type { AgentEnvSummary } from "./schema.js";

/** The episodes a success rate is taken over: those whose outcome is the agent's doing. */
const countedEpisodes = (episodes: readonly EpisodeResult[]) => episodes.filter((e) => countsForAgent(e.outcome));

/** Rounds for reports: float sums must not show last-bit noise. */
export function round(value: number, digits = 4): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function meanOf(values: readonly number[]): { mean: number; runsWith: number } | null {
  return values.length ? { mean: round(values.reduce((a, b) => a + b, 0) / values.length, 1), runsWith: values.length } : null;
}

/** Sums one agent's task results for one env over its runs (seeds), in job order. */
export function summarizeAgentEnv(agent: string, allTasks: readonly TaskResult[]): Omit<AgentEnvSummary, "intervals"> {
  // A job that failed as a whole lists its tasks with only infra/harness episodes: not a run of the agent.
  const tasks = allTasks.filter((t) => t.episodes.length === 0 || countedEpisodes(t.episodes).length > 0);
  const sum = (pick: (task: TaskResult) => number) => tasks.reduce((total, task) => total + pick(task), 0);
  const episodes = sum((t) => countedEpisodes(t.episodes).length);
  const notCounted = allTasks.reduce((n, t) => n + t.episodes.length, 0) - episodes;
  const successes = sum((t) => t.successes);
  const callsAfter = sum((t) => t.llmCallsAfterLearning);
  const actionsAfter = sum((t) => t.actionsAfterLearning);
  const programs = tasks.filter((t) => t.programLines !== null);
  const refined = tasks.filter((t) => t.refinements !== null);
  const stopReasons: Record<string, number> = {};
  for (const task of tasks) if (task.stopReason) stopReasons[task.stopReason] = (stopReasons[task.stopReason] ?? 0) + 1;
  return {
    agent,
    runs: tasks.length,
    episodes,
    notCounted,
    successes,
    successRate: episodes ? round(successes / episodes) : 0,
    envSteps: sum((t) => t.envSteps),
    envStepsToFirstModel: meanOf(tasks.flatMap((t) => (t.envStepsToFirstModel === null ? [] : [t.envStepsToFirstModel]))),
    envStepsToFirstReward: meanOf(tasks.flatMap((t) => (t.envStepsToFirstReward === null ? [] : [t.envStepsToFirstReward]))),
    llmCalls: sum((t) => t.llmCalls),
    promptTokens: sum((t) => t.promptTokens),
    completionTokens: sum((t) => t.completionTokens),
    dollars: round(sum((t) => t.dollars), 6),
    llmCallsPerActionAfterLearning: actionsAfter > 0 ? round(callsAfter / actionsAfter) : null,
    programLines: programs.length ? round(programs.reduce((a, t) => a + (t.programLines ?? 0), 0) / programs.length, 1) : null,
    refinements: refined.length ? round(refined.reduce((a, t) => a + (t.refinements ?? 0), 0) / refined.length, 1) : null,
    invalidActions: sum((t) => t.invalidActions),
    stopReasons,
  };
}

/**
 * Cumulative success rate against cumulative env steps, episode by episode, pooling an
 * agent's runs in job order (each run's steps continue from the previous run's end would
 * mislead, so steps are per run and points of all runs are pooled, sorted by steps).
 */
export function agentCurve(tasks: readonly TaskResult[]): CurvePoint[] {
  const perEpisode: { envSteps: number; success: boolean }[] = [];
  for (const task of tasks) {
    let steps = 0;
    // Episodes the infrastructure or the harness spoiled are not the agent's: no point on its curve.
    for (const episode of countedEpisodes(task.episodes)) {
      steps += episode.steps;
      perEpisode.push({ envSteps: Math.max(1, steps), success: episode.success });
    }
  }
  perEpisode.sort((a, b) => a.envSteps - b.envSteps);
  let successes = 0;
  return perEpisode.map((point, i) => {
    if (point.success) successes += 1;
    return { envSteps: point.envSteps, successRate: round(successes / (i + 1)) };
  });
}
