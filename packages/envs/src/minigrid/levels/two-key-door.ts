import { COLOR_NAMES, type ColorName } from "../constants.js";
import { item } from "../cell.js";
import type { LevelBuilder } from "../level-builder.js";
import type { LevelSpec } from "../level.js";
import { multiLockDoor } from "../locks.js";
import { splitRoomWithGoal } from "./doorkey.js";

/**
 * TwoKeyDoor, a variant of this project (not a Farama env): DoorKey's room split by a wall, but
 * the door has two locks of two colours, both different from the door's own colour; a key of
 * each lock's colour lies on the agent's side. Each key is used up in its lock and the door
 * stays closed until opened with one more `toggle` (rules in `locks.ts` and the envs README).
 */
export function twoKeyDoorLevel(size: number): LevelSpec {
  return {
    width: size,
    height: size,
    maxSteps: 10 * size * size,
    seeThroughWalls: false,
    generate(b) {
      const w = size, h = size;
      // At least two columns on the agent's side, so it and both keys fit with room to move.
      const split = splitRoomWithGoal(b, w, h, 3);
      const doorY = b.randInt(1, h - 1);
      const doorColor = b.randColor();
      const first = colorOtherThan(b, [doorColor]);
      const second = colorOtherThan(b, [doorColor, first]);
      b.putObj(multiLockDoor(doorColor, [first, second]), split, doorY);
      b.placeObj(item("key", first), [0, 0], [split, h]);
      b.placeObj(item("key", second), [0, 0], [split, h]);
      return { mission: `use the ${first} key and the ${second} key to open the ${doorColor} door and then get to the goal` };
    },
  };
}

/** `_rand_color()` redrawn until it differs from every colour in `taken`. */
function colorOtherThan(b: LevelBuilder, taken: readonly ColorName[]): ColorName {
  for (;;) {
    const c = b.randElem(COLOR_NAMES);
    if (!taken.includes(c)) return c;
  }
}
