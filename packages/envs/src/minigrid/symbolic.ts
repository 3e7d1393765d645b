import { EMPTY, T_DOOR, T_FLOOR, T_GOAL, T_LAVA, T_WALL, cellType, colorName, stateName, typeName, type Cell } from "./cell.js";
import type { ColorName, DoorState } from "./constants.js";
import type { Grid } from "./grid.js";
import { lockColors, lockMask } from "./locks.js";

/** One non-wall object of the symbolic state (see the MiniGrid section of the package README). */
export type MinigridSymbolicObject =
  /** `locks`: only on doors of the TwoKeyDoor variant, the key colours still needed. */
  | { type: "door"; color: ColorName; state: DoorState; locks?: ColorName[] }
  | { type: "key" | "ball" | "box"; color: ColorName }
  | { type: "floor"; color: ColorName }
  | { type: "goal" }
  | { type: "lava" };

/**
 * The full-grid symbolic state the LLM reads and world-model programs return. Plain JSON; objects
 * are keyed by `"x,y"`, so canonical JSON (sorted keys) makes two equal states equal text
 * whatever order they were built in.
 */
export type MinigridSymbolicState = {
  width: number;
  height: number;
  agent: { x: number; y: number; dir: number; carrying: MinigridSymbolicObject | null };
  /** Row strings, `walls[y][x]` is `"#"` for a wall and `"."` otherwise. */
  walls: string[];
  objects: { [xy: string]: MinigridSymbolicObject };
};

/** The fields of a MiniGrid world the symbolic state is computed from. */
export interface MinigridWorldView {
  readonly grid: Grid;
  readonly agentX: number;
  readonly agentY: number;
  readonly agentDir: number;
  readonly carrying: Cell;
}

/** Pure: the symbolic state of a world (full grid, not the 7×7 view). */
export function minigridSymbolicState(world: MinigridWorldView): MinigridSymbolicState {
  const { grid } = world;
  const { width, height, cells } = grid;
  const objects: { [xy: string]: MinigridSymbolicObject } = {};
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === EMPTY || cellType(c) === T_WALL) continue;
    const y = (i / width) | 0;
    objects[`${i - y * width},${y}`] = symbolicObject(c);
  }
  const walls = grid.wallRows().slice();
  return {
    width,
    height,
    agent: {
      x: world.agentX,
      y: world.agentY,
      dir: world.agentDir,
      carrying: world.carrying === EMPTY ? null : symbolicObject(world.carrying),
    },
    walls,
    objects,
  };
}

export function symbolicObject(c: Cell): MinigridSymbolicObject {
  const t = cellType(c);
  if (t === T_DOOR) {
    // Ordinary doors keep exactly the original three fields.
    if (lockMask(c) === 0) return { type: "door", color: colorName(c), state: stateName(c) };
    return { type: "door", color: colorName(c), state: stateName(c), locks: lockColors(c) };
  }
  if (t === T_GOAL) return { type: "goal" };
  if (t === T_LAVA) return { type: "lava" };
  if (t === T_FLOOR) return { type: "floor", color: colorName(c) };
  return { type: typeName(c) as "key" | "ball" | "box", color: colorName(c) };
}
