import { OBJECT_TO_IDX } from "./constants.js";
import { EMPTY, T_WALL, WALL, cellFromEncoding, cellType, type Cell } from "./cell.js";

/** The full MiniGrid world: one packed cell per position, indexed `x + y * width`. */
export class Grid {
  /** Read freely; write only through `set`, which keeps the cached wall rows right. */
  readonly cells: Uint16Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.cells = new Uint16Array(width * height);
  }

  get(x: number, y: number): Cell {
    return this.cells[x + y * this.width];
  }

  set(x: number, y: number, cell: Cell): void {
    const i = x + y * this.width;
    // Walls hardly ever change after generation, so their row strings are cached (see wallRows).
    if (this.wallCache !== null && ((this.cells[i] & 15) === T_WALL || (cell & 15) === T_WALL)) this.wallCache = null;
    this.cells[i] = cell;
  }

  private wallCache: string[] | null = null;

  /** One string per row, `"#"` for a wall and `"."` otherwise; cached until a wall changes. */
  wallRows(): readonly string[] {
    if (this.wallCache === null) {
      const rows: string[] = new Array(this.height);
      const codes: number[] = new Array(this.width);
      for (let y = 0; y < this.height; y++) {
        for (let x = 0; x < this.width; x++) codes[x] = (this.cells[x + y * this.width] & 15) === T_WALL ? 35 : 46;
        rows[y] = String.fromCharCode(...codes);
      }
      this.wallCache = rows;
    }
    return this.wallCache;
  }

  inBounds(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x < this.width && y < this.height;
  }

  horzWall(x: number, y: number, length = this.width - x, cell: Cell = WALL): void {
    for (let i = 0; i < length; i++) this.set(x + i, y, cell);
  }

  vertWall(x: number, y: number, length = this.height - y, cell: Cell = WALL): void {
    for (let j = 0; j < length; j++) this.set(x, y + j, cell);
  }

  wallRect(x: number, y: number, w: number, h: number): void {
    this.horzWall(x, y, w);
    this.horzWall(x, y + h - 1, w);
    this.vertWall(x, y, h);
    this.vertWall(x + w - 1, y, h);
  }

  clone(): Grid {
    const g = new Grid(this.width, this.height);
    g.cells.set(this.cells);
    return g;
  }

  /** `Grid.encode()`: `[x][y] = [type, color, state]`, empty cells as `[1, 0, 0]`. */
  encode(): number[][][] {
    const out: number[][][] = [];
    for (let x = 0; x < this.width; x++) {
      const col: number[][] = [];
      for (let y = 0; y < this.height; y++) col.push(encodeCell(this.get(x, y)));
      out.push(col);
    }
    return out;
  }

  /** Rebuilds a grid from `Grid.encode()` output (the golden records' `start.grid`). */
  static decode(encoded: readonly (readonly (readonly number[])[])[]): Grid {
    const g = new Grid(encoded.length, encoded[0].length);
    for (let x = 0; x < g.width; x++) {
      for (let y = 0; y < g.height; y++) {
        const [t, c, s] = encoded[x][y];
        g.set(x, y, cellFromEncoding(t, c, s));
      }
    }
    return g;
  }
}

export function encodeCell(cell: Cell): number[] {
  if (cell === EMPTY) return [OBJECT_TO_IDX.empty, 0, 0];
  return [cellType(cell), (cell >> 4) & 7, (cell >> 7) & 3];
}
