import type { Seed } from "./seed.js";
import { seedSequenceState } from "./seed-sequence.js";

// PCG_DEFAULT_MULTIPLIER_128 as eight 16-bit limbs, least significant first. 16-bit limbs keep
// every partial product below 2^32 and every column sum far below 2^53, so plain doubles are
// exact and no BigInt runs on the hot path.
const MULT = limbsOf((2549297995355413924n << 64n) | 4865540595714422341n);

function limbsOf(value: bigint): Float64Array {
  const limbs = new Float64Array(8);
  for (let i = 0; i < 8; i++) limbs[i] = Number((value >> BigInt(16 * i)) & 0xffffn);
  return limbs;
}

function bigOf(limbs: Float64Array): bigint {
  let v = 0n;
  for (let i = 7; i >= 0; i--) v = (v << 16n) | BigInt(limbs[i]);
  return v;
}

const MASK128 = (1n << 128n) - 1n;

/**
 * numpy's PCG64 bit generator (XSL-RR 128/64) with its 32-bit half-word cache: `next32` hands out
 * the low half of a 64-bit draw and keeps the high half for the next call, as numpy does.
 */
export class Pcg64 {
  private readonly s = new Float64Array(8);
  private readonly inc = new Float64Array(8);
  private readonly col = new Float64Array(8);
  private hasUint32 = false;
  private uinteger = 0;
  /** High and low 32-bit halves of the last 64-bit output. */
  hi = 0;
  lo = 0;

  static fromSeed(seed: Seed): Pcg64 {
    const w = seedSequenceState(seed, 8);
    const u64 = (k: number): bigint => (BigInt(w[2 * k + 1]) << 32n) | BigInt(w[2 * k]);
    const initState = (u64(0) << 64n) | u64(1);
    const initSeq = (u64(2) << 64n) | u64(3);
    const g = new Pcg64();
    const inc = ((initSeq << 1n) | 1n) & MASK128;
    const mult = bigOf(MULT);
    // pcg_setseq_128_srandom_r: state = 0, step, add initstate, step.
    let state = inc;
    state = (state + initState) & MASK128;
    state = (state * mult + inc) & MASK128;
    g.s.set(limbsOf(state));
    g.inc.set(limbsOf(inc));
    return g;
  }

  clone(): Pcg64 {
    const g = new Pcg64();
    g.s.set(this.s);
    g.inc.set(this.inc);
    g.hasUint32 = this.hasUint32;
    g.uinteger = this.uinteger;
    return g;
  }

  /** The 128-bit state, as numpy's `bit_generator.state["state"]["state"]`. */
  stateBigInt(): bigint {
    return bigOf(this.s);
  }

  /** Advances the state and stores the 64-bit output in `hi`/`lo`. */
  next64(): void {
    const s = this.s;
    const c = this.col;
    const inc = this.inc;
    for (let k = 0; k < 8; k++) {
      let sum = inc[k];
      for (let i = 0; i <= k; i++) sum += s[i] * MULT[k - i];
      c[k] = sum;
    }
    let carry = 0;
    for (let k = 0; k < 8; k++) {
      const v = c[k] + carry;
      carry = Math.floor(v / 65536);
      s[k] = v - carry * 65536;
    }
    const xh = (((s[7] << 16) | s[6]) ^ ((s[3] << 16) | s[2])) >>> 0;
    const xl = (((s[5] << 16) | s[4]) ^ ((s[1] << 16) | s[0])) >>> 0;
    let rot = s[7] >>> 10;
    let h = xh;
    let l = xl;
    if (rot >= 32) {
      h = xl;
      l = xh;
      rot -= 32;
    }
    if (rot === 0) {
      this.hi = h;
      this.lo = l;
    } else {
      this.hi = ((h >>> rot) | (l << (32 - rot))) >>> 0;
      this.lo = ((l >>> rot) | (h << (32 - rot))) >>> 0;
    }
  }

  /** numpy `next_uint32`: low half of a fresh draw, or the cached high half. */
  next32(): number {
    if (this.hasUint32) {
      this.hasUint32 = false;
      return this.uinteger;
    }
    this.next64();
    this.hasUint32 = true;
    this.uinteger = this.hi;
    return this.lo;
  }

  /** numpy `next_uint64` as a bigint (only the rare >32-bit paths need it). */
  next64BigInt(): bigint {
    this.next64();
    return (BigInt(this.hi) << 32n) | BigInt(this.lo);
  }

  /** numpy `next_double`: a full 64-bit draw, (u >> 11) * 2^-53; leaves the 32-bit cache alone. */
  nextDouble(): number {
    this.next64();
    return (this.hi * 2097152 + (this.lo >>> 11)) / 9007199254740992;
  }
}
