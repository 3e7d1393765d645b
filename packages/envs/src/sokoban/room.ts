/** A target cell and the cell of the box that belongs to it, as `[[tr, tc], [br, bc]]`. */
export type BoxMappingEntry = [[number, number], [number, number]];

/** A Sokoban room: gym-sokoban's two layers, row-major, `rows × cols`. */
export interface SokobanRoom {
  rows: number;
  cols: number;
  /** 0 wall, 1 floor, 2 target. */
  fixed: Uint8Array;
  /** 0 wall, 1 floor, 2 empty target, 3 box on target, 4 box, 5 player. */
  state: Uint8Array;
  /** Generated rooms only: target → box cell after reverse play (empty for loaded levels). */
  boxMapping: BoxMappingEntry[];
}

/** A layer as nested rows, the shape the golden data and gym-sokoban use. */
export function layerRows(layer: Uint8Array, rows: number, cols: number): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < rows; r++) out.push(Array.from(layer.subarray(r * cols, (r + 1) * cols)));
  return out;
}
