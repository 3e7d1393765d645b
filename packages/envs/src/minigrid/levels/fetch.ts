import { COLOR_NAMES, type ColorName } from "../constants.js";
import { EMPTY, cellColor, cellType, item } from "../cell.js";
import type { LevelSpec } from "../level.js";

const SYNTAX = ["get a", "go get a", "fetch a", "go fetch a", "you must fetch a"];

/** `FetchEnv`: pick up the named object; picking up anything ends the episode. */
export function fetchLevel(size: number, numObjs: number): LevelSpec {
  return {
    width: size,
    height: size,
    maxSteps: 5 * size * size,
    seeThroughWalls: true,
    generate(b) {
      b.grid.wallRect(0, 0, size, size);
      const objs: Array<{ type: "key" | "ball"; color: ColorName }> = [];
      while (objs.length < numObjs) {
        const type = b.randElem(["key", "ball"] as const);
        const color = b.randElem(COLOR_NAMES);
        b.placeObj(item(type, color));
        objs.push({ type, color });
      }
      b.placeAgent();
      const target = objs[b.randInt(0, objs.length)];
      const targetCell = item(target.type, target.color);
      const syntax = SYNTAX[b.randInt(0, 5)];
      return {
        mission: `${syntax} ${target.color} ${target.type}`,
        afterStep(ctx) {
          const c = ctx.carrying;
          if (c === EMPTY) return;
          // Carrying anything ends the episode; only the named kind and colour pays.
          const match = cellType(c) === cellType(targetCell) && cellColor(c) === cellColor(targetCell);
          ctx.reward = match ? ctx.successReward() : 0;
          ctx.terminated = true;
        },
      };
    },
  };
}
