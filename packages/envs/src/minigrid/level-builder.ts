import { WorldCoderError } from "@worldcoder/core";
import { COLOR_NAMES, type ColorName } from "./constants.js";
import { EMPTY, type Cell } from "./cell.js";
import { Grid } from "./grid.js";

/**
 * The part of numpy's `Generator` that MiniGrid draws from. Every layout depends on consuming
 * exactly the same numbers as numpy, so only these two calls are used, in MiniGrid's order.
 */
export interface MinigridRandom {
  /** `Generator.integers(low, high)`: high exclusive; draws nothing when the range holds one value. */
  integers(low: number, high: number): number;
  /** `Generator.shuffle(list)`, in place. */
  shuffle<T>(items: T[]): void;
  /** An independent copy at the same stream position (lets `MinigridEnv.clone` branch). */
  clone?(): MinigridRandom;
}

export type RejectFn = (b: LevelBuilder, x: number, y: number) => boolean;

/** Thrown when rejection sampling gives up, as MiniGrid's `RecursionError`. */
export class PlacementError extends WorldCoderError {
  constructor(message: string) {
    super("MINIGRID_PLACEMENT_FAILED", message);
  }
}

/**
 * What a level's `_gen_grid` works with: the grid being built, the agent's start and MiniGrid's
 * random helpers (`_rand_int`, `_rand_elem`, `place_obj`, …), each drawing exactly what the
 * original draws.
 */
export class LevelBuilder {
  grid: Grid;
  agentX = -1;
  agentY = -1;
  agentDir = -1;

  constructor(
    readonly width: number,
    readonly height: number,
    readonly rng: MinigridRandom,
  ) {
    this.grid = new Grid(width, height);
  }

  randInt(low: number, high: number): number {
    return this.rng.integers(low, high);
  }

  randBool(): boolean {
    return this.rng.integers(0, 2) === 0;
  }

  randElem<T>(items: readonly T[]): T {
    return items[this.rng.integers(0, items.length)];
  }

  randColor(): ColorName {
    return this.randElem(COLOR_NAMES);
  }

  /** `np_random.choice(range(low, high))`. */
  choiceRange(low: number, high: number): number {
    return low + this.rng.integers(0, high - low);
  }

  putObj(cell: Cell, x: number, y: number): void {
    this.grid.set(x, y, cell);
  }

  /**
   * `place_obj`: rejection-samples an empty cell in the rectangle (x drawn before y), refusing the
   * agent's cell and whatever `reject` refuses; gives up after `maxTries + 1` draws as the original.
   */
  placeObj(
    cell: Cell,
    top: readonly [number, number] = [0, 0],
    size: readonly [number, number] = [this.grid.width, this.grid.height],
    reject?: RejectFn,
    maxTries = Infinity,
  ): [number, number] {
    const tx = Math.max(top[0], 0), ty = Math.max(top[1], 0);
    const xEnd = Math.min(tx + size[0], this.grid.width);
    const yEnd = Math.min(ty + size[1], this.grid.height);
    let tries = 0;
    for (;;) {
      if (tries > maxTries) throw new PlacementError("rejection sampling failed in place_obj");
      tries++;
      const x = this.rng.integers(tx, xEnd);
      const y = this.rng.integers(ty, yEnd);
      if (this.grid.get(x, y) !== EMPTY) continue;
      if (x === this.agentX && y === this.agentY) continue;
      if (reject && reject(this, x, y)) continue;
      this.grid.set(x, y, cell);
      return [x, y];
    }
  }

  /** `place_agent`: an empty cell for the agent, then a random direction. */
  placeAgent(top?: readonly [number, number], size?: readonly [number, number], randDir = true, maxTries = Infinity): [number, number] {
    this.agentX = -1;
    this.agentY = -1;
    const [x, y] = this.placeObj(EMPTY, top, size, undefined, maxTries);
    this.agentX = x;
    this.agentY = y;
    if (randDir) this.agentDir = this.rng.integers(0, 4);
    return [x, y];
  }
}
