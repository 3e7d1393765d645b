import { describe, expect, it } from "vitest";
import type { Track } from "../suites/types.js";
import { tasksForJob } from "./jobs.js";

const track = (episodeSeedsFollowJob?: boolean): Track => ({
  id: "t",
  description: "two tasks",
  tasks: [
    { envId: "A", seeds: [0] },
    { envId: "B", seeds: [0, 1], maxStepsPerEpisode: 9 },
  ],
  ...(episodeSeedsFollowJob === undefined ? {} : { episodeSeedsFollowJob }),
});

describe("tasksForJob", () => {
  it("plays the track's episode seeds unchanged by default, whatever the job seed", () => {
    expect(tasksForJob({ track: track(), seed: 3 }).map((t) => t.seeds)).toEqual([[0], [0, 1]]);
  });

  it("gives each job seed its own block of episode seeds when the track asks for it", () => {
    const tasks = tasksForJob({ track: track(true), seed: 3 });
    expect(tasks.map((t) => t.seeds)).toEqual([[3], [6, 7]]);
    expect(tasks[1]?.maxStepsPerEpisode).toBe(9);
    expect(tasksForJob({ track: track(true), seed: 0 }).map((t) => t.seeds)).toEqual([[0], [0, 1]]);
  });

  it("never shares the seed arrays with the suite definition", () => {
    const t = track();
    tasksForJob({ track: t, seed: 0 })[0]?.seeds.push(42);
    expect(t.tasks[0]?.seeds).toEqual([0]);
  });
});
