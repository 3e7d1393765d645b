import { describe, expect, it } from "vitest";
import { meanInterval, pairedTest, seedsNeeded, signFlipP, tQuantile, wilsonInterval } from "./index.js";

describe("t quantiles", () => {
  it("match the tables", () => {
    // Two-sided 95 % critical values of Student's t (any statistics table).
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.7062, 4);
    expect(tQuantile(0.975, 4)).toBeCloseTo(2.7764, 4);
    expect(tQuantile(0.975, 9)).toBeCloseTo(2.2622, 4);
    expect(tQuantile(0.975, 29)).toBeCloseTo(2.0452, 4);
  });
});

describe("meanInterval", () => {
  it("is mean ± t(0.975, n−1)·s/√n", () => {
    const ci = meanInterval([10, 12, 14, 16, 18])!;
    // mean 14, s = √10, half width 2.7764 · √10/√5 = 3.9265
    expect(ci.mean).toBe(14);
    expect(ci.sd).toBeCloseTo(Math.sqrt(10), 12);
    expect(ci.low).toBeCloseTo(10.0735, 3);
    expect(ci.high).toBeCloseTo(17.9265, 3);
  });

  it("gives a mean without an interval for one seed, and nothing for none", () => {
    expect(meanInterval([7])).toEqual({ n: 1, mean: 7, sd: null, low: null, high: null });
    expect(meanInterval([])).toBeNull();
  });

  it("collapses to the mean when every seed agrees", () => {
    expect(meanInterval([3, 3, 3])).toMatchObject({ mean: 3, low: 3, high: 3 });
  });
});

describe("wilsonInterval", () => {
  it("matches published values", () => {
    const eight = wilsonInterval(8, 10);
    expect(eight.rate).toBe(0.8);
    expect(eight.low).toBeCloseTo(0.4902, 4);
    expect(eight.high).toBeCloseTo(0.9433, 4);
    // Newcombe (1998), table I: 0/10 → [0, 0.2775]; 1/29 → [0.0061, 0.1718].
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(0, 10).high).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(1, 29).low).toBeCloseTo(0.0061, 4);
    expect(wilsonInterval(1, 29).high).toBeCloseTo(0.1718, 4);
    expect(wilsonInterval(10, 10).high).toBe(1);
  });

  it("rejects impossible counts and says so", () => {
    expect(() => wilsonInterval(3, 2)).toThrow(/successes ≤ trials/);
  });
});

describe("pairedTest", () => {
  it("computes the paired t-test's two-sided p and the exact sign-flip p", () => {
    // Differences 1, 2, 0, 2, 2: mean 1.4, s = 0.894, t = 3.5 with 4 degrees of freedom.
    const test = pairedTest([1, 2, 3, 4, 5], [2, 4, 3, 6, 7]);
    expect(test.meanDiff).toBeCloseTo(1.4, 12);
    expect(test.tP).toBeCloseTo(0.0249, 4);
    expect(test.significant).toBe(true);
    // All five differences ≥ 0: only the all-plus and all-minus patterns (×2 for the zero) reach |7|.
    expect(test.permutationP).toBe(4 / 32);
  });

  it("is never significant on one pair, and says no seed count can be estimated", () => {
    expect(pairedTest([1], [5])).toMatchObject({ n: 1, tP: null, significant: false, seedsNeeded: null, permutationP: 1 });
  });

  it("is not significant when seeds disagree in sign", () => {
    const test = pairedTest([10, 10, 10, 10], [12, 8, 11, 9]);
    expect(test.meanDiff).toBe(0);
    expect(test.tP).toBe(1);
    expect(test.significant).toBe(false);
    expect(test.seedsNeeded).toBeNull();
  });

  it("refuses samples of different lengths", () => {
    expect(() => pairedTest([1, 2], [1])).toThrow(RangeError);
  });
});

describe("signFlipP", () => {
  it("enumerates every sign pattern", () => {
    expect(signFlipP([1, 1, 1])).toBe(2 / 8);
    expect(signFlipP([3, 1])).toBe(2 / 4);
    expect(signFlipP([3, -1])).toBe(1);
  });
});

describe("seedsNeeded", () => {
  it("matches G*Power's sample sizes for a two-sided paired t-test at α = 0.05, power 0.8", () => {
    expect(seedsNeeded(0.2, 1)).toBe(199);
    expect(seedsNeeded(0.5, 1)).toBe(34);
    expect(seedsNeeded(-0.8, 1)).toBe(15);
    expect(seedsNeeded(1, 1)).toBe(10);
  });

  it("is null when there is no difference to detect", () => {
    expect(seedsNeeded(0, 1)).toBeNull();
  });
});
