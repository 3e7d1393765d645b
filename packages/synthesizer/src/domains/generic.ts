import type { Action, ActionSpace, State } from "@worldcoder/core";
import { discreteActionName, type DomainSpec } from "./domain.js";

/** Any other env: its action names from the action space, states as JSON. */
export function genericDomain(space: ActionSpace): DomainSpec {
  const actions: Action[] = space.kind === "discrete" ? Array.from({ length: space.n }, (_, i) => i) : [...space.examples];
  const spec: Omit<DomainSpec, "plannersFor"> = {
    name: "generic",
    title: "an unknown deterministic environment",
    stateFormat: "The state is a JSON value; read its format from the example states below and keep it identical.",
    actionList:
      space.kind === "discrete"
        ? space.names.map((n, i) => `${i}: ${n}`).join("\n")
        : ["Actions are text commands, for example:", ...space.examples.map((e) => `- ${e}`)].join("\n"),
    rewardNote: "The reward is a number; `done` is true when the episode ends.",
    actionName: (a) => discreteActionName(space, a),
    renderState: (state: State) => JSON.stringify(state),
    modelReward: (r) => r,
    planActions: actions,
    optimism: true,
    planners: [{ planner: "bfs", budget: { maxExpansions: 6_000, maxMillis: 60_000, maxDepth: 30 }, actions }],
  };
  return { ...spec, plannersFor: () => spec.planners };
}
