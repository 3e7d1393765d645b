import { TARGET_BIT } from "../cell.js";
import type { LevelSpec } from "../level.js";
import { RoomGrid } from "./room-grid.js";
import { pickupTargetEpisode } from "./unlock-pickup.js";

/** `KeyCorridorEnv`: a corridor of rooms; the ball lies behind a locked door, the key elsewhere. */
export function keyCorridorLevel(roomSize: number, numRows: number, objType: "ball" | "key" | "box" = "ball"): LevelSpec {
  return {
    width: 3 * (roomSize - 1) + 1,
    height: numRows * (roomSize - 1) + 1,
    maxSteps: 30 * roomSize * roomSize,
    seeThroughWalls: false,
    generate(b) {
      const rg = new RoomGrid(b, roomSize, numRows, 3);
      for (let j = 1; j < numRows; j++) rg.removeWall(1, j, 3);
      const roomIdx = b.randInt(0, numRows);
      const d = rg.addDoor(2, roomIdx, 2, undefined, true);
      const obj = rg.addObject(2, roomIdx, objType);
      rg.markTarget(obj.pos, TARGET_BIT);
      rg.addObject(0, b.randInt(0, numRows), "key", d.color);
      rg.placeAgent(1, numRows >> 1);
      rg.connectAll();
      return pickupTargetEpisode(`pick up the ${obj.color} ${objType}`);
    },
  };
}
