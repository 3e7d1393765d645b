import type { Suite } from "./types.js";

/**
 * Seconds, for CI: one short track per domain, two seeds, only agents that replay offline.
 * Its replayed results are committed in `baselines/reference/smoke/` and compared on PRs.
 */
export const smokeSuite: Suite = {
  name: "smoke",
  description: "CI smoke test: one small task per domain, two seeds, a few episodes each.",
  tracks: [
    { id: "sokoban", description: "Sokoban, two generated levels", tasks: [{ envId: "Sokoban-v0", seeds: [0, 1], maxStepsPerEpisode: 50 }] },
    { id: "minigrid", description: "MiniGrid Empty then DoorKey", tasks: [
      { envId: "MiniGrid-Empty-5x5-v0", seeds: [0, 1, 2] },
      { envId: "MiniGrid-DoorKey-5x5-v0", seeds: [0, 1] },
    ] },
    { id: "alfworld", description: "ALFWorld pick-and-place, two households", tasks: [{ envId: "ALFWorld-PickAndPlace-v0", seeds: [0, 1], maxStepsPerEpisode: 30 }] },
  ],
  seeds: [0, 1],
  agents: ["random"],
  budget: { maxEnvSteps: 2000 },
  priceAs: "gpt-4-0613",
};
