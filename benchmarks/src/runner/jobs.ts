import type { TaskSpec } from "@worldcoder/agents";
import { stableHash } from "@worldcoder/core";
import type { Suite, Track } from "../suites/types.js";

/** One unit of work: an agent plays one track with one seed. */
export interface Job {
  /** `<agent>/<track>/<seed>`: stable across runs, shards and machines. */
  id: string;
  /** Position in the suite's full job list: results are ordered by it. */
  index: number;
  agent: string;
  track: Track;
  seed: number;
}

/** Every job of a suite for the given agents, in a fixed order: agent, then track, then seed. */
export function expandJobs(suite: Suite, agents: readonly string[]): Job[] {
  const jobs: Job[] = [];
  for (const agent of agents) {
    for (const track of suite.tracks) {
      if (track.agents && !track.agents.includes(agent)) continue;
      for (const seed of track.seeds ?? suite.seeds) {
        jobs.push({ id: jobId(agent, track.id, seed), index: jobs.length, agent, track, seed });
      }
    }
  }
  return jobs;
}

export function jobId(agent: string, track: string, seed: number): string {
  return `${agent}/${track}/${seed}`;
}

/**
 * Identifies what a suite asks for (tracks, seeds, budgets), so results of one definition are
 * never resumed or merged with results of another.
 */
export function suiteHash(suite: Suite): string {
  return stableHash({ name: suite.name, tracks: suite.tracks, seeds: suite.seeds, budget: suite.budget, priceAs: suite.priceAs ?? null, agentOptions: suite.agentOptions }).slice(0, 16);
}

/** The tasks a job plays: the track's, with episode seeds shifted by the job seed when the track asks for it. */
export function tasksForJob(job: Pick<Job, "track" | "seed">): TaskSpec[] {
  return job.track.tasks.map((task) => {
    const shift = job.track.episodeSeedsFollowJob ? job.seed * task.seeds.length : 0;
    return { ...task, seeds: task.seeds.map((s) => s + shift) };
  });
}
