import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadBaselineRuns } from "./catalog.js";
import { parseSb3Monitor } from "./sb3-monitor.js";
import { parseDreamerScores } from "./dreamerv3-scores.js";
import { parseDreamerScoreCurves } from "./dreamerv3-score-curves.js";

const baselinesDir = fileURLToPath(new URL("../../../baselines", import.meta.url));
const run = (system: string, envId: string) => {
  const found = loadBaselineRuns(baselinesDir, [envId]).runs.find((r) => r.system === system);
  if (!found) throw new Error(`no ${system} log for ${envId}`);
  return found.metrics;
};

// Expected figures are the ones each PROVENANCE.md states, recomputed here from the files.
describe("RL-log ingestion", () => {
  it("reproduces the PPO-log figures of ppo-sb3-runs/PROVENANCE.md", () => {
    const empty = run("PPO-log", "MiniGrid-Empty-5x5-v0");
    expect(empty.episodes).toBe(6965);
    expect(empty.successes).toBe(6943);
    expect(empty.firstSuccess).toEqual({ episode: 1, envSteps: 501 });
    expect(empty.thresholdReached).toEqual({ episode: 129, envSteps: 6229 });
    expect(empty.finalSuccessRate).toBe(1);
    expect(run("PPO-log", "MiniGrid-DoorKey-5x5-v0").thresholdReached).toEqual({ episode: 337, envSteps: 64586 });
    expect(run("PPO-log", "MiniGrid-Unlock-v0").thresholdReached).toEqual({ episode: 154, envSteps: 24764 });
    const boxoban = run("PPO-log", "Boxoban-Train-v0");
    expect(boxoban.firstSuccess).toEqual({ episode: 4017, envSteps: 804090 });
    expect(boxoban.successes).toBe(3);
    expect(run("PPO-log", "MiniGrid-UnlockPickup-v0").firstSuccess).toBeNull();
    expect(run("PPO-log", "Sokoban-v0").firstSuccess).toEqual({ episode: 1, envSteps: 1047 });
  });

  it("reproduces the DreamerV3-log figures of dreamerv3-runs/PROVENANCE.md", () => {
    const empty = run("DreamerV3-log", "MiniGrid-Empty-5x5-v0");
    expect(empty.episodes).toBe(652);
    expect(empty.successes).toBe(263);
    expect(empty.firstSuccess).toEqual({ episode: 1, envSteps: 258 });
    const doorKey = run("DreamerV3-log", "MiniGrid-DoorKey-5x5-v0");
    expect(doorKey.successes).toBe(16);
    expect(doorKey.thresholdReached).toBeNull();
  });

  it("reads DreamerV3's metrics.jsonl to the same episodes as its scores.jsonl", () => {
    const dir = join(baselinesDir, "dreamerv3-runs", "MiniGrid-Empty-5x5-v0");
    const fromMetrics = parseDreamerScores(readFileSync(join(dir, "metrics.jsonl"), "utf8"), "metrics.jsonl");
    expect(fromMetrics).toHaveLength(652);
    expect(fromMetrics).toEqual(parseDreamerScores(readFileSync(join(dir, "scores.jsonl"), "utf8"), "scores.jsonl"));
  });

  it("reads the RL Zoo evaluation logs as evaluations of a trained agent", () => {
    const runs = loadBaselineRuns(baselinesDir, ["MiniGrid-Unlock-v0"]).runs.filter((r) => r.kind === "evaluation");
    expect(runs).toHaveLength(1);
    expect(runs[0]!.trainEnvSteps).toBe(100000);
    expect(runs[0]!.metrics.episodes).toBe(12646);
    expect(runs[0]!.metrics.finalSuccessRate).toBe(1);
  });

  it("names the source of a malformed log", () => {
    expect(() => parseDreamerScores('{"step": 1, "episode/score": 1}\n{oops', "scores.jsonl")).toThrow(/scores\.jsonl:2: not JSON/);
    expect(() => parseSb3Monitor('#{}\nr,l,t\nx,y,z\n', "m.csv")).toThrow(/m\.csv: row 1/);
  });
});

describe("DreamerV3 published score curves", () => {
  it("reads the procgen exemplar: 16 DreamerV3 runs and 80 PPO runs", () => {
    const dir = join(baselinesDir, "dreamerv3-scores-procgen", "scores");
    const dreamer = parseDreamerScoreCurves(readFileSync(join(dir, "procgen-dreamerv3.json.gz")), "procgen-dreamerv3.json.gz");
    const ppo = parseDreamerScoreCurves(readFileSync(join(dir, "procgen-ppo_fixhp.json.gz")), "procgen-ppo_fixhp.json.gz");
    expect(dreamer).toHaveLength(16);
    expect(ppo).toHaveLength(80);
    expect(dreamer[0]!.task).toMatch(/^procgen_/);
    expect(dreamer[0]!.points.length).toBeGreaterThan(50);
  });
});
