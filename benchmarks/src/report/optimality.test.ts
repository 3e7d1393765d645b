import { describe, expect, it } from "vitest";
import type { TaskResult } from "@worldcoder/agents";
import { LevelFactsIndex, type LevelFact } from "../levels/index.js";
import type { JobRecord } from "../runner/results-schema.js";
import { optimalityRows } from "./optimality.js";

const fact = (envId: string, levelFile: string | null, seed: number, optimalSteps: number): LevelFact => ({
  envId, levelFile, seed, computedOn: envId, levelIndex: null, levelHash: "h", solvable: true, optimalSteps, expansions: 1, trueModel: "reference-sokoban.js",
});

function record(agent: string, seed: number, track: string, suite: string, envId: string, episodes: [number, number, boolean][]): JobRecord {
  const task = { envId, episodes: episodes.map(([s, steps, success]) => ({ envId, seed: s, steps, success, return: 0, llmCalls: 0 })) } as unknown as TaskResult;
  return { schema: 1, suite, suiteHash: "h", jobId: `${agent}/${track}/${seed}`, index: 0, agent, track, seed, status: "ok", error: null, llm: null, tasks: [task] } as JobRecord;
}

describe("steps against the optimum", () => {
  it("averages steps ÷ optimal per job, then across jobs with an interval; unsolved episodes do not count", () => {
    const facts = new LevelFactsIndex([fact("Sokoban-v0", null, 0, 10), fact("Sokoban-v0", null, 1, 20)]);
    const rows = optimalityRows(
      [
        record("worldcoder", 0, "sokoban", "paper", "Sokoban-v0", [[0, 20, true], [1, 20, true]]),
        record("worldcoder", 1, "sokoban", "paper", "Sokoban-v0", [[0, 10, true], [1, 200, false]]),
        record("random", 0, "sokoban", "paper", "Sokoban-v0", [[0, 200, false]]),
      ],
      ["worldcoder", "random"],
      facts,
    );
    expect(rows.map((r) => r.agent)).toEqual(["worldcoder", "random"]);
    expect(rows[0]).toMatchObject({ solved: 3, withOptimum: 3, optimal: 2, meanExtraSteps: 3.333 });
    expect(rows[1]).toMatchObject({ solved: 0, withOptimum: 0, optimal: 0, meanExtraSteps: null });
    // Job 0: (2 + 1) / 2 = 1.5; job 1: 1. Mean 1.25 across the two jobs.
    expect(rows[0]!.ratio).toMatchObject({ n: 2, mean: 1.25 });
    expect(rows[0]!.ratio!.low).toBeLessThan(1.25);
    expect(rows[1]!.ratio).toBeNull();
  });

  it("tells Boxoban levels of different files apart through the suite's level files", () => {
    const medium = "fixtures/levels/boxoban/medium/train/000.txt";
    const unfiltered = "fixtures/levels/boxoban/unfiltered/train/000.txt";
    const facts = new LevelFactsIndex([fact("Boxoban-v0", medium, 0, 25), fact("Boxoban-v0", unfiltered, 0, 29)]);
    const rows = optimalityRows(
      [record("worldcoder", 0, "boxoban-medium", "boxoban", "Boxoban-v0", [[0, 25, true]]), record("worldcoder", 0, "boxoban-unfiltered", "boxoban", "Boxoban-v0", [[0, 58, true]])],
      ["worldcoder"],
      facts,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ solved: 2, withOptimum: 2, optimal: 1, meanExtraSteps: 14.5 });
  });

  it("leaves out envs without a true model and reports nothing without facts", () => {
    const minigrid = [record("worldcoder", 0, "minigrid", "paper", "MiniGrid-Empty-5x5-v0", [[0, 5, true]])];
    expect(optimalityRows(minigrid, ["worldcoder"], new LevelFactsIndex([fact("Sokoban-v0", null, 0, 10)]))).toEqual([]);
    expect(optimalityRows([record("worldcoder", 0, "sokoban", "paper", "Sokoban-v0", [[0, 20, true]])], ["worldcoder"], new LevelFactsIndex())).toEqual([]);
  });
});
