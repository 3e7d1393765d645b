import { UserInputError } from "@worldcoder/core";
import { COLOR_TO_IDX, OBJECT_TO_IDX, STATE_TO_IDX } from "./constants.js";
import { EMPTY, WALL, makeCell, type Cell } from "./cell.js";
import { Grid } from "./grid.js";
import { withLockColors } from "./locks.js";
import type { MinigridSymbolicObject, MinigridSymbolicState, MinigridWorldView } from "./symbolic.js";
import { renderMinigridSvg, renderMinigridText } from "./render.js";

/**
 * The inverse of `minigridSymbolicState`: a world built from a symbolic state (e.g. one a program
 * predicted, or one stored in a run log), for drawing it or comparing it cell by cell.
 */
export function minigridWorldFromSymbolic(state: MinigridSymbolicState): MinigridWorldView {
  const grid = new Grid(state.width, state.height);
  for (let y = 0; y < state.height; y++) {
    const row = state.walls[y] ?? "";
    for (let x = 0; x < state.width; x++) if (row[x] === "#") grid.set(x, y, WALL);
  }
  for (const [key, obj] of Object.entries(state.objects)) {
    const [x, y] = key.split(",").map(Number);
    if (!grid.inBounds(x, y)) throw new UserInputError("MINIGRID_BAD_STATE", `object at "${key}" lies outside the ${state.width}x${state.height} grid`);
    grid.set(x, y, cellFromObject(obj));
  }
  const { agent } = state;
  return { grid, agentX: agent.x, agentY: agent.y, agentDir: agent.dir, carrying: agent.carrying ? cellFromObject(agent.carrying) : EMPTY };
}

function cellFromObject(obj: MinigridSymbolicObject): Cell {
  const type = OBJECT_TO_IDX[obj.type];
  if (type === undefined) throw new UserInputError("MINIGRID_BAD_STATE", `unknown object type ${JSON.stringify(obj.type)}`);
  const color = "color" in obj ? COLOR_TO_IDX[obj.color] : obj.type === "goal" ? COLOR_TO_IDX.green : COLOR_TO_IDX.red;
  if (color === undefined) throw new UserInputError("MINIGRID_BAD_STATE", `unknown colour in ${JSON.stringify(obj)}`);
  const state = obj.type === "door" ? STATE_TO_IDX[obj.state] : 0;
  if (state === undefined) throw new UserInputError("MINIGRID_BAD_STATE", `unknown door state in ${JSON.stringify(obj)}`);
  const cell = makeCell(type, color, state);
  if (obj.type !== "door" || obj.locks === undefined || obj.state !== "locked") return cell;
  for (const k of obj.locks) {
    if (COLOR_TO_IDX[k] === undefined) throw new UserInputError("MINIGRID_BAD_STATE", `unknown lock colour in ${JSON.stringify(obj)}`);
  }
  return withLockColors(cell, obj.locks);
}

/** `render("text")` of a symbolic state (no env needed): for reports and prompts. */
export function renderMinigridStateText(state: MinigridSymbolicState, mission = ""): string {
  return renderMinigridText({ ...minigridWorldFromSymbolic(state), mission });
}

/** `render("svg")` of a symbolic state (no env needed): episode pictures in reports. */
export function renderMinigridStateSvg(state: MinigridSymbolicState, mission = ""): string {
  return renderMinigridSvg({ ...minigridWorldFromSymbolic(state), mission });
}
