/**
 * The draws the scene generator makes. numpy's `Generator` (core's NumpyGenerator) has exactly
 * this shape, so either can drive generation.
 */
export interface SceneRandom {
  /** An integer in [lo, hi). */
  integers(lo: number, hi: number): number;
  /** A double in [0, 1). */
  random(): number;
}

/** Picks one element uniformly. */
export function pick<T>(rng: SceneRandom, items: readonly T[]): T {
  return items[rng.integers(0, items.length)];
}

/** Fisher–Yates shuffle of a copy. */
export function shuffled<T>(rng: SceneRandom, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.integers(0, i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
