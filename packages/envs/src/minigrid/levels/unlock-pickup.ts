import { ACTIONS } from "../constants.js";
import { EMPTY, TARGET_BIT, item } from "../cell.js";
import type { Episode, LevelSpec, StepContext } from "../level.js";
import { RoomGrid } from "./room-grid.js";

/**
 * `UnlockPickupEnv` and, with `blocked`, `BlockedUnlockPickupEnv` (a ball of random colour sits
 * right in front of the door on the agent's side).
 */
export function unlockPickupLevel(blocked: boolean): LevelSpec {
  const roomSize = 6;
  return {
    width: 2 * (roomSize - 1) + 1,
    height: roomSize,
    maxSteps: (blocked ? 16 : 8) * roomSize * roomSize,
    seeThroughWalls: false,
    generate(b) {
      const rg = new RoomGrid(b, roomSize, 1, 2);
      const box = rg.addObject(1, 0, "box");
      rg.markTarget(box.pos, TARGET_BIT);
      const d = rg.addDoor(0, 0, 0, undefined, true);
      if (blocked) {
        const ballColor = b.randColor();
        b.grid.set(d.pos[0] - 1, d.pos[1], item("ball", ballColor));
      }
      rg.addObject(0, 0, "key", d.color);
      rg.placeAgent(0, 0);
      return pickupTargetEpisode(`pick up the ${box.color} box`);
    },
  };
}

/** Success when a pickup leaves the agent holding the target object (`carrying is self.obj`). */
export function pickupTargetEpisode(mission: string): Episode {
  return {
    mission,
    afterStep(ctx: StepContext) {
      if (ctx.action === ACTIONS.pickup && ctx.carrying !== EMPTY && (ctx.carrying & TARGET_BIT) !== 0) {
        ctx.reward = ctx.successReward();
        ctx.terminated = true;
      }
    },
  };
}
