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
