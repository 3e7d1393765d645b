import { parse } from "csv-parse/sync";
import { UserInputError } from "@worldcoder/core";
import type { LogEpisode } from "./log-episodes.js";

/**
 * Stable-Baselines3 `Monitor` CSV: a `#{json}` line, the header, one row per episode. With a
 * `total_env_steps` column (the merged runs) that is the step counter; without it (single-env
 * monitor files) steps accumulate episode lengths. `is_success` wins over `r > 0` when present,
 * because a solved Sokoban episode can still have a negative return.
 */
export function parseSb3Monitor(text: string, source: string): LogEpisode[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, comment: "#", skip_empty_lines: true }) as Record<string, string>[];
  } catch (error) {
    throw new UserInputError("BAD_BASELINE_LOG", `${source}: not an SB3 monitor CSV (${(error as Error).message})`, { cause: error });
  }
  let cumulative = 0;
  return rows.map((row, i) => {
    const r = Number(row.r);
    const l = Number(row.l);
    if (!Number.isFinite(r) || !Number.isFinite(l)) throw new UserInputError("BAD_BASELINE_LOG", `${source}: row ${i + 1} lacks numeric r and l`);
    cumulative += l;
    const endStep = row.total_env_steps !== undefined ? Number(row.total_env_steps) : cumulative;
    const success = row.is_success !== undefined ? row.is_success === "True" || row.is_success === "1" : r > 0;
    return { endStep, return: r, success };
  });
}
