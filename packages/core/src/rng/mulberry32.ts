/**
 * mulberry32: a tiny seeded 32-bit generator of uniform floats in [0, 1). For places that need
 * a reproducible stream but no particular reference one (MCTS's action order, the random
 * agent, benchmark rollouts); where the originals' streams matter, use the numpy/CPython ports.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
