import type { EpisodeResult } from "@worldcoder/agents";
import { RESULTS_SCHEMA, type JobRecord } from "./results-schema.js";

/** A results line as schemas 1 and 2 wrote it: episodes without an outcome. */
type JobRecordWithoutOutcomes = Omit<JobRecord, "tasks"> & {
  tasks: (Omit<JobRecord["tasks"][number], "episodes"> & { episodes: Omit<EpisodeResult, "outcome">[] })[];
};

/**
 * Reads a line of schema 1 or 2 as the current schema. They did not record why an episode ended,
 * so a played episode reads as `success` or `step_limit` (budget cuts cannot be told apart
 * afterwards), and a failed job keeps its empty task list.
 */
export function upgradeWithoutOutcomes(record: JobRecordWithoutOutcomes): JobRecord {
  return {
    ...record,
    schema: RESULTS_SCHEMA,
    tasks: record.tasks.map((task) => ({
      ...task,
      episodes: task.episodes.map((episode) => ({ ...episode, outcome: episode.success ? "success" : "step_limit" })),
    })),
  };
}
