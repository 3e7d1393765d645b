import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { UserInputError } from "@worldcoder/core";
import { parseDreamerScores } from "./dreamerv3-scores.js";
import type { LogEpisode } from "./log-episodes.js";
import { learningCurve, logMetrics, type CurvePoint, type LogMetrics, type Threshold } from "./log-metrics.js";
import { parseSb3Monitor } from "./sb3-monitor.js";

/** One entry of `baselines/catalog.json`. */
export interface CatalogEntry {
  system: string;
  envId: string;
  /** Our env ids that play the same task as the logged id (e.g. Boxoban-v0 for Boxoban-Train-v0). */
  alsoCovers?: string[];
  format: "sb3-monitor" | "dreamerv3-scores";
  /** `training` logs give learning curves; `evaluation` logs score an already trained agent. */
  kind: "training" | "evaluation";
  trainEnvSteps?: number;
  path: string;
  provenance: string;
  /** A few words every chart legend repeats (e.g. that a run did not learn). */
  caveat?: string;
  note: string;
}

export interface Catalog {
  threshold: Threshold;
  systems: string[];
  logs: CatalogEntry[];
}

/** What a report shows of one log. */
export interface BaselineRun {
  system: string;
  envId: string;
  kind: CatalogEntry["kind"];
  trainEnvSteps: number | null;
  source: string;
  provenance: string;
  caveat: string | null;
  note: string;
  metrics: LogMetrics;
  curve: CurvePoint[];
}

export function readCatalog(baselinesDir: string): Catalog {
  const file = join(baselinesDir, "catalog.json");
  if (!existsSync(file)) throw new UserInputError("BASELINES_NOT_FOUND", `no baselines catalog at ${file}`);
  return JSON.parse(readFileSync(file, "utf8")) as Catalog;
}

export function readLogEpisodes(baselinesDir: string, entry: CatalogEntry): LogEpisode[] {
  const file = join(baselinesDir, entry.path);
  if (!existsSync(file)) throw new UserInputError("BASELINES_NOT_FOUND", `baseline log ${file} (catalog entry ${entry.system} ${entry.envId}) is missing`);
  const text = readFileSync(file, "utf8");
  return entry.format === "sb3-monitor" ? parseSb3Monitor(text, file) : parseDreamerScores(text, file);
}

/** The logs that cover the given env ids, with their metrics, in catalog order. */
export function loadBaselineRuns(baselinesDir: string, envIds: readonly string[]): { threshold: Threshold; systems: string[]; runs: BaselineRun[] } {
  const catalog = readCatalog(baselinesDir);
  const wanted = new Set(envIds);
  const runs = catalog.logs
    .flatMap((entry) => [entry.envId, ...(entry.alsoCovers ?? [])].filter((id) => wanted.has(id)).map((envId) => ({ entry, envId })))
    .map(({ entry, envId }) => {
      const episodes = readLogEpisodes(baselinesDir, entry);
      return {
        system: entry.system,
        envId,
        kind: entry.kind,
        trainEnvSteps: entry.trainEnvSteps ?? null,
        source: entry.path,
        provenance: entry.provenance,
        caveat: entry.caveat ?? null,
        note: entry.note,
        metrics: logMetrics(episodes, catalog.threshold),
        curve: entry.kind === "training" ? learningCurve(episodes, catalog.threshold.window) : [],
      };
    });
  return { threshold: catalog.threshold, systems: catalog.systems, runs };
}
