/**
 * A small seeded PRNG (sfc32 seeded through splitmix32) with the draws the synthesizer and agents
 * need: uniform floats, integers, choice, and Beta samples for Thompson sampling. Replays must take
 * the same path, so every random decision goes through one of these, never Math.random.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  choice<T>(items: readonly T[]): T;
  /** A Beta(alpha, beta) sample. */
  beta(alpha: number, beta: number): number;
  /**
   * A child generator derived from this generator's seed and a label (it draws nothing from this
   * one), so adding draws in one place never shifts another.
   */
  fork(label: string): Rng;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function hashLabel(label: string): number {
  // FNV-1a: stable across runs and platforms.
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = (): number => {
    // sfc32
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();

  const normal = (): number => {
    // Box–Muller; 1 - u keeps the log argument in (0, 1].
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const gamma = (shape: number): number => {
    // Marsaglia–Tsang; shapes below 1 are boosted and scaled back.
    if (shape < 1) return gamma(shape + 1) * Math.pow(1 - next(), 1 / shape);
    const dd = shape - 1 / 3;
    const cc = 1 / Math.sqrt(9 * dd);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = normal();
        v = 1 + cc * x;
      } while (v <= 0);
      v = v * v * v;
      const u = 1 - next();
      if (Math.log(u) < 0.5 * x * x + dd - dd * v + dd * Math.log(v)) return dd * v;
    }
  };

  const rng: Rng = {
    next,
    int(n) {
      if (!(n > 0)) throw new RangeError(`Rng.int: n must be positive, got ${n}`);
      return Math.floor(next() * n);
    },
    choice(items) {
      if (items.length === 0) throw new RangeError("Rng.choice: empty list");
      return items[rng.int(items.length)]!;
    },
    beta(alpha, beta) {
      const x = gamma(alpha);
      const y = gamma(beta);
      return x / (x + y);
    },
    fork(label) {
      return createRng(splitmix32((seed ^ hashLabel(label)) >>> 0)());
    },
  };
  return rng;
}
