import { EMPTY, GOAL, LAVA, WALL } from "../cell.js";
import type { LevelSpec } from "../level.js";

/**
 * `CrossingEnv`: rivers of lava (or walls, for SimpleCrossing) cross the room, each with one gap;
 * the agent starts at (1, 1) facing right, the goal is in the bottom-right corner.
 */
export function crossingLevel(size: number, numCrossings: number, obstacle: "lava" | "wall"): LevelSpec {
  return {
    width: size,
    height: size,
    maxSteps: 4 * size * size,
    seeThroughWalls: false,
    generate(b) {
      const w = size, h = size;
      b.grid.wallRect(0, 0, w, h);
      b.agentX = 1;
      b.agentY = 1;
      b.agentDir = 0;
      b.putObj(GOAL, w - 2, h - 2);
      // true = vertical river at x = pos, false = horizontal river at y = pos.
      const rivers: Array<[boolean, number]> = [];
      for (let i = 2; i < h - 2; i += 2) rivers.push([true, i]);
      for (let j = 2; j < w - 2; j += 2) rivers.push([false, j]);
      b.rng.shuffle(rivers);
      const chosen = rivers.slice(0, numCrossings);
      const riversV = chosen.filter(([v]) => v).map(([, p]) => p).sort((p, q) => p - q);
      const riversH = chosen.filter(([v]) => !v).map(([, p]) => p).sort((p, q) => p - q);
      const cell = obstacle === "lava" ? LAVA : WALL;
      for (let x = 1; x < w - 1; x++) for (const y of riversH) b.putObj(cell, x, y);
      for (const x of riversV) for (let y = 1; y < h - 1; y++) b.putObj(cell, x, y);
      // false = cross a vertical river (move right), true = cross a horizontal one (move down).
      const path: boolean[] = [...riversV.map(() => false), ...riversH.map(() => true)];
      b.rng.shuffle(path);
      const limitsV = [0, ...riversV, h - 1];
      const limitsH = [0, ...riversH, w - 1];
      let roomI = 0, roomJ = 0;
      for (const down of path) {
        let x: number, y: number;
        if (!down) {
          x = limitsV[roomI + 1];
          y = b.choiceRange(limitsH[roomJ] + 1, limitsH[roomJ + 1]);
          roomI++;
        } else {
          x = b.choiceRange(limitsV[roomI] + 1, limitsV[roomI + 1]);
          y = limitsH[roomJ + 1];
          roomJ++;
        }
        b.grid.set(x, y, EMPTY);
      }
      return {
        mission:
          obstacle === "lava" ? "avoid the lava and get to the green goal square" : "find the opening and get to the green goal square",
      };
    },
  };
}
