import type { Suite, Track } from "./types.js";

/**
 * Variants whose rules a model cannot recall (issue #11): an obfuscated Sokoban (same game,
 * neutral symbols, permuted actions, turned grid), Sokoban with teleport gates, MiniGrid doors
 * with two locks, ALFWorld appliances with power switches. The plain one-box Sokoban track is the control: same rooms as the obfuscated
 * track, readable names. ALFWorld's powered appliances add a precondition (`turn on` before `heat`). WorldCoder must explore, refine and plan optimistically here; ReAct
 * plays one episode per job seed; random shows what blind exploration reaches.
 */
const THREE_SEEDS = [0, 1, 2];
const MODEL_LEARNERS = ["worldcoder", "random"];
const STEPWISE_LLM = ["react", "random"];
const episodes = (count: number): number[] => Array.from({ length: count }, (_, k) => k);

/** The obfuscation seed of the disguised Sokoban: fixed, so every job sees the same disguise. */
export const NOVEL_OBFUSCATION_SEED = 5;
const OBFUSCATED_SOKOBAN = `Obf(Sokoban-1box-v0,${NOVEL_OBFUSCATION_SEED})`;

const WORLDCODER_TRACK_BUDGET = { maxLlmCalls: 20 };
const REACT_TRACK_BUDGET = { maxLlmCalls: 200 };
const REACT_TURNS = 60;

/** A WorldCoder track (five episodes carried over) and its ReAct twin (one episode per job seed). */
function pair(id: string, envId: string, what: string, worldcoderEpisodes: number[] = episodes(5)): Track[] {
  return [
    { id, description: `${what}: episodes ${worldcoderEpisodes.join(", ")}`, tasks: [{ envId, seeds: worldcoderEpisodes }], agents: MODEL_LEARNERS, seeds: THREE_SEEDS, budget: WORLDCODER_TRACK_BUDGET },
    {
      id: `${id}-react`,
      description: `ReAct on ${what}: one episode per job seed (episode seed = job seed), ${REACT_TURNS} turns`,
      tasks: [{ envId, seeds: [0], maxStepsPerEpisode: REACT_TURNS }],
      agents: STEPWISE_LLM,
      seeds: THREE_SEEDS,
      budget: REACT_TRACK_BUDGET,
      episodeSeedsFollowJob: true,
    },
  ];
}

export const novelSuite: Suite = {
  name: "novel",
  description: "Learning, not recall: obfuscated one-box Sokoban (with its plain control), Sokoban with teleport gates, MiniGrid doors with two locks, ALFWorld appliances that must be switched on.",
  tracks: [
    ...pair("sokoban-1box", "Sokoban-1box-v0", "plain one-box Sokoban (control for the obfuscated track)"),
    ...pair("obf-sokoban", OBFUSCATED_SOKOBAN, `obfuscated one-box Sokoban, ${OBFUSCATED_SOKOBAN}`),
    ...pair("teleport", "Sokoban-Teleport-v0", "Sokoban with teleport gates"),
    ...pair("twokey", "MiniGrid-TwoKeyDoor-6x6-v0", "MiniGrid door with two locks (6x6)"),
    // Household 1 is left out of WorldCoder's episodes: its eight cabinets exhaust the ALFWorld
    // planner's 3,000-expansion budget even with the true model (measured while building the variant).
    ...pair("powered", "ALFWorld-PickHeatThenPlacePowered-v0", "ALFWorld heat-then-place with appliances that must be switched on", [0, 2, 3, 4, 6]),
  ],
  seeds: THREE_SEEDS,
  agents: ["worldcoder", "react", "random"],
  budget: { maxEnvSteps: 20_000, maxDollars: 20 },
  agentOptions: { react: { maxStepsPerEpisode: REACT_TURNS } },
  priceAs: "gpt-4-0613",
};
