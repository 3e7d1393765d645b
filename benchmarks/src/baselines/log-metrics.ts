import type { LogEpisode } from "./log-episodes.js";

/** When a run counts as having learned: a success rate over a full window of episodes. */
export interface Threshold {
  window: number;
  successRate: number;
}

export interface LogMetrics {
  episodes: number;
  /** The step counter at the last logged episode. */
  envSteps: number;
  successes: number;
  firstSuccess: { episode: number; envSteps: number } | null;
  /** First episode at which the last `window` episodes reached the success rate. */
  thresholdReached: { episode: number; envSteps: number } | null;
  /** Success rate and mean return over the last `window` episodes. */
  finalSuccessRate: number;
  finalMeanReturn: number;
}

export interface CurvePoint {
  envSteps: number;
  successRate: number;
}

export function logMetrics(episodes: readonly LogEpisode[], threshold: Threshold): LogMetrics {
  let successes = 0;
  let firstSuccess: LogMetrics["firstSuccess"] = null;
  let thresholdReached: LogMetrics["thresholdReached"] = null;
  let windowSuccesses = 0;
  episodes.forEach((episode, i) => {
    if (episode.success) {
      successes += 1;
      windowSuccesses += 1;
      firstSuccess ??= { episode: i + 1, envSteps: episode.endStep };
    }
    if (i >= threshold.window && episodes[i - threshold.window]!.success) windowSuccesses -= 1;
    // Only a full window counts: one lucky first episode is not a success rate.
    if (thresholdReached === null && i + 1 >= threshold.window && windowSuccesses >= threshold.successRate * threshold.window) {
      thresholdReached = { episode: i + 1, envSteps: episode.endStep };
    }
  });
  const tail = episodes.slice(-threshold.window);
  return {
    episodes: episodes.length,
    envSteps: episodes.at(-1)?.endStep ?? 0,
    successes,
    firstSuccess,
    thresholdReached,
    finalSuccessRate: tail.length ? tail.filter((e) => e.success).length / tail.length : 0,
    finalMeanReturn: tail.length ? tail.reduce((sum, e) => sum + e.return, 0) / tail.length : 0,
  };
}

/** Success rate over the last `window` episodes, thinned to at most `maxPoints` for charts. */
export function learningCurve(episodes: readonly LogEpisode[], window: number, maxPoints = 150): CurvePoint[] {
  const points: CurvePoint[] = [];
  const every = Math.max(1, Math.ceil(episodes.length / maxPoints));
  let inWindow = 0;
  episodes.forEach((episode, i) => {
    if (episode.success) inWindow += 1;
    if (i >= window && episodes[i - window]!.success) inWindow -= 1;
    if (i % every === every - 1 || i === episodes.length - 1) {
      points.push({ envSteps: episode.endStep, successRate: inWindow / Math.min(window, i + 1) });
    }
  });
  return points;
}
