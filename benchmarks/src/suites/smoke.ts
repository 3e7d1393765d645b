import { paperSokobanReactTrack, paperSokobanTrack, paperSuite } from "./paper.js";
import type { Suite } from "./types.js";

/**
 * Seconds, for CI: a slice of the recorded paper suite replayed from its cassettes (WorldCoder
 * and ReAct on Sokoban-v0, first job seed), plus the random agent on one short track per domain.
 * Its replayed results are committed in `baselines/reference/smoke/` and compared on PRs.
 * The paper tracks keep the paper suite's budget and agent options: anything that changes what
 * the agents ask would miss the recordings.
 */
export const smokeSuite: Suite = {
  name: "smoke",
  description: "CI smoke test: recorded WorldCoder and ReAct runs on Sokoban-v0 (from the paper suite's cassettes), and the random agent on one short task per domain.",
  tracks: [
    { ...paperSokobanTrack, seeds: [0] },
    { ...paperSokobanReactTrack, seeds: [0] },
    { id: "minigrid", description: "MiniGrid Empty then DoorKey", agents: ["random"], seeds: [0, 1], tasks: [
      { envId: "MiniGrid-Empty-5x5-v0", seeds: [0, 1, 2] },
      { envId: "MiniGrid-DoorKey-5x5-v0", seeds: [0, 1] },
    ] },
    { id: "alfworld", description: "ALFWorld pick-and-place, two households", agents: ["random"], seeds: [0, 1], tasks: [{ envId: "ALFWorld-PickAndPlace-v0", seeds: [0, 1], maxStepsPerEpisode: 30 }] },
  ],
  seeds: [0],
  agents: ["worldcoder", "react", "random"],
  budget: paperSuite.budget,
  ...(paperSuite.agentOptions ? { agentOptions: paperSuite.agentOptions } : {}),
  priceAs: "gpt-4-0613",
  cassetteSuite: "paper",
};
