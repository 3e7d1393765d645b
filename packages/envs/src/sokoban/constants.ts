/** `room_fixed` codes (gym-sokoban). */
export const FIXED_WALL = 0;
export const FIXED_FLOOR = 1;
export const FIXED_TARGET = 2;

/** `room_state` codes: 3 = box on target, 4 = box off target (the generator's docstring swaps them). */
export const WALL = 0;
export const FLOOR = 1;
export const TARGET = 2;
export const BOX_ON_TARGET = 3;
export const BOX = 4;
export const PLAYER = 5;

/** gym-sokoban's `ACTION_LOOKUP`; `info["action.name"]` holds these names. */
export const SOKOBAN_ACTION_NAMES = [
  "no operation",
  "push up",
  "push down",
  "push left",
  "push right",
  "move up",
  "move down",
  "move left",
  "move right",
] as const;

/** `CHANGE_COORDINATES`: up, down, left, right as (row, col) deltas. */
export const DIRECTION_DELTAS: readonly (readonly [number, number])[] = [
  [-1, 0],
  [1, 0],
  [0, -1],
  [0, 1],
];

/** The goal every Sokoban episode has. */
export const SOKOBAN_GOAL_TEXT = "push every box onto a target";
