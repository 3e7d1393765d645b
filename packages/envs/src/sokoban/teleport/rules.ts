import { DIRECTION_DELTAS, FIXED_WALL } from "../constants.js";

/** What one step did, besides the new player cell. */
export interface TeleportStepOutcome {
  player: number;
  movedPlayer: boolean;
  movedBox: boolean;
  teleported: boolean;
}

/**
 * The one place the teleport rules live (env and solver share it). Sokoban-v0's step (actions
 * 0 no-op, 1–4 push, 5–8 move; a push with no pushable box moves; one box at a time), then: when
 * the player has just entered a gate cell — by a move or a push — it is carried to the gate's twin,
 * unless a box stands on the twin (then it stays on the gate like on floor). Boxes are never
 * carried: a gate holds a box like floor. Arriving on the twin does not carry the player again.
 * Mutates `box` (1 where a box stands).
 */
export function teleportStep(
  cols: number,
  fixed: Uint8Array,
  twin: Int16Array,
  box: Uint8Array,
  player: number,
  action: number,
): TeleportStepOutcome {
  const stay = { player, movedPlayer: false, movedBox: false, teleported: false };
  if (action < 1 || action > 8) return stay;
  const [dr, dc] = DIRECTION_DELTAS[(action - 1) % 4];
  const next = step(cols, fixed.length, player, dr, dc);
  if (next < 0 || fixed[next] === FIXED_WALL) return stay;
  let movedBox = false;
  if (box[next]) {
    if (action > 4) return stay;
    const beyond = step(cols, fixed.length, next, dr, dc);
    if (beyond < 0 || fixed[beyond] === FIXED_WALL || box[beyond]) return stay;
    box[beyond] = 1;
    box[next] = 0;
    movedBox = true;
  }
  const t = twin[next];
  if (t >= 0 && !box[t]) return { player: t, movedPlayer: true, movedBox, teleported: true };
  return { player: next, movedPlayer: true, movedBox, teleported: false };
}

/** The neighbour cell, or -1 off the array (rooms are walled, so only hand-made levels reach it). */
function step(cols: number, size: number, cell: number, dr: number, dc: number): number {
  const r = Math.floor(cell / cols) + dr;
  const c = (cell % cols) + dc;
  if (r < 0 || c < 0 || c >= cols || r * cols >= size) return -1;
  return r * cols + c;
}
