import { mulberry32 } from "@worldcoder/core";
import { makeEnv } from "../../registry.js";
import type { SokobanTeleportEnv } from "./env.js";
import type { SokobanTeleportState } from "./level.js";
import { solveTeleportLevel } from "./solver.js";

/** One recorded episode of a teleport id: the start, then every step's action and outcome. */
export interface TeleportGoldenEpisode {
  env: string;
  seed: number;
  start: SokobanTeleportState;
  steps: { action: number; reward: number; terminated: boolean; grid: string[] }[];
}

export const TELEPORT_GOLDEN_FORMAT = "worldcoder/sokoban-teleport-golden@1";

/**
 * The regression traces beside the tests: per (id, seed), `randomSteps` seeded random actions and
 * then a shortest solution from where they left the room (when one exists), so traces cover
 * blocked moves, teleports and the final +10.
 */
export function recordTeleportEpisode(env: string, seed: number, randomSteps = 12): TeleportGoldenEpisode {
  const e = makeEnv(env) as SokobanTeleportEnv;
  e.reset(seed);
  const start = e.symbolicState();
  const random = mulberry32(seed + 17);
  const steps: TeleportGoldenEpisode["steps"] = [];
  const play = (action: number): boolean => {
    const r = e.step(action);
    steps.push({ action, reward: r.reward, terminated: r.terminated, grid: e.symbolicState().grid });
    return r.terminated;
  };
  for (let i = 0; i < randomSteps; i++) if (play(Math.floor(random() * 9))) return { env, seed, start, steps };
  const rest = solveTeleportLevel(levelNow(e));
  for (const a of rest?.actions ?? []) if (play(a)) break;
  return { env, seed, start, steps };
}

/** The level as it stands now (the player and boxes where play left them). */
function levelNow(e: SokobanTeleportEnv) {
  const level = e.currentLevel()!;
  const grid = e.symbolicState().grid;
  const boxes: number[] = [];
  let player = level.player;
  grid.forEach((row, r) =>
    [...row].forEach((ch, c) => {
      if (ch === "$" || ch === "*") boxes.push(r * level.cols + c);
      if (ch === "@" || ch === "+") player = r * level.cols + c;
    }),
  );
  return { ...level, boxes, player };
}

/** Replays recorded episodes; returns the first difference per episode (empty when all match). */
export function verifyTeleportEpisodes(episodes: readonly TeleportGoldenEpisode[]): string[] {
  const problems: string[] = [];
  for (const ep of episodes) {
    const e = makeEnv(ep.env);
    e.reset(ep.seed);
    const where = `${ep.env} seed ${ep.seed}`;
    if (JSON.stringify(e.symbolicState()) !== JSON.stringify(ep.start)) {
      problems.push(`${where}: start differs`);
      continue;
    }
    for (const [i, s] of ep.steps.entries()) {
      const r = e.step(s.action);
      const grid = (e.symbolicState() as SokobanTeleportState).grid;
      if (r.reward !== s.reward || r.terminated !== s.terminated || JSON.stringify(grid) !== JSON.stringify(s.grid)) {
        problems.push(`${where}: step ${i} (action ${s.action}) differs`);
        break;
      }
    }
  }
  return problems;
}
