import { UserInputError } from "@worldcoder/core";
import type { LogEpisode } from "./log-episodes.js";

/**
 * DreamerV3's `scores.jsonl` (or `metrics.jsonl`, whose rows with `episode/score` are episode
 * ends). `step` is DreamerV3's own counter, which also counts each episode's reset transition;
 * it is kept as logged. Success is a positive score, as MiniGrid pays only on success.
 */
export function parseDreamerScores(text: string, source: string): LogEpisode[] {
  const episodes: LogEpisode[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "") continue;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch (error) {
      throw new UserInputError("BAD_BASELINE_LOG", `${source}:${i + 1}: not JSON`, { cause: error });
    }
    const score = row["episode/score"];
    if (typeof score !== "number") continue;
    if (typeof row.step !== "number") throw new UserInputError("BAD_BASELINE_LOG", `${source}:${i + 1}: an episode row without a numeric step`);
    episodes.push({ endStep: row.step, return: score, success: score > 0 });
  }
  return episodes;
}
