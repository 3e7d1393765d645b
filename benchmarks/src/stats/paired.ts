import { noncentralTCdf, tCdf, tQuantile } from "./distributions.js";
import { sampleSd } from "./intervals.js";

/** The outcome of comparing paired samples (the same seeds under base and head). */
export interface PairedTest {
  /** Pairs compared. */
  n: number;
  /** Mean of head − base. */
  meanDiff: number;
  sdDiff: number | null;
  /** Two-sided p-value of the paired t-test; null below two pairs. */
  tP: number | null;
  /** Exact two-sided p-value of the sign-flip permutation test; null above MAX_EXACT_PAIRS pairs. */
  permutationP: number | null;
  /** The paired t-test's verdict at α: the only thing that marks a difference significant. */
  significant: boolean;
  /**
   * Seeds (pairs) a paired t-test would need to detect the observed mean difference with the
   * observed spread at α, power 0.8; null when there is nothing to detect (no difference) or
   * nothing to estimate the spread from (one pair).
   */
  seedsNeeded: number | null;
}

export const ALPHA = 0.05;
export const POWER = 0.8;
/** 2^20 sign patterns are enumerated in well under a second; beyond that the t-test stands alone. */
export const MAX_EXACT_PAIRS = 20;
/** Above this, "seeds needed" is reported as this cap: the difference is too small to chase. */
export const MAX_SEEDS_NEEDED = 10_000;

/** Differences are of sums of floats (dollars): below this they are rounding noise, not effects. */
const EPSILON = 1e-9;

export function pairedTest(base: readonly number[], head: readonly number[], alpha = ALPHA, power = POWER): PairedTest {
  if (base.length !== head.length) throw new RangeError(`paired samples must have equal length (${base.length} vs ${head.length})`);
  const diffs = head.map((h, i) => h - base[i]!);
  const n = diffs.length;
  const meanDiff = n ? diffs.reduce((a, b) => a + b, 0) / n : 0;
  const sdDiff = sampleSd(diffs);
  const tP = pairedTP(n, meanDiff, sdDiff);
  return {
    n,
    meanDiff,
    sdDiff,
    tP,
    permutationP: signFlipP(diffs),
    significant: tP !== null && tP < alpha,
    seedsNeeded: sdDiff === null ? null : seedsNeeded(meanDiff, sdDiff, alpha, power),
  };
}

function pairedTP(n: number, mean: number, sd: number | null): number | null {
  if (sd === null) return null;
  if (sd <= EPSILON) return Math.abs(mean) <= EPSILON ? 1 : 0; // every pair moved by the same amount
  const t = mean / (sd / Math.sqrt(n));
  return Math.min(1, 2 * (1 - tCdf(Math.abs(t), n - 1)));
}

/**
 * Exact sign-flip test: under "no difference" each pair's difference is as likely to have the
 * other sign, so the p-value is the share of the 2^n sign patterns whose |sum| reaches the
 * observed one. Distribution-free, so it stays honest at the 5 seeds suites run.
 */
export function signFlipP(diffs: readonly number[]): number | null {
  const n = diffs.length;
  if (n === 0 || n > MAX_EXACT_PAIRS) return null;
  const observed = Math.abs(diffs.reduce((a, b) => a + b, 0));
  let atLeast = 0;
  const patterns = 2 ** n;
  for (let mask = 0; mask < patterns; mask++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += mask & (1 << i) ? -diffs[i]! : diffs[i]!;
    if (Math.abs(sum) >= observed - EPSILON) atLeast += 1;
  }
  return atLeast / patterns;
}

/**
 * The smallest number of pairs for which a two-sided paired t-test at `alpha` detects a true mean
 * difference `meanDiff` with standard deviation `sdDiff` with probability ≥ `power` (exact power
 * from the noncentral t, as G*Power computes it). At least 2: a t-test needs two pairs.
 */
export function seedsNeeded(meanDiff: number, sdDiff: number, alpha = ALPHA, power = POWER): number | null {
  if (Math.abs(meanDiff) <= EPSILON) return null;
  if (sdDiff <= EPSILON) return 2;
  const effect = Math.abs(meanDiff) / sdDiff;
  for (let n = 2; n <= MAX_SEEDS_NEEDED; n++) {
    if (tTestPower(n, effect, alpha) >= power) return n;
  }
  return MAX_SEEDS_NEEDED;
}

/** Power of the two-sided one-sample (paired) t-test with n pairs against standardized effect d. */
export function tTestPower(n: number, effect: number, alpha = ALPHA): number {
  const dof = n - 1;
  const critical = tQuantile(1 - alpha / 2, dof);
  const ncp = effect * Math.sqrt(n);
  return 1 - noncentralTCdf(critical, dof, ncp) + noncentralTCdf(-critical, dof, ncp);
}
