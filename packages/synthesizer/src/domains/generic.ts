import type { Action, ActionSpace, State } from "@worldcoder/core";
import { discreteActionName, type DomainSpec } from "./domain.js";

/**
 * A state as JSON; a top-level field holding a grid (two or more strings of one length) is shown one
 * row per line, so a grid reads as a picture rather than one long line of letters.
 */
export function renderGenericState(state: State): string {
  if (state === null || typeof state !== "object" || Array.isArray(state)) return JSON.stringify(state);
  const isGrid = (v: unknown): v is string[] =>
    Array.isArray(v) && v.length >= 2 && v.every((r) => typeof r === "string" && r.length === (v[0] as string).length);
  const entries = Object.entries(state);
  if (!entries.some(([, v]) => isGrid(v))) return JSON.stringify(state);
  const fields = entries.map(([k, v]) =>
    isGrid(v) ? `  ${JSON.stringify(k)}: [\n${v.map((row) => `    ${JSON.stringify(row)}`).join(",\n")}\n  ]` : `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
  );
  return `{\n${fields.join(",\n")}\n}`;
}

/** Any other env: its action names from the action space, states as JSON (grids row by row). */
export function genericDomain(space: ActionSpace): DomainSpec {
  const actions: Action[] = space.kind === "discrete" ? Array.from({ length: space.n }, (_, i) => i) : [...space.examples];
  const spec: Omit<DomainSpec, "plannersFor"> = {
    name: "generic",
    title: "an unknown deterministic environment",
    // The wording stays as it was: the prompt fingerprint of run manifests hashes it.
    stateFormat: "The state is a JSON value; read its format from the example states below and keep it identical.",
    actionList:
      space.kind === "discrete"
        ? space.names.map((n, i) => `${i}: ${n}`).join("\n")
        : ["Actions are text commands, for example:", ...space.examples.map((e) => `- ${e}`)].join("\n"),
    rewardNote: "The reward is a number; `done` is true when the episode ends.",
    actionName: (a) => discreteActionName(space, a),
    renderState: renderGenericState,
    modelReward: (r) => r,
    planActions: actions,
    optimism: true,
    planners: [{ planner: "bfs", budget: { maxExpansions: 6_000, maxMillis: 60_000, maxDepth: 30 }, actions }],
  };
  return { ...spec, plannersFor: () => spec.planners };
}
