import type { Action, State } from "@worldcoder/core";
import type { DomainSpec } from "./domain.js";

export function alfworldDomain(examples: readonly string[]): DomainSpec {
  return {
    name: "alfworld",
    title: "ALFWorld (a text household: receptacles, objects, and commands in English)",
    stateFormat: [
      "The state is a JSON object describing the household as the env exposes it (the agent's location,",
      "what it carries, the receptacles with their contents and open/closed status, object properties).",
      "Read the exact field names from the example states below and keep them identical.",
    ].join("\n"),
    actionList: ["Actions are text commands, for example:", ...examples.slice(0, 12).map((e) => `- ${e}`)].join("\n"),
    rewardNote: "The reward is 1 when the task is completed by this step and 0 otherwise; `done` is true exactly then.",
    actionName: (a: Action) => JSON.stringify(a),
    renderState: (state: State) => JSON.stringify(state),
    modelReward: (r) => (r > 0 ? 1 : 0),
    planActions: [...examples],
    optimism: false,
    planners: [{ planner: "bfs", budget: { maxExpansions: 6_000, maxMillis: 60_000, maxDepth: 10 }, actions: [...examples] }],
  };
}
