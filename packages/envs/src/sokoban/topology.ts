import type { PyRandom } from "@worldcoder/core";

// The five 3x3 floor masks and four walk directions of gym-sokoban's `room_topology_generation`,
// in its order: the index drawn from CPython's `random` selects them.
const MASKS: readonly (readonly number[])[] = [
  [0, 0, 0, 1, 1, 1, 0, 0, 0],
  [0, 1, 0, 0, 1, 0, 0, 1, 0],
  [0, 0, 0, 1, 1, 0, 0, 1, 0],
  [0, 0, 0, 1, 1, 0, 1, 1, 0],
  [0, 0, 0, 0, 1, 1, 0, 1, 0],
];
const WALK_DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0],
  [0, 1],
  [-1, 0],
  [0, -1],
];
const P_CHANGE_DIRECTION = 0.35;

/**
 * The random walk that carves floors (1) out of walls (0), row-major. `random.sample(xs, 1)[0]`
 * draws exactly `_randbelow(len(xs))`, so `randbelow` is used directly.
 */
export function roomTopology(rows: number, cols: number, numSteps: number, py: PyRandom): Uint8Array {
  let direction = WALK_DIRECTIONS[py.randbelow(4)];
  let r = py.randint(1, rows - 1);
  let c = py.randint(1, cols - 1);
  const level = new Int32Array(rows * cols);
  for (let s = 0; s < numSteps; s++) {
    if (py.random() < P_CHANGE_DIRECTION) direction = WALK_DIRECTIONS[py.randbelow(4)];
    r = Math.max(Math.min(r + direction[0], rows - 2), 1);
    c = Math.max(Math.min(c + direction[1], cols - 2), 1);
    const mask = MASKS[py.randbelow(5)];
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) level[(r - 1 + i) * cols + (c - 1 + j)] += mask[i * 3 + j];
    }
  }
  const room = new Uint8Array(rows * cols);
  for (let rr = 1; rr < rows - 1; rr++) {
    for (let cc = 1; cc < cols - 1; cc++) room[rr * cols + cc] = level[rr * cols + cc] > 0 ? 1 : 0;
  }
  return room;
}
