import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { MinigridEnv } from "./env.js";
import { makeMinigridEnv } from "./register.js";

/** Path of the MiniGrid traces inside the golden data folder. */
export const MINIGRID_TRACES_FILE = "minigrid/traces.jsonl.gz";

type Encoded = number[][][];

/** One recorded env instance: a seeded reset, then seedless resets continuing the stream. */
export interface MinigridRecord {
  env: string;
  seed: number;
  max_steps: number;
  episodes: MinigridRecordEpisode[];
}
export interface MinigridRecordEpisode {
  start: {
    seed: number | null;
    grid: Encoded;
    agent_pos: [number, number];
    agent_dir: number;
    carrying: [string, string] | null;
    mission: string;
    image: Encoded;
  };
  steps: MinigridRecordStep[];
}
export interface MinigridRecordStep {
  action: number;
  policy?: string;
  agent_pos: [number, number];
  agent_dir: number;
  carrying: [string, string] | null;
  image: Encoded;
  mission: string;
  reward: number;
  terminated: boolean;
  truncated: boolean;
  step_count: number;
}

export interface MinigridMismatch {
  env: string;
  seed: number;
  /** Index of the episode in the record. */
  episode: number;
  /** Index of the step in the episode; -1 for the state right after reset. */
  step: number;
  field: string;
  expected: unknown;
  actual: unknown;
}

export interface MinigridEnvTally {
  records: number;
  recordsMatched: number;
  resets: number;
  resetsMatched: number;
  steps: number;
  stepsMatched: number;
}

export interface MinigridVerifyReport {
  ok: boolean;
  /** Per env id. */
  envs: Record<string, MinigridEnvTally>;
  /** First mismatch of each failing record, in record order. */
  mismatches: MinigridMismatch[];
  firstMismatch: MinigridMismatch | null;
}

/** Reads the gzip JSON Lines traces (`traces.jsonl.gz`). */
export function loadMinigridRecords(file: string): MinigridRecord[] {
  const text = gunzipSync(readFileSync(file)).toString("utf8");
  const out: MinigridRecord[] = [];
  for (const line of text.split("\n")) if (line.trim() !== "") out.push(JSON.parse(line) as MinigridRecord);
  return out;
}

/**
 * Replays each record on one fresh env, as the data sheet says (seeded reset for a numeric
 * `start.seed`, seedless otherwise), comparing every recorded field exactly (rewards with ===).
 * A record stops at its first mismatch, since everything after it would differ too.
 */
export function verifyMinigridRecords(records: Iterable<MinigridRecord>): MinigridVerifyReport {
  const envs: Record<string, MinigridEnvTally> = {};
  const mismatches: MinigridMismatch[] = [];
  for (const record of records) {
    const tally = (envs[record.env] ??= { records: 0, recordsMatched: 0, resets: 0, resetsMatched: 0, steps: 0, stepsMatched: 0 });
    tally.records++;
    for (const ep of record.episodes) {
      tally.resets++;
      tally.steps += ep.steps.length;
    }
    const mismatch = replayRecord(record, tally);
    if (mismatch) mismatches.push(mismatch);
    else tally.recordsMatched++;
  }
  return { ok: mismatches.length === 0, envs, mismatches, firstMismatch: mismatches[0] ?? null };
}

function replayRecord(record: MinigridRecord, tally: MinigridEnvTally): MinigridMismatch | null {
  const at = (episode: number, step: number, field: string, expected: unknown, actual: unknown): MinigridMismatch => ({
    env: record.env,
    seed: record.seed,
    episode,
    step,
    field,
    expected,
    actual,
  });
  let env: MinigridEnv;
  try {
    env = makeMinigridEnv(record.env);
  } catch (error) {
    return at(0, -1, "env", record.env, String(error));
  }
  if (env.maxSteps !== record.max_steps) return at(0, -1, "max_steps", record.max_steps, env.maxSteps);
  for (let e = 0; e < record.episodes.length; e++) {
    const { start, steps } = record.episodes[e];
    let obs;
    try {
      obs = env.reset(start.seed ?? undefined).observation;
    } catch (error) {
      return at(e, -1, "reset", "a generated layout", String(error));
    }
    if (!sameNested(start.grid, env.grid.encode())) return at(e, -1, "grid", start.grid, env.grid.encode());
    const startFields: Array<[string, unknown, unknown]> = [
      ["agent_pos", start.agent_pos, [env.agentX, env.agentY]],
      ["agent_dir", start.agent_dir, env.agentDir],
      ["carrying", start.carrying, env.carryingPair()],
      ["mission", start.mission, obs.mission],
      ["image", start.image, obs.image],
    ];
    for (const [field, expected, actual] of startFields) if (!sameNested(expected, actual)) return at(e, -1, field, expected, actual);
    tally.resetsMatched++;
    for (let s = 0; s < steps.length; s++) {
      const rec = steps[s];
      const r = env.step(rec.action);
      const fields: Array<[string, unknown, unknown]> = [
        ["agent_pos", rec.agent_pos, [env.agentX, env.agentY]],
        ["agent_dir", rec.agent_dir, env.agentDir],
        ["carrying", rec.carrying, env.carryingPair()],
        ["image", rec.image, r.observation.image],
        ["mission", rec.mission, r.observation.mission],
        ["reward", rec.reward, r.reward],
        ["terminated", rec.terminated, r.terminated],
        ["truncated", rec.truncated, r.truncated],
        ["step_count", rec.step_count, env.stepCount],
      ];
      for (const [field, expected, actual] of fields) if (!sameNested(expected, actual)) return at(e, s, field, expected, actual);
      tally.stepsMatched++;
    }
  }
  return null;
}

/** Exact equality of JSON-like values (numbers with ===). */
function sameNested(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameNested(a[i], b[i])) return false;
    return true;
  }
  return false;
}
