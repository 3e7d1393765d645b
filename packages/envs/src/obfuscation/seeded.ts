import { mulberry32 } from "@worldcoder/core";

/** The obfuscation's draws, all from one mulberry32 stream of the seed, in a fixed order. */
export class ObfRandom {
  private readonly next: () => number;

  constructor(seed: number) {
    // Offset so that Obf(X, s) shares no stream with the levels of seed s.
    this.next = mulberry32((seed ^ 0x0bf5eed5) >>> 0);
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Fisher–Yates on a copy. */
  shuffle<T>(xs: readonly T[]): T[] {
    const out = xs.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}
