import type { TaskSpec } from "@worldcoder/agents";
import type { Suite, Track } from "./types.js";

const episodes = (count: number): number[] => Array.from({ length: count }, (_, k) => k);

/** The MiniGrid curriculum in the paper's order; one track so a learned program carries over. */
export const MINIGRID_CURRICULUM = [
  "MiniGrid-Empty-5x5-v0",
  "MiniGrid-DoorKey-5x5-v0",
  "MiniGrid-Unlock-v0",
  "MiniGrid-Fetch-6x6-N2-v0",
  "MiniGrid-UnlockPickup-v0",
  "MiniGrid-BlockedUnlockPickup-v0",
];

/** ALFWorld's six task types, each its own env id, played in one track as the paper does. */
export const ALFWORLD_TASK_ENV_IDS = [
  "ALFWorld-PickAndPlace-v0",
  "ALFWorld-PickCleanThenPlace-v0",
  "ALFWorld-PickHeatThenPlace-v0",
  "ALFWorld-PickCoolThenPlace-v0",
  "ALFWorld-LookAtObjInLight-v0",
  "ALFWorld-PickTwoObjAndPlace-v0",
];

const MODEL_LEARNERS = ["worldcoder", "random"];
/** Job seeds per setting: five, so every headline figure carries an interval across seeds. */
const FIVE_SEEDS = [0, 1, 2, 3, 4];
const STEPWISE_LLM = ["react", "random"];

/**
 * Every recorded LLM call is answered by a person or an assistant through the bridge
 * (RECORDING.md), about a minute each: WorldCoder gets 20 calls per track, ReAct (one call
 * per step) plays a subset of each domain with 200.
 */
const WORLDCODER_TRACK_BUDGET = { maxLlmCalls: 20 };
const REACT_TRACK_BUDGET = { maxLlmCalls: 200 };

export const paperSokobanTrack: Track = {
  id: "sokoban",
  description: "Sokoban basic levels: gym-sokoban Sokoban-v0, five generated rooms",
  tasks: [{ envId: "Sokoban-v0", seeds: episodes(5) }],
  agents: MODEL_LEARNERS,
  seeds: FIVE_SEEDS,
  budget: WORLDCODER_TRACK_BUDGET,
};

export const paperMinigridTrack: Track = {
  id: "minigrid",
  description: "MiniGrid curriculum: Empty → DoorKey → Unlock → Fetch → UnlockPickup → BlockedUnlockPickup, five episodes each",
  tasks: MINIGRID_CURRICULUM.map((envId): TaskSpec => ({ envId, seeds: episodes(5) })),
  agents: MODEL_LEARNERS,
  seeds: FIVE_SEEDS,
  budget: WORLDCODER_TRACK_BUDGET,
};

export const paperAlfworldTrack: Track = {
  id: "alfworld",
  description: "ALFWorld, the six task types, two generated households each",
  tasks: ALFWORLD_TASK_ENV_IDS.map((envId): TaskSpec => ({ envId, seeds: episodes(2) })),
  agents: MODEL_LEARNERS,
  seeds: FIVE_SEEDS,
  budget: WORLDCODER_TRACK_BUDGET,
};

/** ReAct's turns per episode, per domain: enough for an optimal Sokoban-v0 room or a household task. */
const REACT_TURNS = { sokoban: 60, minigrid: 30, alfworld: 30 };

export const paperSokobanReactTrack: Track = {
  id: "sokoban-react",
  description: "ReAct subset of Sokoban: one room per job seed (Sokoban-v0 rooms 0–4, the rooms WorldCoder plays), 60 turns",
  tasks: [{ envId: "Sokoban-v0", seeds: [0], maxStepsPerEpisode: REACT_TURNS.sokoban }],
  agents: STEPWISE_LLM,
  seeds: FIVE_SEEDS,
  episodeSeedsFollowJob: true,
  budget: REACT_TRACK_BUDGET,
};

/** The curriculum split in two tracks (ReAct carries nothing from task to task) so both record at once. */
export const paperMinigridReactTracks: Track[] = [MINIGRID_CURRICULUM.slice(0, 3), MINIGRID_CURRICULUM.slice(3)].map((envIds, part) => ({
  id: `minigrid-react-${part + 1}`,
  description: `ReAct subset of MiniGrid: one episode of ${envIds.map((id) => id.replace(/^MiniGrid-|-v0$/g, "")).join(", ")} per job seed (episode seed = job seed), 30 turns each`,
  tasks: envIds.map((envId): TaskSpec => ({ envId, seeds: [0], maxStepsPerEpisode: REACT_TURNS.minigrid })),
  agents: STEPWISE_LLM,
  seeds: FIVE_SEEDS,
  episodeSeedsFollowJob: true,
  budget: REACT_TRACK_BUDGET,
}));

export const paperAlfworldReactTrack: Track = {
  id: "alfworld-react",
  description: "ReAct subset of ALFWorld: one household of each of the six task types per job seed (household seed = job seed), 30 turns each",
  tasks: ALFWORLD_TASK_ENV_IDS.map((envId): TaskSpec => ({ envId, seeds: [0], maxStepsPerEpisode: REACT_TURNS.alfworld })),
  agents: STEPWISE_LLM,
  seeds: FIVE_SEEDS,
  episodeSeedsFollowJob: true,
  budget: REACT_TRACK_BUDGET,
};

/**
 * The paper's setting: Sokoban basic levels, the MiniGrid curriculum, ALFWorld's six task
 * types for WorldCoder; ReAct on one subset per domain (its per-step calls make the whole
 * suite too long to record by hand). Recorded once through the bridge; replayed offline.
 */
export const paperSuite: Suite = {
  name: "paper",
  description: "The paper's setting: Sokoban basic levels, the MiniGrid curriculum, ALFWorld's six task types; ReAct on a subset per domain.",
  tracks: [paperSokobanTrack, paperMinigridTrack, paperAlfworldTrack, paperSokobanReactTrack, ...paperMinigridReactTracks, paperAlfworldReactTrack],
  seeds: [0],
  agents: ["worldcoder", "react", "random"],
  budget: { maxEnvSteps: 20_000, maxDollars: 20 },
  agentOptions: { react: { maxStepsPerEpisode: Math.max(...Object.values(REACT_TURNS)) } },
  priceAs: "gpt-4-0613",
};
