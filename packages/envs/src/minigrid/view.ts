import { AGENT_VIEW_SIZE, DIR_DX, DIR_DY } from "./constants.js";
import { EMPTY, WALL, seeBehind, type Cell } from "./cell.js";
import type { Grid } from "./grid.js";

const S = AGENT_VIEW_SIZE;
const HALF = S >> 1;
// Scratch buffers reused by every call: stepping allocates only the returned image.
const view = new Uint16Array(S * S);
const mask = new Uint8Array(S * S);

export interface ViewInput {
  grid: Grid;
  x: number;
  y: number;
  dir: number;
  carrying: Cell;
  seeThroughWalls: boolean;
}

/**
 * The agent's egocentric 7×7 observation (`gen_obs`): `image[i][j] = [type, color, state]`, view
 * column i (0 left … 6 right), view row j (0 farthest … 6 the agent's row); the agent sits at
 * (3, 6) facing j = 0. Instead of MiniGrid's slice-then-rotate, each view cell maps straight to
 * its world cell: `agent + (i − 3)·right + (6 − j)·forward` — the same cells, no copies.
 */
export function egocentricImage(input: ViewInput): number[][][] {
  fillView(input);
  const image: number[][][] = new Array(S);
  for (let i = 0; i < S; i++) {
    const col: number[][] = new Array(S);
    for (let j = 0; j < S; j++) {
      const v = i + j * S;
      if (!mask[v]) col[j] = [0, 0, 0];
      else {
        const c = view[v];
        col[j] = c === EMPTY ? [1, 0, 0] : [c & 15, (c >> 4) & 7, (c >> 7) & 3];
      }
    }
    image[i] = col;
  }
  return image;
}

/** World cells covered by the view, as `[x, y]` pairs (what the SVG renderer shades). */
export function viewCells(x: number, y: number, dir: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const fx = DIR_DX[dir], fy = DIR_DY[dir];
  const rx = -fy, ry = fx;
  for (let j = 0; j < S; j++) {
    for (let i = 0; i < S; i++) {
      const a = i - HALF, b = S - 1 - j;
      out.push([x + a * rx + b * fx, y + a * ry + b * fy]);
    }
  }
  return out;
}

function fillView({ grid, x, y, dir, carrying, seeThroughWalls }: ViewInput): void {
  const fx = DIR_DX[dir], fy = DIR_DY[dir];
  // right_vec = (−dy, dx)
  const rx = -fy, ry = fx;
  const w = grid.width, h = grid.height, cells = grid.cells;
  for (let j = 0; j < S; j++) {
    const b = S - 1 - j;
    for (let i = 0; i < S; i++) {
      const a = i - HALF;
      const wx = x + a * rx + b * fx;
      const wy = y + a * ry + b * fy;
      // Grid.slice fills cells outside the world with fresh grey walls.
      view[i + j * S] = wx >= 0 && wy >= 0 && wx < w && wy < h ? cells[wx + wy * w] : WALL;
    }
  }
  if (seeThroughWalls) mask.fill(1);
  else processVis();
  // The agent's own cell shows what it carries (or nothing); set after the visibility pass, as
  // gen_obs_grid does, so an open door under the agent still lets it see on.
  view[HALF + (S - 1) * S] = carrying;
}

/** `Grid.process_vis` on the rotated view with the agent at (3, 6), pass for pass. */
function processVis(): void {
  mask.fill(0);
  mask[HALF + (S - 1) * S] = 1;
  for (let j = S - 1; j >= 0; j--) {
    const row = j * S;
    for (let i = 0; i < S - 1; i++) {
      if (!mask[i + row]) continue;
      const c = view[i + row];
      if (c !== EMPTY && !seeBehind(c)) continue;
      mask[i + 1 + row] = 1;
      if (j > 0) {
        mask[i + 1 + row - S] = 1;
        mask[i + row - S] = 1;
      }
    }
    for (let i = S - 1; i >= 1; i--) {
      if (!mask[i + row]) continue;
      const c = view[i + row];
      if (c !== EMPTY && !seeBehind(c)) continue;
      mask[i - 1 + row] = 1;
      if (j > 0) {
        mask[i - 1 + row - S] = 1;
        mask[i + row - S] = 1;
      }
    }
  }
}
