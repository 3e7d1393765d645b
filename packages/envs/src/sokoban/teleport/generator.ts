import { mulberry32, NumpyRandomState, PyRandom, WorldCoderError } from "@worldcoder/core";
import { BOX, FIXED_FLOOR, PLAYER } from "../constants.js";
import { generateRoom, RoomGenerationError } from "../generator.js";
import type { TeleportLevel } from "./level.js";
import { solveTeleportLevel } from "./solver.js";

/** What a teleport id draws from: room sides (square rooms), box counts and gate-pair counts. */
export interface TeleportGenerationOptions {
  sizes: readonly number[];
  boxes: readonly number[];
  gatePairs: readonly number[];
}

export interface GeneratedTeleportLevel {
  level: TeleportLevel;
  /** Steps of a shortest solution with the teleport rules. */
  optimalSteps: number;
  /** Steps of a shortest solution of the same room with gates as plain floor (always more). */
  optimalStepsWithoutGates: number;
  /** A shortest solution (push actions 1–4). */
  solution: number[];
  /** Rooms generated before this one was accepted (each gets several gate placements). */
  roomsTried: number;
}

export class TeleportGenerationError extends WorldCoderError {
  constructor(message: string) {
    super("SOKOBAN_TELEPORT_GENERATION", message, { fault: "system" });
  }
}

const PLACEMENTS_PER_ROOM = 12;
/** Steps the gates must save at least; the best of a room's placements is kept. */
const MIN_SAVING = 2;
const MAX_ROOMS = 200;
/** Twins closer than this (Manhattan) would rarely shorten anything. */
const MIN_TWIN_DISTANCE = 4;

/**
 * One level per seed, deterministic: side, box count and gate-pair count drawn with mulberry32(seed);
 * the room is gym-sokoban's generator (`random.seed(s); np.random.seed(s)`, its rooms solvable by
 * construction, 1.7·(rows+cols) walk steps as gym-sokoban's default); gate pairs go on plain floor
 * cells away from the player, boxes and each other. Breadth-first search scores a few placements
 * per room: a placement counts only when the level is solvable with the teleport rules and its
 * shortest solution is at least MIN_SAVING steps shorter than the room's shortest solution without
 * gates — so the gates matter; the placement saving most is kept. A room where none counts is
 * dropped for the next one (the streams continue).
 */
export function generateTeleportLevel(seed: number, options: TeleportGenerationOptions): GeneratedTeleportLevel {
  const pick = mulberry32(seed ^ 0x7e1e9047);
  const choose = <T>(xs: readonly T[]): T => xs[Math.floor(pick() * xs.length)];
  const side = choose(options.sizes);
  const numBoxes = choose(options.boxes);
  const pairs = choose(options.gatePairs);
  const py = new PyRandom(seed);
  const np = new NumpyRandomState(seed);
  for (let roomsTried = 0; roomsTried < MAX_ROOMS; roomsTried++) {
    let room;
    try {
      room = generateRoom({ rows: side, cols: side, numSteps: Math.floor(1.7 * (side + side)), numBoxes }, py, np);
    } catch (error) {
      if (error instanceof RoomGenerationError) continue;
      throw error;
    }
    const base: TeleportLevel = {
      rows: side,
      cols: side,
      fixed: room.fixed,
      gates: [],
      player: room.state.indexOf(PLAYER),
      boxes: [...room.state.keys()].filter((i) => room.state[i] === BOX),
    };
    const plain = solveTeleportLevel(base, { ignoreGates: true });
    if (!plain) continue;
    const free = [...room.fixed.keys()].filter(
      (i) => room.fixed[i] === FIXED_FLOOR && i !== base.player && !base.boxes.includes(i),
    );
    let best: GeneratedTeleportLevel | null = null;
    for (let p = 0; p < PLACEMENTS_PER_ROOM; p++) {
      const gates = placeGates(free, pairs, side, pick);
      if (!gates) break;
      const level = { ...base, gates };
      const solved = solveTeleportLevel(level);
      if (solved && plain.actions.length - solved.actions.length >= (best ? plain.actions.length - best.optimalSteps + 1 : MIN_SAVING)) {
        best = { level, optimalSteps: solved.actions.length, optimalStepsWithoutGates: plain.actions.length, solution: solved.actions, roomsTried };
      }
    }
    if (best) return best;
  }
  throw new TeleportGenerationError(`seed ${seed}: no room with useful gates in ${MAX_ROOMS} rooms`);
}

/** `pairs` gate pairs on distinct cells, no two gates side by side, twins far apart; null if none fit. */
function placeGates(free: number[], pairs: number, cols: number, random: () => number): [number, number][] | null {
  const used: number[] = [];
  const out: [number, number][] = [];
  const near = (a: number, b: number): number => Math.abs(Math.floor(a / cols) - Math.floor(b / cols)) + Math.abs((a % cols) - (b % cols));
  for (let k = 0; k < pairs; k++) {
    const ok = (i: number): boolean => used.every((u) => near(u, i) > 1);
    const firsts = free.filter(ok);
    if (firsts.length === 0) return null;
    const a = firsts[Math.floor(random() * firsts.length)];
    const seconds = firsts.filter((i) => near(a, i) >= MIN_TWIN_DISTANCE);
    if (seconds.length === 0) return null;
    const b = seconds[Math.floor(random() * seconds.length)];
    used.push(a, b);
    out.push([a, b]);
  }
  return out;
}
