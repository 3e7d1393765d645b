import { ACTIONS, COLOR_NAMES, DIR_DX, DIR_DY, type ColorName } from "../constants.js";
import { EMPTY, cellColor, cellType, item } from "../cell.js";
import type { LevelSpec } from "../level.js";

type Kind = "key" | "ball" | "box";

/** `PutNearEnv`: pick up the named object and drop it next to the other named one. */
export function putNearLevel(size: number, numObjs: number): LevelSpec {
  return {
    width: size,
    height: size,
    maxSteps: 5 * size,
    seeThroughWalls: true,
    generate(b) {
      b.grid.wallRect(0, 0, size, size);
      const objs: Array<{ type: Kind; color: ColorName }> = [];
      const objPos: Array<[number, number]> = [];
      const nearObj = (_b: unknown, x: number, y: number) => objPos.some(([px, py]) => Math.abs(x - px) <= 1 && Math.abs(y - py) <= 1);
      while (objs.length < numObjs) {
        const type = b.randElem(["key", "ball", "box"] as const);
        const color = b.randElem(COLOR_NAMES);
        if (objs.some((o) => o.type === type && o.color === color)) continue;
        objPos.push(b.placeObj(item(type, color), undefined, undefined, nearObj));
        objs.push({ type, color });
      }
      b.placeAgent();
      const moveIdx = b.randInt(0, objs.length);
      let targetIdx: number;
      do targetIdx = b.randInt(0, objs.length);
      while (targetIdx === moveIdx);
      const move = objs[moveIdx], target = objs[targetIdx];
      const moveCell = item(move.type, move.color);
      const [tx, ty] = objPos[targetIdx];
      return {
        mission: `put the ${move.color} ${move.type} near the ${target.color} ${target.type}`,
        afterStep(ctx) {
          if (ctx.action === ACTIONS.pickup && ctx.carrying !== EMPTY) {
            if (cellType(ctx.carrying) !== cellType(moveCell) || cellColor(ctx.carrying) !== cellColor(moveCell)) ctx.terminated = true;
          }
          if (ctx.action === ACTIONS.drop && ctx.carryingBefore !== EMPTY) {
            // `grid.get(front) is preCarrying` holds exactly when the drop happened.
            if (ctx.carrying === EMPTY) {
              const ox = ctx.agentX + DIR_DX[ctx.agentDir], oy = ctx.agentY + DIR_DY[ctx.agentDir];
              if (Math.abs(ox - tx) <= 1 && Math.abs(oy - ty) <= 1) ctx.reward = ctx.successReward();
            }
            ctx.terminated = true;
          }
        },
      };
    },
  };
}
