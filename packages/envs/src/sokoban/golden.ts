import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { jsonEqual } from "@worldcoder/core";
import { SokobanEnv } from "./env.js";
import { SOKOBAN_VARIANTS } from "./register.js";
import type { BoxMappingEntry } from "./room.js";

/** One step of a golden trace (gym-sokoban's `(reward, done, info)` and the room after it). */
export interface SokobanGoldenStep {
  action: number;
  reward: number;
  done: boolean;
  info: Record<string, unknown>;
  room_state: number[][];
}

interface SokobanGoldenRoom {
  room_fixed: number[][];
  room_state: number[][];
  box_mapping: BoxMappingEntry[];
  player_position: [number, number];
  generation_retries: number;
}

/** One record of `golden/sokoban/traces.jsonl.gz` (schema in the golden README). */
export interface SokobanGoldenRecord extends SokobanGoldenRoom {
  env: string;
  seed: number;
  dim_room: [number, number];
  num_boxes: number;
  max_steps: number;
  num_gen_steps: number;
  solved?: boolean;
  episodes: { policy: string; steps: SokobanGoldenStep[]; steps_after_done: SokobanGoldenStep[] }[];
  next_reset?: SokobanGoldenRoom;
}

export interface SokobanMismatch {
  env: string;
  seed: number;
  /** Where: "config", "generation", "next_reset", or "episode 0 step 12" (steps after done continue the count). */
  at: string;
  field: string;
  expected: unknown;
  actual: unknown;
}

export interface SokobanVerifyCounts {
  records: number;
  recordsMatched: number;
  steps: number;
  stepsMatched: number;
  /** The first mismatch met for this env id, if any. */
  firstMismatch?: SokobanMismatch;
}

/** Reads a gzip JSONL trace file such as `golden/sokoban/traces.jsonl.gz`. */
export function readSokobanRecords(path: string): SokobanGoldenRecord[] {
  const text = gunzipSync(readFileSync(path)).toString("utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as SokobanGoldenRecord);
}

/**
 * Replays golden records on fresh envs: each record's seeded generation (room layers, box mapping,
 * player, retries), every step of every episode (reward with `===`, done, info, room) including the
 * steps after done, and the seedless `next_reset` room. The solver episode runs on a copy taken
 * right after the reset, as the recording did. A record stops at its first mismatch.
 */
export function verifySokobanRecords(records: Iterable<SokobanGoldenRecord>): Record<string, SokobanVerifyCounts> {
  const out: Record<string, SokobanVerifyCounts> = {};
  for (const rec of records) {
    const counts = (out[rec.env] ??= { records: 0, recordsMatched: 0, steps: 0, stepsMatched: 0 });
    counts.records++;
    const total = rec.episodes.reduce((n, e) => n + e.steps.length + e.steps_after_done.length, 0);
    counts.steps += total;
    const fail = (m: Omit<SokobanMismatch, "env" | "seed">): void => {
      counts.firstMismatch ??= { env: rec.env, seed: rec.seed, ...m };
    };
    const variant = SOKOBAN_VARIANTS.find((v) => v.id === rec.env);
    if (!variant) {
      fail({ at: "generation", field: "env", expected: rec.env, actual: "no such registered id" });
      continue;
    }
    const c = variant.config;
    const header: [string, unknown, unknown][] = [
      ["dim_room", rec.dim_room, [c.rows, c.cols]],
      ["num_boxes", rec.num_boxes, c.numBoxes],
      ["max_steps", rec.max_steps, c.maxSteps],
      ["num_gen_steps", rec.num_gen_steps, c.numGenSteps],
    ];
    const badHeader = header.find(([, expected, actual]) => !jsonEqual(expected as never, actual as never));
    if (badHeader) {
      fail({ at: "config", field: badHeader[0], expected: badHeader[1], actual: badHeader[2] });
      continue;
    }
    const env = new SokobanEnv(rec.env, c, { observation: "none" });
    env.reset(rec.seed);
    if (!compareRoom(env, rec, "generation", fail)) continue;
    const start = env.clone();
    let ok = true;
    for (let e = 0; e < rec.episodes.length && ok; e++) {
      const episode = rec.episodes[e];
      const player = e === 0 ? env : start.clone();
      const steps = [...episode.steps, ...episode.steps_after_done];
      for (let k = 0; k < steps.length; k++) {
        const want = steps[k];
        const got = player.step(want.action);
        const { done, ...info } = got.info as Record<string, unknown>;
        const at = `episode ${e} step ${k}`;
        if (got.reward !== want.reward) fail({ at, field: "reward", expected: want.reward, actual: got.reward });
        else if (done !== want.done) fail({ at, field: "done", expected: want.done, actual: done });
        else if (!jsonEqual(info as never, want.info as never)) fail({ at, field: "info", expected: want.info, actual: info });
        else if (!jsonEqual(player.roomState(), want.room_state)) {
          fail({ at, field: "room_state", expected: want.room_state, actual: player.roomState() });
        } else {
          counts.stepsMatched++;
          continue;
        }
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (rec.next_reset) {
      env.reset();
      if (!compareRoom(env, rec.next_reset, "next_reset", fail)) continue;
    }
    counts.recordsMatched++;
  }
  return out;
}

function compareRoom(
  env: SokobanEnv,
  want: SokobanGoldenRoom,
  at: string,
  fail: (m: Omit<SokobanMismatch, "env" | "seed">) => void,
): boolean {
  const fields: [string, unknown, unknown][] = [
    ["room_fixed", want.room_fixed, env.roomFixed()],
    ["room_state", want.room_state, env.roomState()],
    ["box_mapping", want.box_mapping, env.boxMapping()],
    ["player_position", want.player_position, env.playerPosition()],
    ["generation_retries", want.generation_retries, env.generationRetries],
  ];
  for (const [field, expected, actual] of fields) {
    if (!jsonEqual(expected as never, actual as never)) {
      fail({ at, field, expected, actual });
      return false;
    }
  }
  return true;
}
