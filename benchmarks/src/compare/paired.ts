import type { Report } from "../report/schema.js";
import type { JobFigures, TrackSummary } from "../report/seed-stats.js";
import { pairedTest, type PairedTest } from "../stats/index.js";

/** One figure of one (agent, track), compared seed by seed. */
export interface PairedMetric {
  /** Means over the paired seeds only. */
  base: number;
  head: number;
  test: PairedTest;
}

export interface PairedRow {
  agent: string;
  track: string;
  /** Job seeds present on both sides, the pairs the tests use. */
  seeds: number[];
  /** Seeds present on one side only: left out of the tests. */
  baseOnly: number[];
  headOnly: number[];
  success: PairedMetric | null;
  envSteps: PairedMetric | null;
  tokens: PairedMetric | null;
  dollars: PairedMetric | null;
}

const successRate = (j: JobFigures) => (j.episodes ? j.successes / j.episodes : 0);
const tokens = (j: JobFigures) => j.promptTokens + j.completionTokens;

function metric(base: readonly JobFigures[], head: readonly JobFigures[], pick: (j: JobFigures) => number): PairedMetric | null {
  if (base.length === 0) return null;
  const b = base.map(pick);
  const h = head.map(pick);
  const avg = (values: number[]) => values.reduce((a, v) => a + v, 0) / values.length;
  return { base: avg(b), head: avg(h), test: pairedTest(b, h) };
}

/**
 * Pairs the jobs of two reports by (agent, track, job seed): the same seed plays the same rooms
 * and samples the same way, so the differences within pairs are what a change did, and the paired
 * test asks whether they stand out from the spread across seeds.
 */
export function pairBySeed(base: Report, head: Report): PairedRow[] {
  const key = (row: TrackSummary) => `${row.agent}\u0000${row.track}`;
  const baseRows = new Map((base.headline ?? []).map((row) => [key(row), row]));
  const rows: PairedRow[] = [];
  for (const headRow of head.headline ?? []) {
    const baseRow = baseRows.get(key(headRow));
    if (!baseRow) continue;
    const baseBySeed = new Map(baseRow.seeds.map((j) => [j.seed, j]));
    const headSeeds = new Set(headRow.seeds.map((j) => j.seed));
    const pairs = headRow.seeds.filter((j) => baseBySeed.has(j.seed)).map((j) => ({ base: baseBySeed.get(j.seed)!, head: j }));
    const b = pairs.map((p) => p.base);
    const h = pairs.map((p) => p.head);
    rows.push({
      agent: headRow.agent,
      track: headRow.track,
      seeds: pairs.map((p) => p.head.seed),
      baseOnly: baseRow.seeds.map((j) => j.seed).filter((s) => !headSeeds.has(s)),
      headOnly: headRow.seeds.map((j) => j.seed).filter((s) => !baseBySeed.has(s)),
      success: metric(b, h, successRate),
      envSteps: metric(b, h, (j) => j.envSteps),
      tokens: metric(b, h, tokens),
      dollars: metric(b, h, (j) => j.dollars),
    });
  }
  return rows;
}
