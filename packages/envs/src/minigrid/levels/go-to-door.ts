import { ACTIONS, COLOR_NAMES, type ColorName } from "../constants.js";
import { door } from "../cell.js";
import type { LevelSpec } from "../level.js";

/** `GoToDoorEnv`: a room of random size with four doors; stand next to the named one and say done. */
export function goToDoorLevel(size: number): LevelSpec {
  return {
    width: size,
    height: size,
    maxSteps: 4 * size * size,
    seeThroughWalls: true,
    generate(b) {
      const w = b.randInt(5, size + 1);
      const h = b.randInt(5, size + 1);
      b.grid.wallRect(0, 0, w, h);
      const doorPos: Array<[number, number]> = [
        [b.randInt(2, w - 2), 0],
        [b.randInt(2, w - 2), h - 1],
        [0, b.randInt(2, h - 2)],
        [w - 1, b.randInt(2, h - 2)],
      ];
      const colors: ColorName[] = [];
      while (colors.length < doorPos.length) {
        const c = b.randElem(COLOR_NAMES);
        if (!colors.includes(c)) colors.push(c);
      }
      doorPos.forEach(([x, y], k) => b.grid.set(x, y, door(colors[k], "closed")));
      b.placeAgent(undefined, [w, h]);
      const idx = b.randInt(0, doorPos.length);
      const [tx, ty] = doorPos[idx];
      return {
        mission: `go to the ${colors[idx]} door`,
        afterStep(ctx) {
          if (ctx.action === ACTIONS.toggle) ctx.terminated = true;
          if (ctx.action === ACTIONS.done) {
            const ax = ctx.agentX, ay = ctx.agentY;
            if ((ax === tx && Math.abs(ay - ty) === 1) || (ay === ty && Math.abs(ax - tx) === 1)) ctx.reward = ctx.successReward();
            ctx.terminated = true;
          }
        },
      };
    },
  };
}
