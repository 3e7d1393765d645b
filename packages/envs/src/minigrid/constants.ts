/**
 * MiniGrid's integer encodings (Farama Minigrid v2.3.1 `core/constants.py`). The numbers are part
 * of the observation format, so they must never change.
 */
export const OBJECT_TO_IDX = {
  unseen: 0,
  empty: 1,
  wall: 2,
  floor: 3,
  door: 4,
  key: 5,
  ball: 6,
  box: 7,
  goal: 8,
  lava: 9,
  agent: 10,
} as const;
export type ObjectType = keyof typeof OBJECT_TO_IDX;
export const IDX_TO_OBJECT: readonly ObjectType[] = [
  "unseen", "empty", "wall", "floor", "door", "key", "ball", "box", "goal", "lava", "agent",
];

export const COLOR_TO_IDX = { red: 0, green: 1, blue: 2, purple: 3, yellow: 4, grey: 5 } as const;
export type ColorName = keyof typeof COLOR_TO_IDX;
export const IDX_TO_COLOR: readonly ColorName[] = ["red", "green", "blue", "purple", "yellow", "grey"];
/** Sorted colour names: the order `_rand_color` indexes, so it decides generated layouts. */
export const COLOR_NAMES: readonly ColorName[] = ["blue", "green", "grey", "purple", "red", "yellow"];

export const STATE_TO_IDX = { open: 0, closed: 1, locked: 2 } as const;
export type DoorState = keyof typeof STATE_TO_IDX;
export const IDX_TO_STATE: readonly DoorState[] = ["open", "closed", "locked"];

/** dir 0 right (+x), 1 down (+y), 2 left (−x), 3 up (−y). */
export const DIR_DX: readonly number[] = [1, 0, -1, 0];
export const DIR_DY: readonly number[] = [0, 1, 0, -1];

export const ACTIONS = { left: 0, right: 1, forward: 2, pickup: 3, drop: 4, toggle: 5, done: 6 } as const;
export const ACTION_NAMES: readonly string[] = ["left", "right", "forward", "pickup", "drop", "toggle", "done"];

/** RGB of each colour as MiniGrid draws it (used by the SVG renderer). */
export const COLOR_RGB: Readonly<Record<ColorName, string>> = {
  red: "#ff0000",
  green: "#00ff00",
  blue: "#0000ff",
  purple: "#7027c3",
  yellow: "#ffff00",
  grey: "#646464",
};

export const AGENT_VIEW_SIZE = 7;
