import { ACTIONS } from "../constants.js";
import { S_OPEN, T_DOOR, cellState, cellType } from "../cell.js";
import type { LevelSpec } from "../level.js";
import { RoomGrid } from "./room-grid.js";

/** `UnlockEnv`: two rooms; open the locked door with the key of its colour. */
export function unlockLevel(): LevelSpec {
  const roomSize = 6;
  return {
    width: 2 * (roomSize - 1) + 1,
    height: roomSize,
    maxSteps: 8 * roomSize * roomSize,
    seeThroughWalls: false,
    generate(b) {
      const rg = new RoomGrid(b, roomSize, 1, 2);
      const d = rg.addDoor(0, 0, 0, undefined, true);
      rg.addObject(0, 0, "key", d.color);
      rg.placeAgent(0, 0);
      const [dx, dy] = d.pos;
      return {
        mission: "open the door",
        afterStep(ctx) {
          if (ctx.action !== ACTIONS.toggle) return;
          const c = ctx.grid.get(dx, dy);
          if (cellType(c) === T_DOOR && cellState(c) === S_OPEN) {
            ctx.reward = ctx.successReward();
            ctx.terminated = true;
          }
        },
      };
    },
  };
}
