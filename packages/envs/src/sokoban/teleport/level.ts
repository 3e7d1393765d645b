import { UserInputError } from "@worldcoder/core";
import { FIXED_FLOOR, FIXED_TARGET, FIXED_WALL } from "../constants.js";

/**
 * A teleport-Sokoban level: gym-sokoban's fixed layer plus gate pairs, and the start (player and
 * boxes). Cells are row-major indices `r * cols + c`. Gates sit on plain floor (never on a target).
 */
export interface TeleportLevel {
  rows: number;
  cols: number;
  /** 0 wall, 1 floor, 2 target (gates are floor here). */
  fixed: Uint8Array;
  /** Gate pairs as cell indices `[a, b]`: the twin of `a` is `b` and the other way round. */
  gates: [number, number][];
  player: number;
  /** Start cells of the boxes. */
  boxes: number[];
}

/** The symbolic state: Sokoban-v0's grid with `o` for a free gate, plus the (fixed) gate pairs. */
export type SokobanTeleportState = {
  grid: string[];
  /** Gate pairs as `[[row, col], [row, col]]`; never changes within an episode. */
  gates: [[number, number], [number, number]][];
};

export const GATE_CHAR = "o";

/** `twin[i]` is the other gate of cell `i`'s pair, or -1 when `i` is not a gate. */
export function twinTable(level: Pick<TeleportLevel, "rows" | "cols" | "gates">): Int16Array {
  const twin = new Int16Array(level.rows * level.cols).fill(-1);
  for (const [a, b] of level.gates) {
    twin[a] = b;
    twin[b] = a;
  }
  return twin;
}

/** One row of the grid: walls, floor, targets, free gates, boxes and the player. */
export function teleportRow(
  level: Pick<TeleportLevel, "cols" | "fixed">,
  twin: Int16Array,
  box: Uint8Array,
  player: number,
  row: number,
): string {
  let line = "";
  for (let i = row * level.cols, end = i + level.cols; i < end; i++) {
    const f = level.fixed[i];
    const target = f === FIXED_TARGET;
    if (f === FIXED_WALL) line += "#";
    else if (i === player) line += target ? "+" : "@";
    else if (box[i]) line += target ? "*" : "$";
    else if (target) line += ".";
    else line += twin[i] >= 0 ? GATE_CHAR : " ";
  }
  return line;
}

export function gatePairsRC(level: Pick<TeleportLevel, "cols" | "gates">): SokobanTeleportState["gates"] {
  const rc = (i: number): [number, number] => [Math.floor(i / level.cols), i % level.cols];
  return level.gates.map(([a, b]) => [rc(a), rc(b)]);
}

/**
 * The level a symbolic state shows (the inverse of the env's `symbolicState` at that moment): for
 * hand-written test levels and for drawing predicted states. Bad input throws
 * `SOKOBAN_TELEPORT_BAD_STATE`.
 */
export function teleportLevelFromState(state: { grid: readonly string[]; gates?: readonly (readonly (readonly number[])[])[] }): TeleportLevel {
  const bad = (why: string): never => {
    throw new UserInputError("SOKOBAN_TELEPORT_BAD_STATE", `not a teleport-Sokoban state: ${why}`);
  };
  if (!Array.isArray(state.grid) || state.grid.some((r) => typeof r !== "string")) bad("grid must be an array of strings");
  const rows = state.grid.length;
  const cols = Math.max(0, ...state.grid.map((r) => r.length));
  const fixed = new Uint8Array(rows * cols);
  const boxes: number[] = [];
  const free = new Set<number>();
  let player = -1;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const ch = state.grid[r][c] ?? "#";
      if (!"# .$*@+o".includes(ch)) bad(`unknown character ${JSON.stringify(ch)} at row ${r}, column ${c}`);
      fixed[i] = ch === "#" ? FIXED_WALL : ".*+".includes(ch) ? FIXED_TARGET : FIXED_FLOOR;
      if (ch === "$" || ch === "*") boxes.push(i);
      if (ch === GATE_CHAR) free.add(i);
      if (ch === "@" || ch === "+") {
        if (player >= 0) bad("more than one player");
        player = i;
      }
    }
  }
  if (player < 0) bad("no player");
  const gates: [number, number][] = [];
  for (const pair of state.gates ?? []) {
    const cells = pair.map(([r, c]) => {
      if (!Number.isInteger(r) || !Number.isInteger(c) || r < 0 || c < 0 || r >= rows || c >= cols) bad(`gate ${JSON.stringify(pair)} is outside the grid`);
      const i = r * cols + c;
      if (fixed[i] !== FIXED_FLOOR) bad(`gate at row ${r}, column ${c} is not on plain floor`);
      free.delete(i);
      return i;
    });
    if (cells.length !== 2 || cells[0] === cells[1]) bad(`gate pair ${JSON.stringify(pair)} must name two different cells`);
    gates.push([cells[0], cells[1]]);
  }
  if (free.size > 0) bad(`a "${GATE_CHAR}" cell is not listed in gates`);
  return { rows, cols, fixed, gates, player, boxes };
}
