import { FIXED_TARGET } from "./constants.js";

/**
 * The symbolic state programs and prompts see: `{ grid: string[] }`, one string per row, row 0 at
 * the top, in Boxoban characters. Nothing else: the grid is the single source of truth.
 */
export type SokobanState = { grid: string[] };

// Indexed by room_state code; a player on a target is `+` (decided with room_fixed).
const CHARS = ["#", " ", ".", "*", "$", "@"];

export function roomToGrid(fixed: Uint8Array, state: Uint8Array, rows: number, cols: number): string[] {
  const grid = new Array<string>(rows);
  for (let r = 0; r < rows; r++) {
    let line = "";
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const v = state[i];
      line += v === 5 && fixed[i] === FIXED_TARGET ? "+" : CHARS[v];
    }
    grid[r] = line;
  }
  return grid;
}

/** One row of the grid (see `roomToGrid`). */
export function roomRowToString(fixed: Uint8Array, state: Uint8Array, row: number, cols: number): string {
  let line = "";
  for (let i = row * cols, end = i + cols; i < end; i++) {
    const v = state[i];
    line += v === 5 && fixed[i] === FIXED_TARGET ? "+" : CHARS[v];
  }
  return line;
}

const FIXED_OF_CHAR: Record<string, number> = { "#": 0, " ": 1, "$": 1, "@": 1, ".": 2, "*": 2, "+": 2 };
const STATE_OF_CHAR: Record<string, number> = { "#": 0, " ": 1, "$": 4, "@": 5, ".": 2, "*": 3, "+": 5 };

/**
 * The two layers of a symbolic state (the inverse of `roomToGrid`), for drawing states that only
 * exist as JSON (a program's predictions, states stored in run logs). Unknown characters count as
 * walls; short rows are padded with walls.
 */
export function gridToLayers(grid: readonly string[]): { rows: number; cols: number; fixed: Uint8Array; state: Uint8Array } {
  const rows = grid.length;
  const cols = Math.max(0, ...grid.map((r) => r.length));
  const fixed = new Uint8Array(rows * cols);
  const state = new Uint8Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const ch = grid[r][c] ?? "#";
      fixed[r * cols + c] = FIXED_OF_CHAR[ch] ?? 0;
      state[r * cols + c] = STATE_OF_CHAR[ch] ?? 0;
    }
  }
  return { rows, cols, fixed, state };
}
