import { gunzipSync } from "node:zlib";
import { UserInputError } from "@worldcoder/core";

/** One run of DreamerV3's published `scores/*.json.gz`: mean episode score per env-step bin. */
export interface ScoreCurve {
  task: string;
  method: string;
  seed: number;
  points: { envSteps: number; score: number }[];
}

/**
 * DreamerV3's `scores/<suite>-<method>.json.gz` (a gzip'd JSON array of
 * `{task, method, seed, xs, ys}`). Bins without an episode hold null and are left out. These
 * are curves, not episodes, so they give scores over steps but no success counts.
 */
export function parseDreamerScoreCurves(gzipped: Uint8Array, source: string): ScoreCurve[] {
  let runs: unknown;
  try {
    runs = JSON.parse(gunzipSync(gzipped).toString("utf8"));
  } catch (error) {
    throw new UserInputError("BAD_BASELINE_LOG", `${source}: not a gzip'd JSON score file`, { cause: error });
  }
  if (!Array.isArray(runs)) throw new UserInputError("BAD_BASELINE_LOG", `${source}: expected a JSON array of runs`);
  return runs.map((run: { task?: unknown; method?: unknown; seed?: unknown; xs?: unknown; ys?: unknown }, i) => {
    if (typeof run.task !== "string" || !Array.isArray(run.xs) || !Array.isArray(run.ys) || run.xs.length !== run.ys.length) {
      throw new UserInputError("BAD_BASELINE_LOG", `${source}: run ${i} lacks task, xs and ys of equal length`);
    }
    const ys = run.ys as (number | null)[];
    return {
      task: run.task,
      method: String(run.method),
      seed: Number(run.seed),
      points: (run.xs as number[]).flatMap((x, k) => (ys[k] === null ? [] : [{ envSteps: x, score: ys[k] as number }])),
    };
  });
}
