import { UserInputError } from "../errors.js";
import { Mt19937 } from "./mt19937.js";
import { type Seed, seedToBigInt, uint32Words } from "./seed.js";

/**
 * CPython's `random.Random` (3.2+ semantics): MT19937 seeded by `init_by_array` of |seed|'s
 * 32-bit words, `random()` from two draws, integers via `_randbelow` = `getrandbits` + rejection.
 */
export class PyRandom {
  private readonly mt = new Mt19937();

  constructor(seed: Seed = 0) {
    this.seed(seed);
  }

  /** `random.seed(int)`; negative seeds use their absolute value, as CPython does. */
  seed(seed: Seed): void {
    let v = seedToBigInt(seed);
    if (v < 0n) v = -v;
    this.mt.initByArray(uint32Words(v));
  }

  clone(): PyRandom {
    const r = new PyRandom(0);
    r.mt.copyFrom(this.mt);
    return r;
  }

  /** `random()`: 53 bits from two 32-bit draws. */
  random(): number {
    const a = this.mt.next32() >>> 5;
    const b = this.mt.next32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** `getrandbits(k)` for 0 <= k <= 53 as a number (k = 0 draws nothing). */
  getrandbits(k: number): number {
    if (!Number.isInteger(k) || k < 0 || k > 53) {
      throw new UserInputError("RNG_RANGE", `getrandbits(${k}): k must be 0..53 (use getrandbitsBig)`);
    }
    if (k === 0) return 0;
    if (k <= 32) return this.mt.next32() >>> (32 - k);
    const low = this.mt.next32();
    const high = this.mt.next32() >>> (64 - k);
    return high * 4294967296 + low;
  }

  /** `getrandbits(k)` for any k, least significant 32-bit word drawn first. */
  getrandbitsBig(k: number): bigint {
    let out = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.mt.next32();
      if (left < 32) r >>>= 32 - left;
      out |= BigInt(r) << shift;
      shift += 32n;
    }
    return out;
  }

  /** `_randbelow(n)` for n >= 1: `getrandbits(n.bit_length())` until below n. */
  randbelow(n: number): number {
    if (!Number.isSafeInteger(n) || n < 1 || n > 2 ** 53) {
      throw new UserInputError("RNG_RANGE", `randbelow(${n}): need 1 <= n <= 2^53`);
    }
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** `randrange(start, stop)` with step 1. */
  randrange(start: number, stop?: number): number {
    if (stop === undefined) return this.randbelow(start);
    if (stop <= start) throw new UserInputError("RNG_RANGE", `empty range for randrange(${start}, ${stop})`);
    return start + this.randbelow(stop - start);
  }

  /** `randint(a, b)`, both ends inclusive. */
  randint(a: number, b: number): number {
    return this.randrange(a, b + 1);
  }

  /** `choice(seq)`. */
  choice<T>(seq: readonly T[]): T {
    if (seq.length === 0) throw new UserInputError("RNG_EMPTY", "cannot choose from an empty sequence");
    return seq[this.randbelow(seq.length)];
  }

  /** `sample(population, k)` with CPython's two strategies (pool for small n, set otherwise). */
  sample<T>(population: readonly T[], k: number): T[] {
    const n = population.length;
    if (!(k >= 0 && k <= n)) throw new UserInputError("RNG_RANGE", "sample larger than population or is negative");
    const result = new Array<T>(k);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
    if (n <= setsize) {
      const pool = [...population];
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i);
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = population[j];
      }
    }
    return result;
  }

  /** `shuffle(x)` in place. */
  shuffle<T>(x: T[]): T[] {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1);
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
    return x;
  }
}

function bitLength(n: number): number {
  return n < 4294967296 ? 32 - Math.clz32(n) : 32 + bitLength(Math.floor(n / 4294967296));
}
