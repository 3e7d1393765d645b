import type { State } from "@worldcoder/core";

/**
 * A hand-built MiniGrid DoorKey 8×8 start state in the symbolic format of @worldcoder/envs, so
 * the benchmark needs no env: agent at (1,1) facing right, key at (2,4), locked yellow door at
 * (4,3), goal at (6,6).
 */
export function minigridBenchState(): { state: State; goal: string } {
  const walls = ["########", "#...#..#", "#...#..#", "#......#", "#...#..#", "#...#..#", "#...#..#", "########"];
  return {
    state: {
      width: 8,
      height: 8,
      agent: { x: 1, y: 1, dir: 0, carrying: null },
      walls,
      objects: {
        "2,4": { type: "key", color: "yellow" },
        "4,3": { type: "door", color: "yellow", state: "locked" },
        "6,6": { type: "goal" },
      },
    },
    goal: "use the key to open the door and then get to the goal",
  };
}
