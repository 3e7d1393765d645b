import { EPISODE_OUTCOMES, countsForAgent, type EpisodeOutcome } from "@worldcoder/agents";
import type { JobRecord } from "../runner/results-schema.js";
import { round } from "./aggregate.js";
import { pct } from "./format.js";

/** How the episodes of one agent on one track ended, over all its job seeds. */
export interface OutcomeRow {
  agent: string;
  track: string;
  /** Every episode of the track's jobs, played or not. */
  episodes: number;
  counts: Record<EpisodeOutcome, number>;
  /** `llm_infra_error` and `harness_error` episodes: left out of the success rate. */
  notCounted: number;
  /** Successes over the episodes that count; null when none does. */
  successRate: number | null;
}

/** One row per (agent, track), in job order. */
export function outcomeRows(records: readonly JobRecord[]): OutcomeRow[] {
  const rows = new Map<string, OutcomeRow>();
  for (const record of records) {
    const key = `${record.agent}\u0000${record.track}`;
    let row = rows.get(key);
    if (!row) {
      row = { agent: record.agent, track: record.track, episodes: 0, counts: zeroCounts(), notCounted: 0, successRate: null };
      rows.set(key, row);
    }
    for (const episode of record.tasks.flatMap((t) => t.episodes)) {
      row.episodes += 1;
      row.counts[episode.outcome] += 1;
      if (!countsForAgent(episode.outcome)) row.notCounted += 1;
    }
  }
  for (const row of rows.values()) {
    const counted = row.episodes - row.notCounted;
    row.successRate = counted > 0 ? round(row.counts.success / counted) : null;
  }
  return [...rows.values()];
}

function zeroCounts(): Record<EpisodeOutcome, number> {
  return Object.fromEntries(EPISODE_OUTCOMES.map((o) => [o, 0])) as Record<EpisodeOutcome, number>;
}

/** Said under every outcome table: what the categories mean and what the success rates leave out. */
export function outcomesNote(rows: readonly OutcomeRow[]): string {
  const left = rows.reduce((n, r) => n + r.notCounted, 0);
  return [
    "Each episode ends in exactly one outcome. gave_up: a budget (env steps, LLM calls) cut it short or kept it from being played;",
    "invalid_output: the agent's last answer held no usable action or program; sandbox_violation: its program broke a sandbox limit",
    "(time, memory, a forbidden capability); step_limit: played to the end unsolved.",
    `llm_infra_error and harness_error episodes are not the agent's doing: every success rate in this report leaves them out of its denominator (${left} episode(s) here);`,
    "`worldcoder bench --retry-infra --out <this run>` runs them again.",
  ].join(" ");
}

/** The table Markdown and HTML both show. */
export function outcomeTable(rows: readonly OutcomeRow[]): { header: string[]; rows: string[][] } {
  return {
    header: ["agent", "track", "episodes", ...EPISODE_OUTCOMES, "success rate (counted episodes)"],
    rows: rows.map((r) => [
      r.agent,
      r.track,
      String(r.episodes),
      ...EPISODE_OUTCOMES.map((o) => String(r.counts[o])),
      r.successRate === null ? "—" : `${pct(r.successRate)} (${r.counts.success}/${r.episodes - r.notCounted})`,
    ]),
  };
}
