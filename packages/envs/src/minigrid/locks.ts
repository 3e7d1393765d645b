import { COLOR_TO_IDX, IDX_TO_COLOR, type ColorName } from "./constants.js";
import { EMPTY, S_CLOSED, S_LOCKED, T_DOOR, T_KEY, cellColor, cellState, cellType, type Cell } from "./cell.js";

/**
 * Doors with several locks (this project's TwoKeyDoor variant; no Farama env has them). Bits
 * 10–15 of a door cell hold one bit per colour index: the colours of the keys it still needs.
 * Doors of the original envs never set these bits, so they behave exactly as Farama's.
 */
const LOCK_SHIFT = 10;
const LOCK_BITS = 0x3f << LOCK_SHIFT;

/** The colours a door still needs, as a bit set over colour indices (0: an ordinary door). */
export function lockMask(c: Cell): number {
  return (c & LOCK_BITS) >> LOCK_SHIFT;
}

/** A locked door of `color` needing one key of each of `keys` (each different from the others). */
export function multiLockDoor(color: ColorName, keys: readonly ColorName[]): Cell {
  let mask = 0;
  for (const k of keys) mask |= 1 << COLOR_TO_IDX[k];
  return T_DOOR | (COLOR_TO_IDX[color] << 4) | (S_LOCKED << 7) | (mask << LOCK_SHIFT);
}

/** The colours of the locks left, in colour-index order (red, green, blue, purple, yellow, grey). */
export function lockColors(c: Cell): ColorName[] {
  const mask = lockMask(c);
  const out: ColorName[] = [];
  for (let i = 0; i < IDX_TO_COLOR.length; i++) if (mask & (1 << i)) out.push(IDX_TO_COLOR[i]);
  return out;
}

/** Sets the lock bits of a door cell from colour names (the inverse of `lockColors`). */
export function withLockColors(c: Cell, keys: readonly ColorName[]): Cell {
  let mask = 0;
  for (const k of keys) mask |= 1 << COLOR_TO_IDX[k];
  return (c & ~LOCK_BITS) | (mask << LOCK_SHIFT);
}

/**
 * `toggle` on a multi-lock door with `carrying` in hand: a key whose colour is one of the door's
 * remaining locks goes into that lock (it is used up: the agent's hands are empty afterwards) and
 * removes it; removing the last lock leaves the door closed, not open. Returns the door's new
 * cell, or null when nothing happens (no key, or a key of a colour the door does not need).
 */
export function insertKey(doorCell: Cell, carrying: Cell): Cell | null {
  if (carrying === EMPTY || cellType(carrying) !== T_KEY || cellState(doorCell) !== S_LOCKED) return null;
  const bit = 1 << (cellColor(carrying) + LOCK_SHIFT);
  if ((doorCell & bit) === 0) return null;
  const next = doorCell & ~bit;
  return lockMask(next) === 0 ? (next & ~(3 << 7)) | (S_CLOSED << 7) : next;
}
