import { describe, expect, it } from "vitest";
import type { Report } from "../report/schema.js";
import { seedStats, type JobFigures, type TrackSummary } from "../report/seed-stats.js";
import { compareReports } from "./compare.js";
import { comparisonMarkdown } from "./markdown.js";
import { DEFAULT_THRESHOLDS } from "./compare.js";

function job(seed: number, envSteps: number, successes = 5): JobFigures {
  return {
    jobId: `worldcoder/sokoban/${seed}`, track: "sokoban", seed, episodes: 5, successes, envSteps,
    llmCalls: 2, promptTokens: 1000, completionTokens: 500, dollars: 0.06, llmCallsAfterLearning: 0, actionsAfterLearning: 10,
  };
}

function report(seeds: JobFigures[]): Report {
  const headline: TrackSummary = { agent: "worldcoder", track: "sokoban", domain: "sokoban", envIds: ["Sokoban-v0"], seeds, stats: seedStats(seeds) };
  return { schema: "worldcoder-report/2", suite: "paper", envs: [], headline: [headline] } as unknown as Report;
}

describe("compare, seed by seed", () => {
  it("marks a consistent drop in env steps across five seeds as significant", () => {
    const base = report([100, 120, 90, 110, 105].map((steps, seed) => job(seed, steps)));
    const head = report([80, 101, 69, 92, 84].map((steps, seed) => job(seed, steps)));
    const [row] = compareReports(base, head).paired;
    expect(row!.seeds).toEqual([0, 1, 2, 3, 4]);
    expect(row!.envSteps!.test.significant).toBe(true);
    expect(row!.envSteps!.test.meanDiff).toBeCloseTo(-19.8, 10);
    expect(row!.success!.test.significant).toBe(false);
    const markdown = comparisonMarkdown(compareReports(base, head), DEFAULT_THRESHOLDS);
    expect(markdown).toMatch(/\| worldcoder \| sokoban \| 0, 1, 2, 3, 4 \| 100\.0 % = \| 105 → 85\.2 \(−19\.8; \*\*significant\*\*, p < 0\.001, sign-flip 0\.063\)/);
  });

  it("does not call a difference significant when seeds disagree, and says how many seeds it would take", () => {
    const base = report([100, 120, 90, 110, 105].map((steps, seed) => job(seed, steps)));
    const head = report([90, 125, 80, 112, 100].map((steps, seed) => job(seed, steps)));
    const [row] = compareReports(base, head).paired;
    const test = row!.envSteps!.test;
    expect(test.significant).toBe(false);
    expect(test.seedsNeeded).toBeGreaterThan(5);
    expect(comparisonMarkdown(compareReports(base, head), DEFAULT_THRESHOLDS)).toContain(`not significant, p ${test.tP!.toPrecision(2)}, sign-flip ${test.permutationP!.toPrecision(2)}; ${test.seedsNeeded} seeds to detect`);
  });

  it("pairs only seeds both sides ran, and names the others", () => {
    const base = report([job(0, 100), job(1, 100), job(2, 100)]);
    const head = report([job(1, 90), job(2, 95), job(3, 80)]);
    const [row] = compareReports(base, head).paired;
    expect(row).toMatchObject({ seeds: [1, 2], baseOnly: [0], headOnly: [3] });
    expect(comparisonMarkdown(compareReports(base, head), DEFAULT_THRESHOLDS)).toContain("| 1, 2 (0 base only, 3 head only) |");
  });

  it("runs no test on a single seed", () => {
    const [row] = compareReports(report([job(0, 100)]), report([job(0, 50)])).paired;
    expect(row!.envSteps!.test).toMatchObject({ significant: false, tP: null, seedsNeeded: null });
    expect(comparisonMarkdown(compareReports(report([job(0, 100)]), report([job(0, 50)])), DEFAULT_THRESHOLDS)).toContain("100 → 50 (−50; 1 seed: no test)");
  });
});
