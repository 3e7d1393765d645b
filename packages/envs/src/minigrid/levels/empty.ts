import { GOAL } from "../cell.js";
import type { LevelSpec } from "../level.js";

/** `EmptyEnv`: walls round the edge, goal in the bottom-right corner, agent at (1, 1) facing right. */
export function emptyLevel(size: number): LevelSpec {
  return {
    width: size,
    height: size,
    maxSteps: 4 * size * size,
    seeThroughWalls: true,
    generate(b) {
      b.grid.wallRect(0, 0, size, size);
      b.putObj(GOAL, size - 2, size - 2);
      b.agentX = 1;
      b.agentY = 1;
      b.agentDir = 0;
      return { mission: "get to the green goal square" };
    },
  };
}
