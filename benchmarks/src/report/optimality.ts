import { UserInputError } from "@worldcoder/core";
import { join } from "node:path";
import { hasTrueModel, LevelFactsIndex } from "../levels/index.js";
import { defaultPaths } from "../paths.js";
import { tasksForJob } from "../runner/jobs.js";
import type { JobRecord } from "../runner/results-schema.js";
import { getSuite } from "../suites/registry.js";
import { meanInterval, type MeanInterval } from "../stats/index.js";
import { round as roundTo } from "./aggregate.js";
import { escapeHtml } from "./format.js";

/** One agent on one Sokoban-domain env: steps taken on solved episodes against the levels' optimum. */
export interface OptimalityRow {
  envId: string;
  agent: string;
  /** Solved episodes, and those whose level has a known optimal length. */
  solved: number;
  withOptimum: number;
  /** Solved in exactly the optimal number of steps. */
  optimal: number;
  /** Steps taken ÷ optimal steps: each job's mean over its episodes, then the mean across jobs with a 95 % t interval. */
  ratio: MeanInterval | null;
  /** Mean steps above the optimum per episode, over all episodes pooled. */
  meanExtraSteps: number | null;
}

export function defaultLevelFacts(): LevelFactsIndex {
  return LevelFactsIndex.fromDir(join(defaultPaths().root, "fixtures", "level-facts"));
}

/** The level file of each task of a record, from its suite's definition (null where there is none or the suite is unknown). */
function levelFilesOf(record: JobRecord): (string | null)[] {
  try {
    const track = getSuite(record.suite).tracks.find((t) => t.id === record.track);
    if (!track) return [];
    return tasksForJob({ track, seed: record.seed }).map((task, i) => (record.tasks[i]?.envId === task.envId ? (task.levelFile ?? null) : null));
  } catch (error) {
    if (error instanceof UserInputError && error.code === "UNKNOWN_SUITE") return [];
    throw error;
  }
}

const round = (v: number) => roundTo(v, 3);

function roundInterval(ci: MeanInterval | null): MeanInterval | null {
  if (ci === null) return null;
  return { n: ci.n, mean: round(ci.mean), sd: ci.sd === null ? null : round(ci.sd), low: ci.low === null ? null : round(ci.low), high: ci.high === null ? null : round(ci.high) };
}

/** Per (env, agent) of the Sokoban-domain envs that have facts: how far solved episodes were from the optimum. */
export function optimalityRows(records: readonly JobRecord[], agents: readonly string[], facts: LevelFactsIndex): OptimalityRow[] {
  if (facts.size === 0) return [];
  const perJob = new Map<string, { envId: string; agent: string; solved: number; ratios: number[][]; extra: number[]; optimal: number }>();
  for (const record of records) {
    const levelFiles = levelFilesOf(record);
    record.tasks.forEach((task, i) => {
      if (!hasTrueModel(task.envId)) return;
      const key = `${task.envId}\u0000${record.agent}`;
      const row = perJob.get(key) ?? { envId: task.envId, agent: record.agent, solved: 0, ratios: [], extra: [], optimal: 0 };
      perJob.set(key, row);
      const ratios: number[] = [];
      for (const episode of task.episodes) {
        if (!episode.success) continue;
        row.solved += 1;
        const fact = facts.get({ envId: task.envId, levelFile: levelFiles[i] ?? null, seed: episode.seed });
        if (!fact?.optimalSteps) continue;
        ratios.push(episode.steps / fact.optimalSteps);
        row.extra.push(episode.steps - fact.optimalSteps);
        if (episode.steps === fact.optimalSteps) row.optimal += 1;
      }
      if (ratios.length) row.ratios.push(ratios);
    });
  }
  const rows = [...perJob.values()].map((row): OptimalityRow => ({
    envId: row.envId,
    agent: row.agent,
    solved: row.solved,
    withOptimum: row.extra.length,
    optimal: row.optimal,
    ratio: roundInterval(meanInterval(row.ratios.map((r) => r.reduce((a, b) => a + b, 0) / r.length))),
    meanExtraSteps: row.extra.length ? round(row.extra.reduce((a, b) => a + b, 0) / row.extra.length) : null,
  }));
  return rows.sort((a, b) => a.envId.localeCompare(b.envId) || agents.indexOf(a.agent) - agents.indexOf(b.agent));
}

export const OPTIMALITY_COLUMNS = ["env", "agent", "solved episodes", "with known optimum", "solved optimally", "steps ÷ optimal [95 % CI across jobs]", "mean extra steps"] as const;

export const OPTIMALITY_NOTE =
  "Optimal lengths come from fixtures/level-facts (A* with weight 1 over the true model, `worldcoder levels facts`). " +
  "Steps are the env steps of a solved episode, so a learner's first episodes include the exploration before it had a model.";

export function optimalityRow(row: OptimalityRow): string[] {
  const ratio = row.ratio === null ? "—" : row.ratio.low === null || row.ratio.high === null ? row.ratio.mean.toFixed(2) : `${row.ratio.mean.toFixed(2)} [${row.ratio.low.toFixed(2)}, ${row.ratio.high.toFixed(2)}]`;
  return [row.envId, row.agent, String(row.solved), String(row.withOptimum), String(row.optimal), ratio, row.meanExtraSteps === null ? "—" : row.meanExtraSteps.toFixed(1)];
}

export function optimalityMarkdown(rows: readonly OptimalityRow[], table: (header: readonly string[], rows: readonly string[][]) => string): string[] {
  if (rows.length === 0) return [];
  return ["## Steps against the optimum (Sokoban-domain levels)", "", OPTIMALITY_NOTE, "", table(OPTIMALITY_COLUMNS, rows.map(optimalityRow)), ""];
}

export function optimalityHtml(rows: readonly OptimalityRow[], table: (header: readonly string[], rows: readonly string[][]) => string): string[] {
  if (rows.length === 0) return [];
  return [`<h2 id="optimality">Steps against the optimum (Sokoban-domain levels)</h2>`, `<p class="note">${escapeHtml(OPTIMALITY_NOTE)}</p>`, table(OPTIMALITY_COLUMNS, rows.map(optimalityRow))];
}
