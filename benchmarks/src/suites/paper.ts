import type { TaskSpec } from "@worldcoder/agents";
import type { Suite } from "./types.js";

const episodes = (count: number): number[] => Array.from({ length: count }, (_, k) => k);

/** The MiniGrid curriculum in the paper's order; one track so a learned program carries over. */
const minigridCurriculum: TaskSpec[] = [
  "MiniGrid-Empty-5x5-v0",
  "MiniGrid-DoorKey-5x5-v0",
  "MiniGrid-Unlock-v0",
  "MiniGrid-Fetch-6x6-N2-v0",
  "MiniGrid-UnlockPickup-v0",
  "MiniGrid-BlockedUnlockPickup-v0",
].map((envId) => ({ envId, seeds: episodes(5) }));

/** ALFWorld's six task types, each its own env id, played in one track as the paper does. */
export const ALFWORLD_TASK_ENV_IDS = [
  "ALFWorld-PickAndPlace-v0",
  "ALFWorld-PickCleanThenPlace-v0",
  "ALFWorld-PickHeatThenPlace-v0",
  "ALFWorld-PickCoolThenPlace-v0",
  "ALFWorld-LookAtObjInLight-v0",
  "ALFWorld-PickTwoObjAndPlace-v0",
];

/** The paper's setting: Sokoban basic levels, the MiniGrid curriculum, ALFWorld's task types. */
export const paperSuite: Suite = {
  name: "paper",
  description: "The paper's setting: Sokoban basic levels, the MiniGrid curriculum, ALFWorld's six task types.",
  tracks: [
    { id: "sokoban", description: "Sokoban basic levels (gym-sokoban Sokoban-v0)", tasks: [{ envId: "Sokoban-v0", seeds: episodes(5) }] },
    { id: "minigrid", description: "MiniGrid curriculum: Empty → DoorKey → Unlock → Fetch → UnlockPickup → BlockedUnlockPickup", tasks: minigridCurriculum },
    { id: "alfworld", description: "ALFWorld, the six task types", tasks: ALFWORLD_TASK_ENV_IDS.map((envId) => ({ envId, seeds: episodes(2) })) },
  ],
  seeds: [0, 1, 2],
  agents: ["worldcoder", "react", "random"],
  budget: { maxEnvSteps: 20_000, maxLlmCalls: 400, maxDollars: 20 },
  priceAs: "gpt-4-0613",
};
