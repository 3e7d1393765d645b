import { BOX, BOX_ON_TARGET, FIXED_TARGET, FLOOR, PLAYER, TARGET } from "./constants.js";
import { NumberSet } from "./state-set.js";

const MAX_EXPLORED = 300_000;
const START_TTL = 300;

export interface ReversePlayResult {
  /** Best state found (boxes pulled at least once are still 3 here; the caller turns 3 into 4). */
  state: Uint8Array;
  score: number;
  /** Per target (row-major order), the cell index of its box in the best state. */
  boxCells: number[];
  /** Target cell indices, row-major. */
  targetCells: number[];
}

/**
 * gym-sokoban's `reverse_playing`: a depth-first search over states reachable by pulling boxes
 * away from their targets, keeping the first state with the highest
 * `pulls on the path × Σ Manhattan(box, its target)` (0 unless every target is visible and empty).
 *
 * Same search, same order, same limits as the original (ttl 300 decremented on entry, at most
 * 300 000 distinct states, children in action order 0..7, a state expanded only when first met),
 * but on one mutable state with undo instead of copies. A state is keyed exactly by the player
 * cell and the sorted (cell, pulled?) codes of the boxes — the original keys on the whole array,
 * which those determine.
 */
export function reversePlay(start: Uint8Array, fixed: Uint8Array, rows: number, cols: number): ReversePlayResult {
  const cells = rows * cols;
  const state = start.slice();
  const targetCells: number[] = [];
  for (let i = 0; i < cells; i++) if (fixed[i] === FIXED_TARGET) targetCells.push(i);
  const nBoxes = targetCells.length;
  const boxCells = targetCells.slice();
  let player = state.indexOf(PLAYER);
  const deltas = [-cols, cols, -1, 1];

  // Exact numeric keys while they fit in a double's 53 bits; strings otherwise.
  const base = 2 * cells;
  const numericKeys = cells * base ** nBoxes < Number.MAX_SAFE_INTEGER;
  const codes = new Float64Array(nBoxes);
  const explored: ExploredSet = numericKeys ? sharedNumberSet() : new StringKeySet();
  explored.clear();

  let bestScore = -1;
  let bestState = state.slice();
  let bestBoxes = boxCells.slice();

  const stateKey = (): number | string => {
    for (let k = 0; k < nBoxes; k++) {
      const cell = boxCells[k];
      const code = cell * 2 + (state[cell] === BOX_ON_TARGET ? 1 : 0);
      let i = k - 1;
      while (i >= 0 && codes[i] > code) {
        codes[i + 1] = codes[i];
        i--;
      }
      codes[i + 1] = code;
    }
    if (numericKeys) {
      let key = player;
      for (let k = 0; k < nBoxes; k++) key = key * base + codes[k];
      return key;
    }
    return `${player}:${Array.from(codes).join(",")}`;
  };

  const score = (boxSwaps: number): number => {
    for (let k = 0; k < nBoxes; k++) if (state[targetCells[k]] !== TARGET) return 0;
    let displacement = 0;
    for (let k = 0; k < nBoxes; k++) {
      const t = targetCells[k];
      const b = boxCells[k];
      displacement += Math.abs(Math.floor(t / cols) - Math.floor(b / cols)) + Math.abs((t % cols) - (b % cols));
    }
    return boxSwaps * displacement;
  };

  const search = (ttl: number, boxSwaps: number): void => {
    ttl -= 1;
    if (ttl <= 0 || explored.size >= MAX_EXPLORED) return;
    // Adding first is the original's check-then-add: nothing in between reads the set.
    if (!explored.add(stateKey())) return;
    const s = score(boxSwaps);
    if (s > bestScore) {
      bestScore = s;
      bestState = state.slice();
      bestBoxes = boxCells.slice();
    }
    for (let action = 0; action < 8; action++) {
      const d = deltas[action & 3];
      const from = player;
      const to = from + d;
      const toValue = state[to];
      // A blocked move leaves the state as it is: the original recurses into an already
      // explored copy, which returns at once, so skipping it changes nothing.
      if (toValue !== FLOOR && toValue !== TARGET) continue;
      state[from] = fixed[from];
      state[to] = PLAYER;
      player = to;
      let pulled = -1;
      const behind = from - d;
      const behindValue = state[behind];
      if (action < 4 && (behindValue === BOX_ON_TARGET || behindValue === BOX)) {
        state[from] = BOX_ON_TARGET;
        state[behind] = fixed[behind];
        pulled = boxCells.indexOf(behind);
        boxCells[pulled] = from;
      }
      search(ttl, pulled >= 0 ? boxSwaps + 1 : boxSwaps);
      if (pulled >= 0) {
        boxCells[pulled] = behind;
        state[behind] = behindValue;
      }
      state[to] = toValue;
      state[from] = PLAYER;
      player = from;
    }
  };

  search(START_TTL, 0);
  return { state: bestState, score: bestScore, boxCells: bestBoxes, targetCells };
}

interface ExploredSet {
  add(key: number | string): boolean;
  clear(): void;
  size: number;
}

class StringKeySet implements ExploredSet {
  private readonly set = new Set<number | string>();
  get size(): number {
    return this.set.size;
  }
  add(key: number | string): boolean {
    if (this.set.has(key)) return false;
    this.set.add(key);
    return true;
  }
  clear(): void {
    this.set.clear();
  }
}

let shared: NumberSet | undefined;
/** One set for every search: generation runs one search at a time and its table is large. */
function sharedNumberSet(): NumberSet {
  shared ??= new NumberSet(MAX_EXPLORED);
  return shared;
}
