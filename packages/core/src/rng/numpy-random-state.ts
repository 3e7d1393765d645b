import { UserInputError } from "../errors.js";
import { Mt19937 } from "./mt19937.js";
import { mask32, type Seed, seedToBigInt } from "./seed.js";

/**
 * numpy's legacy `RandomState` (the global `np.random`): MT19937 seeded by `init_genrand`,
 * `randint` by masked rejection on 32-bit draws. gym-sokoban only calls `np.random.randint(n)`.
 */
export class NumpyRandomState {
  private readonly mt = new Mt19937();

  constructor(seed: Seed = 0) {
    this.seed(seed);
  }

  /** `RandomState.seed(int)`: 0 <= seed < 2^32. */
  seed(seed: Seed): void {
    const v = seedToBigInt(seed);
    if (v < 0n || v > 0xffffffffn) throw new UserInputError("BAD_SEED", "Seed must be between 0 and 2**32 - 1");
    this.mt.initGenrand(Number(v));
  }

  clone(): NumpyRandomState {
    const r = new NumpyRandomState(0);
    r.mt.copyFrom(this.mt);
    return r;
  }

  /** `randint(n)` in [0, n) or `randint(lo, hi)` in [lo, hi); ranges up to 2^32. */
  randint(lo: number, hi?: number): number {
    if (hi === undefined) {
      hi = lo;
      lo = 0;
    }
    const rng = hi - 1 - lo;
    if (!(rng >= 0) || rng > 0xffffffff || !Number.isSafeInteger(lo)) {
      throw new UserInputError("RNG_RANGE", `randint(${lo}, ${hi}): need lo < hi and hi - lo <= 2^32`);
    }
    if (rng === 0) return lo;
    if (rng === 0xffffffff) return lo + this.mt.next32();
    const mask = mask32(rng);
    let v: number;
    do v = (this.mt.next32() & mask) >>> 0;
    while (v > rng);
    return lo + v;
  }

  /** `random_sample()`: numpy legacy double, (a >> 5, b >> 6) like CPython. */
  random(): number {
    const a = this.mt.next32() >>> 5;
    const b = this.mt.next32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }
}
