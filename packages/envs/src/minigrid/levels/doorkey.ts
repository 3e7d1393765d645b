import { GOAL, door, item } from "../cell.js";
import type { LevelBuilder } from "../level-builder.js";
import type { LevelSpec } from "../level.js";

/**
 * DoorKey's room: walls, the goal in the far corner, a vertical wall at a random column (drawn
 * from `minSplit` up, in Farama's RNG order) and the agent placed left of it. Returns the column.
 * TwoKeyDoor builds on the same room, so both draw their random numbers in the same order.
 */
export function splitRoomWithGoal(b: LevelBuilder, w: number, h: number, minSplit: number): number {
  b.grid.wallRect(0, 0, w, h);
  b.putObj(GOAL, w - 2, h - 2);
  const split = b.randInt(minSplit, w - 2);
  b.grid.vertWall(split, 0);
  b.placeAgent(undefined, [split, h]);
  return split;
}

/** `DoorKeyEnv`: a wall splits the room; a locked yellow door in it, its key on the agent's side. */
export function doorKeyLevel(size: number): LevelSpec {
  return {
    width: size,
    height: size,
    maxSteps: 10 * size * size,
    seeThroughWalls: false,
    generate(b) {
      const w = size, h = size;
      const split = splitRoomWithGoal(b, w, h, 2);
      // v2.3.1 draws the door row with `width - 2` (3.1.0: height − 2; same for square sizes).
      const doorY = b.randInt(1, w - 2);
      b.putObj(door("yellow", "locked"), split, doorY);
      b.placeObj(item("key", "yellow"), [0, 0], [split, h]);
      return { mission: "use the key to open the door and then get to the goal" };
    },
  };
}
