import type { Action, State } from "@worldcoder/core";
import type { DomainSpec } from "./domain.js";

const NAMES = ["turn left", "turn right", "move forward", "pick up", "drop", "toggle", "done"];

/** One top-level field per line, wall rows one per line: a grid a reader can see. */
function renderState(state: State): string {
  if (state === null || typeof state !== "object" || Array.isArray(state)) return JSON.stringify(state);
  const lines = Object.entries(state).map(([key, value]) => {
    if (key === "walls" && Array.isArray(value)) {
      return `  "walls": [\n${value.map((row) => `    ${JSON.stringify(row)}`).join(",\n")}\n  ]`;
    }
    return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  });
  return `{\n${lines.join(",\n")}\n}`;
}

// TwoKeyDoor names its new field; what locks do is for the agent to learn.
const LOCKS_LINE = "A door may also have `locks`: a list of colors.";

/** MiniGrid; `locks`: the TwoKeyDoor variant, whose doors can carry `locks`. */
export function minigridDomain(options: { locks?: boolean } = {}): DomainSpec {
  const spec: Omit<DomainSpec, "plannersFor"> = {
    name: "minigrid",
    title: "MiniGrid (an agent in a 2D grid world with walls, doors, keys, balls, boxes and goals)",
    stateFormat: [
      "The state is a JSON object describing the whole grid (not just what the agent sees):",
      "- `width`, `height`: the grid size. x grows to the right (0 … width-1), y grows downwards (0 … height-1).",
      "- `agent`: `{ \"x\", \"y\", \"dir\", \"carrying\" }`: the agent's cell, its facing direction (0 = right/+x,",
      "  1 = down/+y, 2 = left/−x, 3 = up/−y) and what it carries: null, or an object such as",
      "  `{ \"type\": \"key\", \"color\": \"yellow\" }`.",
      "- `walls`: an array of `height` strings of length `width`; `walls[y][x]` is `\"#\"` for a wall and `\".\"` otherwise.",
      "- `objects`: a map from the cell `\"x,y\"` (e.g. `\"3,1\"`) to the object lying there (cells without an",
      "  object are absent): `{ \"type\": \"door\", \"color\", \"state\": \"open\" | \"closed\" | \"locked\" }`,",
      "  `{ \"type\": \"key\" | \"ball\" | \"box\", \"color\" }`, `{ \"type\": \"goal\" }`, `{ \"type\": \"lava\" }`,",
      "  `{ \"type\": \"floor\", \"color\" }`. Colors: red, green, blue, purple, yellow, grey.",
      "The agent is not in `objects`. The cell in front of the agent is (x + dx, y + dy) with (dx, dy) = (1, 0),",
      "(0, 1), (−1, 0), (0, −1) for dir 0, 1, 2, 3.",
      ...(options.locks ? [LOCKS_LINE] : []),
    ].join("\n"),
    actionList: NAMES.map((n, i) => `${i}: ${n}`).join("\n"),
    rewardNote:
      "The reward is 1 when the goal of the mission is achieved by this step and 0 otherwise; `done` is true exactly when the episode ends (goal achieved, or a terminal event such as stepping into lava); step limits are not part of the model.",
    actionName: (a: Action) => (typeof a === "number" && NAMES[a] ? `${a} (${NAMES[a]})` : String(a)),
    renderState,
    // MiniGrid's success reward shrinks with the step count, which the state does not hold; like the
    // original, the program models success as exactly 1.
    modelReward: (r) => (r > 0 ? 1 : 0),
    planActions: [0, 1, 2, 3, 4, 5, 6],
    // Breadth-first first, then the original's MCTS (UCT, 6000 expansions, depth 30). Measured with the
    // reference program on the curriculum (seeds 0–2): BFS solves every level in ≤ 14k expansions with
    // shortest plans; MCTS exhausts its budget on UnlockPickup and BlockedUnlockPickup and returns
    // plans up to 40% longer elsewhere. MCTS stays as the fallback for state spaces BFS cannot cover.
    optimism: true,
    planners: [
      { planner: "bfs", budget: { maxExpansions: 40_000, maxMillis: 60_000, maxDepth: 60 }, actions: [0, 1, 2, 3, 4, 5, 6] },
      { planner: "mcts", budget: { maxExpansions: 6_000, maxMillis: 60_000, maxDepth: 30 }, seed: 0, actions: [0, 1, 2, 3, 4, 5, 6] },
    ],
  };
  return { ...spec, plannersFor: () => spec.planners };
}
