import { UserInputError } from "../errors.js";
import { Pcg64 } from "./pcg64.js";
import { mask32, type Seed } from "./seed.js";

const TWO32 = 4294967296;
const UINT64_MAX = (1n << 64n) - 1n;

/**
 * numpy `Generator(PCG64(SeedSequence(seed)))` — what gymnasium's `seeding.np_random(seed)` builds —
 * reproducing numpy's draws bit for bit, including which calls consume the stream and how much.
 */
export class NumpyGenerator {
  private constructor(private readonly bits: Pcg64) {}

  static fromSeed(seed: Seed): NumpyGenerator {
    return new NumpyGenerator(Pcg64.fromSeed(seed));
  }

  /** An independent copy with the same stream position (for copying an env). */
  clone(): NumpyGenerator {
    return new NumpyGenerator(this.bits.clone());
  }

  /** `integers(lo, hi)`: int64 in [lo, hi). `hi === lo + 1` returns lo without drawing. */
  integers(lo: number, hi: number): number {
    const rng = hi - 1 - lo;
    if (!(rng >= 0) || !Number.isSafeInteger(lo) || !Number.isSafeInteger(hi)) {
      throw new UserInputError("RNG_RANGE", `integers(${lo}, ${hi}): need integers with lo < hi`);
    }
    if (rng === 0) return lo;
    if (rng < TWO32 - 1) return lo + this.lemire32(rng);
    if (rng === TWO32 - 1) return lo + this.bits.next32();
    return Number(BigInt(lo) + this.lemire64(BigInt(rng)));
  }

  /** `random()`: a double in [0, 1) from one 64-bit draw. */
  random(): number {
    return this.bits.nextDouble();
  }

  /** `uniform(lo, hi)` = lo + (hi - lo) * random(), as numpy's `random_uniform`. */
  uniform(lo: number, hi: number): number {
    return lo + (hi - lo) * this.bits.nextDouble();
  }

  /** `shuffle(list)` in place: Fisher–Yates from the end with numpy's masked `random_interval`. */
  shuffle<T>(array: T[]): T[] {
    for (let i = array.length - 1; i > 0; i--) {
      const j = this.randomInterval(i);
      const t = array[i];
      array[i] = array[j];
      array[j] = t;
    }
    return array;
  }

  /** `permutation(n)`: `arange(n)` shuffled. */
  permutation(n: number): number[] {
    const out = Array.from({ length: n }, (_, i) => i);
    return this.shuffle(out);
  }

  /** `choice(range(a, b))` = a + integers(0, b - a). */
  choice(a: number, b: number): number {
    return a + this.integers(0, b - a);
  }

  /** `choice(xs)` for a sequence: `xs[integers(0, len)]` (MiniGrid's `_rand_elem`). */
  choiceOf<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new UserInputError("RNG_EMPTY", "choice from an empty sequence");
    return xs[this.integers(0, xs.length)];
  }

  /** MiniGrid `_rand_bool`: `integers(0, 2) == 0`. */
  bool(): boolean {
    return this.integers(0, 2) === 0;
  }

  /** MiniGrid `_rand_subset`: repeated `choiceOf` + remove (first occurrence), in draw order. */
  subset<T>(xs: readonly T[], n: number): T[] {
    const pool = [...xs];
    const out: T[] = [];
    while (out.length < n) {
      const elem = this.choiceOf(pool);
      pool.splice(pool.indexOf(elem), 1);
      out.push(elem);
    }
    return out;
  }

  /** numpy `random_interval(max)`: mask-and-reject, on 32-bit draws when max fits. */
  randomInterval(max: number): number {
    if (max === 0) return 0;
    if (max <= 0xffffffff) {
      const mask = mask32(max);
      let value: number;
      do value = (this.bits.next32() & mask) >>> 0;
      while (value > max);
      return value;
    }
    const m = BigInt(max);
    let mask = m;
    for (let s = 1n; s <= 32n; s <<= 1n) mask |= mask >> s;
    let value: bigint;
    do value = this.bits.next64BigInt() & mask;
    while (value > m);
    return Number(value);
  }

  /** numpy `buffered_bounded_lemire_uint32` for 0 < rng < 2^32 - 1. */
  private lemire32(rng: number): number {
    const excl = rng + 1;
    let x = this.bits.next32();
    let leftover = Math.imul(x, excl) >>> 0;
    if (leftover < excl) {
      const threshold = TWO32 % excl;
      while (leftover < threshold) {
        x = this.bits.next32();
        leftover = Math.imul(x, excl) >>> 0;
      }
    }
    // High word of the exact 64-bit product x * excl, split so doubles stay exact.
    const p = (x & 0xffff) * excl;
    const q = (x >>> 16) * excl + Math.floor(p / 65536);
    return Math.floor(q / 65536);
  }

  /** numpy `bounded_lemire_uint64` for rng >= 2^32 (rare: BigInt is fine here). */
  private lemire64(rng: bigint): bigint {
    if (rng === UINT64_MAX) return this.bits.next64BigInt();
    const excl = rng + 1n;
    let m = this.bits.next64BigInt() * excl;
    let leftover = m & UINT64_MAX;
    if (leftover < excl) {
      const threshold = (UINT64_MAX - rng) % excl;
      while (leftover < threshold) {
        m = this.bits.next64BigInt() * excl;
        leftover = m & UINT64_MAX;
      }
    }
    return m >> 64n;
  }
}
