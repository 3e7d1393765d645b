/**
 * A mirror (columns reversed) followed by `quarterTurns` clockwise quarter turns, on row strings
 * and on `[row, col]` points; `invert` undoes it. Row 0 is the top, so a clockwise turn sends
 * `(r, c)` of a rows×cols grid to `(c, rows − 1 − r)` of a cols×rows grid.
 */
export interface GridTransform {
  mirror: boolean;
  quarterTurns: number;
}

export function transformRows(rows: readonly string[], t: GridTransform): string[] {
  let out = t.mirror ? rows.map((r) => [...r].reverse().join("")) : rows.slice();
  for (let k = 0; k < t.quarterTurns; k++) out = turnRows(out);
  return out;
}

export function untransformRows(rows: readonly string[], t: GridTransform): string[] {
  let out = rows.slice();
  for (let k = 0; k < (4 - t.quarterTurns) % 4; k++) out = turnRows(out);
  return t.mirror ? out.map((r) => [...r].reverse().join("")) : out;
}

function turnRows(rows: readonly string[]): string[] {
  const n = rows.length;
  const width = Math.max(0, ...rows.map((r) => r.length));
  const out: string[] = [];
  for (let c = 0; c < width; c++) {
    let line = "";
    for (let r = n - 1; r >= 0; r--) line += rows[r][c] ?? "";
    out.push(line);
  }
  return out;
}

/** A point of a `rows × cols` grid, transformed; returns the point and the new dimensions. */
export function transformPoint(p: readonly [number, number], rows: number, cols: number, t: GridTransform): { point: [number, number]; rows: number; cols: number } {
  let [r, c] = p;
  let [h, w] = [rows, cols];
  if (t.mirror) c = w - 1 - c;
  for (let k = 0; k < t.quarterTurns; k++) {
    [r, c] = [c, h - 1 - r];
    [h, w] = [w, h];
  }
  return { point: [r, c], rows: h, cols: w };
}

/** The inverse of `transformPoint`, given the transformed grid's dimensions. */
export function untransformPoint(p: readonly [number, number], rows: number, cols: number, t: GridTransform): { point: [number, number]; rows: number; cols: number } {
  let [r, c] = p;
  let [h, w] = [rows, cols];
  for (let k = 0; k < t.quarterTurns; k++) {
    // Undo one clockwise turn: (r, c) of h×w came from (h' − 1 − c, r) of w×h… with h' = w.
    [r, c] = [w - 1 - c, r];
    [h, w] = [w, h];
  }
  if (t.mirror) c = w - 1 - c;
  return { point: [r, c], rows: h, cols: w };
}

/** A direction `[dRow, dCol]` under the transform (no translation). */
export function transformVector(v: readonly [number, number], t: GridTransform): [number, number] {
  let [dr, dc] = v;
  if (t.mirror) dc = -dc;
  for (let k = 0; k < t.quarterTurns; k++) [dr, dc] = [dc, -dr];
  return [dr + 0, dc + 0];
}
