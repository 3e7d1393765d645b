import {
  COLOR_TO_IDX,
  IDX_TO_COLOR,
  IDX_TO_OBJECT,
  IDX_TO_STATE,
  OBJECT_TO_IDX,
  type ColorName,
  type DoorState,
  type ObjectType,
} from "./constants.js";

/**
 * A world object packed into one small integer, so a grid is a flat typed array and stepping
 * allocates nothing: bits 0–3 type index, 4–6 colour index, 7–8 door state, bit 9 "this is the
 * episode's target object". 0 means an empty cell (Python's `None`).
 *
 * The target bit stands in for Python's object identity (`self.carrying is self.obj`): it travels
 * with the object when it is picked up and dropped.
 */
export type Cell = number;

export const EMPTY: Cell = 0;
export const TARGET_BIT = 1 << 9;

export const T_WALL = OBJECT_TO_IDX.wall;
export const T_FLOOR = OBJECT_TO_IDX.floor;
export const T_DOOR = OBJECT_TO_IDX.door;
export const T_KEY = OBJECT_TO_IDX.key;
export const T_BALL = OBJECT_TO_IDX.ball;
export const T_BOX = OBJECT_TO_IDX.box;
export const T_GOAL = OBJECT_TO_IDX.goal;
export const T_LAVA = OBJECT_TO_IDX.lava;

export const S_OPEN = 0;
export const S_CLOSED = 1;
export const S_LOCKED = 2;

export function makeCell(type: number, color: number, state = 0): Cell {
  return type | (color << 4) | (state << 7);
}

export const cellType = (c: Cell): number => c & 15;
export const cellColor = (c: Cell): number => (c >> 4) & 7;
export const cellState = (c: Cell): number => (c >> 7) & 3;

export const WALL: Cell = makeCell(T_WALL, COLOR_TO_IDX.grey);
export const GOAL: Cell = makeCell(T_GOAL, COLOR_TO_IDX.green);
export const LAVA: Cell = makeCell(T_LAVA, COLOR_TO_IDX.red);

export function door(color: ColorName, state: DoorState): Cell {
  return makeCell(T_DOOR, COLOR_TO_IDX[color], state === "open" ? S_OPEN : state === "closed" ? S_CLOSED : S_LOCKED);
}

export function item(type: "key" | "ball" | "box", color: ColorName): Cell {
  return makeCell(OBJECT_TO_IDX[type], COLOR_TO_IDX[color]);
}

/** Goal, floor, lava and open doors can be walked onto (`can_overlap`). */
export function canOverlap(c: Cell): boolean {
  const t = c & 15;
  return t === T_GOAL || t === T_FLOOR || t === T_LAVA || (t === T_DOOR && ((c >> 7) & 3) === S_OPEN);
}

export function canPickup(c: Cell): boolean {
  const t = c & 15;
  return t === T_KEY || t === T_BALL || t === T_BOX;
}

/** Walls and closed or locked doors hide what lies behind them (`see_behind`). */
export function seeBehind(c: Cell): boolean {
  const t = c & 15;
  if (t === T_WALL) return false;
  if (t === T_DOOR) return ((c >> 7) & 3) === S_OPEN;
  return true;
}

export function typeName(c: Cell): ObjectType {
  return IDX_TO_OBJECT[c & 15];
}
export function colorName(c: Cell): ColorName {
  return IDX_TO_COLOR[(c >> 4) & 7];
}
export function stateName(c: Cell): DoorState {
  return IDX_TO_STATE[(c >> 7) & 3];
}

/** Decodes MiniGrid's `(type, color, state)` triple (`WorldObj.decode`); empty/unseen → EMPTY. */
export function cellFromEncoding(type: number, color: number, state: number): Cell {
  if (type <= OBJECT_TO_IDX.empty) return EMPTY;
  // Only doors carry a state; the original decodes every other object with state 0.
  return makeCell(type, color, type === T_DOOR ? state : 0);
}
