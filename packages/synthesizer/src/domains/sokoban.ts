import type { Action, State } from "@worldcoder/core";
import type { DomainSpec } from "./domain.js";
import { SOKOBAN_HEURISTIC_SOURCE } from "./sokoban-heuristic.js";

const NAMES = [
  "no operation",
  "push up",
  "push down",
  "push left",
  "push right",
  "move up",
  "move down",
  "move left",
  "move right",
];

function renderGrid(state: State): string {
  const grid = (state as { grid?: unknown } | null)?.grid;
  if (Array.isArray(grid) && grid.every((r) => typeof r === "string")) {
    return ["{ \"grid\": [", ...grid.map((row, i) => `  ${JSON.stringify(row)}${i < grid.length - 1 ? "," : ""}`), "] }"].join("\n");
  }
  return JSON.stringify(state);
}

// Teleport Sokoban names its new cell only as "a gate": what a gate does is for the agent to learn.
const GATE_LINE =
  "`o` a gate (shown as `@` or `$` while the player or a box stands on it); the state also has `gates`, the gate cells in pairs `[[row, col], [row, col]]`, which never changes.";

/** Teleport states: the grid as Sokoban-v0 shows it, then the (constant) gate pairs. */
function renderGridWithGates(state: State): string {
  const gates = (state as { gates?: unknown } | null)?.gates;
  if (gates === undefined) return renderGrid(state);
  const grid = renderGrid({ grid: (state as { grid?: State }).grid ?? null });
  return grid.endsWith("] }") ? `${grid.slice(0, -2)}, "gates": ${JSON.stringify(gates)} }` : JSON.stringify(state);
}

/** Sokoban-v0, Boxoban and the teleport-gate variant (`teleport`: one more line, the gates rendered). */
export function sokobanDomain(options: { teleport?: boolean } = {}): DomainSpec {
  const spec: Omit<DomainSpec, "plannersFor"> = {
    name: "sokoban",
    title: "Sokoban (a warehouse keeper pushes boxes onto targets on a grid)",
    stateFormat: [
      'The state is a JSON object `{ "grid": [row0, row1, ...] }`: `grid` is an array of strings, one per row,',
      "row 0 at the top, every row the same length. `grid[r][c]` is the cell at row r, column c. Characters:",
      "`#` wall, ` ` (space) empty floor, `.` empty target, `$` box (not on a target), `*` box on a target,",
      "`@` the player on floor, `+` the player standing on a target. There is exactly one player.",
      ...(options.teleport ? [GATE_LINE] : []),
      'Moving "up" decreases the row index, "down" increases it, "left" decreases the column, "right" increases it.',
    ].join("\n"),
    actionList: NAMES.map((n, i) => `${i}: ${n}`).join("\n"),
    rewardNote:
      "The reward is a number (it may be negative); `done` is true when the episode ends because the puzzle is solved (step limits are not part of the model).",
    actionName: (a: Action) => (typeof a === "number" && NAMES[a] ? `${a} (${NAMES[a]})` : String(a)),
    renderState: options.teleport ? renderGridWithGates : renderGrid,
    modelReward: (r) => r,
    planActions: [1, 2, 3, 4, 5, 6, 7, 8],
    optimism: true,
    planners: [
      // Weighted A* (w = 3): on Boxoban levels it expands 3–5x fewer states than plain A* for plans
      // at most a few steps longer, which keeps the optimism check of a correct model within budget.
      {
        planner: "astar",
        budget: { maxExpansions: 30_000, maxMillis: 60_000, maxDepth: 300 },
        heuristicSource: SOKOBAN_HEURISTIC_SOURCE,
        heuristicWeight: 3,
        actions: [1, 2, 3, 4, 5, 6, 7, 8],
      },
    ],
  };
  return { ...spec, plannersFor: () => spec.planners };
}
