import { FIXED_TARGET } from "../constants.js";
import { twinTable, type TeleportLevel } from "./level.js";
import { teleportStep } from "./rules.js";

export interface TeleportSolution {
  /** Push actions (1–4) of a shortest plan; a push with no box moves, so these four suffice. */
  actions: number[];
}

export interface SolveOptions {
  /** Solve as plain Sokoban: gates are floor (what a model that ignores them would plan). */
  ignoreGates?: boolean;
  /** Give up (return null) after this many distinct states. */
  maxStates?: number;
}

/**
 * Breadth-first search for a shortest solution under the teleport rules (or plain rules). It is
 * what generation uses to keep levels solvable and gates useful; `null` when no solution exists
 * or the state cap is hit. Small rooms (≤ 10×10, ≤ 2 boxes) have at most ~10⁵ states.
 */
export function solveTeleportLevel(level: TeleportLevel, options: SolveOptions = {}): TeleportSolution | null {
  const size = level.rows * level.cols;
  const twin = options.ignoreGates ? new Int16Array(size).fill(-1) : twinTable(level);
  const maxStates = options.maxStates ?? 2_000_000;
  const targets: number[] = [];
  for (let i = 0; i < size; i++) if (level.fixed[i] === FIXED_TARGET) targets.push(i);
  const encode = (player: number, boxes: number[]): number => {
    let key = 0;
    for (const b of [...boxes].sort((x, y) => x - y)) key = key * size + b;
    return key * size + player;
  };
  const start = encode(level.player, level.boxes);
  // key → parent key and action, to rebuild the plan.
  const parent = new Map<number, [number, number]>([[start, [-1, 0]]]);
  let frontier: [number, number[]][] = [[level.player, level.boxes.slice()]];
  const box = new Uint8Array(size);
  while (frontier.length > 0) {
    const next: [number, number[]][] = [];
    for (const [player, boxes] of frontier) {
      const from = encode(player, boxes);
      for (let action = 1; action <= 4; action++) {
        for (const b of boxes) box[b] = 1;
        const out = teleportStep(level.cols, level.fixed, twin, box, player, action);
        const after = out.movedBox ? boxes.map((b) => (box[b] ? b : movedTo(box, boxes))) : boxes;
        // Clear only the box cells (the old ones and a pushed box's new one), not the whole room.
        for (const b of after) box[b] = 0;
        for (const b of boxes) box[b] = 0;
        if (!out.movedPlayer) continue;
        const key = encode(out.player, after);
        if (parent.has(key)) continue;
        parent.set(key, [from, action]);
        if (targets.every((t) => after.includes(t))) return { actions: planTo(parent, key) };
        if (parent.size >= maxStates) return null;
        next.push([out.player, after]);
      }
    }
    frontier = next;
  }
  return null;
}

/** The cell a pushed box went to: the one box cell not in the old list. */
function movedTo(box: Uint8Array, before: number[]): number {
  for (let i = 0; i < box.length; i++) if (box[i] && !before.includes(i)) return i;
  return -1;
}

function planTo(parent: Map<number, [number, number]>, key: number): number[] {
  const actions: number[] = [];
  for (let k = key; ; ) {
    const [p, a] = parent.get(k)!;
    if (p < 0) break;
    actions.push(a);
    k = p;
  }
  return actions.reverse();
}
