import { tQuantile, Z_975 } from "./distributions.js";

/** A mean across seeds (jobs) with its two-sided 95 % Student-t interval. */
export interface MeanInterval {
  /** Samples (seeds) the mean is over. */
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1 in the denominator); null below two samples. */
  sd: number | null;
  /** mean ∓ t(0.975, n − 1) · sd / √n; null below two samples, where no interval exists. */
  low: number | null;
  high: number | null;
}

/** A success rate with its 95 % Wilson score interval. */
export interface RateInterval {
  successes: number;
  trials: number;
  rate: number;
  low: number;
  high: number;
}

/** How the report's intervals are computed, said once in every report. */
export const INTERVAL_METHOD =
  "Means are across jobs (one job = one agent playing one track with one job seed), with a two-sided 95 % Student-t interval (mean ± t(0.975, n−1)·s/√n; none for a single job, whose figure is shown alone). Success rates pool the episodes, with a 95 % Wilson score interval.";

export function sampleSd(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1));
}

/** Mean and 95 % t interval of one figure across seeds; null when there is no sample. */
export function meanInterval(values: readonly number[]): MeanInterval | null {
  const n = values.length;
  if (n === 0) return null;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = sampleSd(values);
  if (sd === null) return { n, mean, sd: null, low: null, high: null };
  const half = tQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
  return { n, mean, sd, low: mean - half, high: mean + half };
}

/**
 * Wilson score interval (Wilson 1927): unlike the normal approximation it stays inside [0, 1]
 * and is not empty at 0/n or n/n, which is where agents' success rates often sit.
 */
export function wilsonInterval(successes: number, trials: number, z = Z_975): RateInterval {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || trials < 0 || successes > trials) {
    throw new RangeError(`wilsonInterval needs 0 ≤ successes ≤ trials (integers), got ${successes}/${trials}`);
  }
  if (trials === 0) return { successes, trials, rate: 0, low: 0, high: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At 0/n and n/n one bound is exactly 0 or 1; the formula gives it with float dust.
  const low = successes === 0 ? 0 : centre - half;
  const high = successes === trials ? 1 : centre + half;
  return { successes, trials, rate: p, low, high };
}
