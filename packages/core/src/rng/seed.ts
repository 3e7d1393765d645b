import { UserInputError } from "../errors.js";

/** A seed as the originals accept it: any non-negative integer (seeds above 2^53 as bigint or decimal text). */
export type Seed = number | bigint | string;

/** Normalises a seed to a bigint; Python-style `abs()` is left to the callers that do it. */
export function seedToBigInt(seed: Seed): bigint {
  if (typeof seed === "bigint") return seed;
  if (typeof seed === "number") {
    if (!Number.isSafeInteger(seed)) {
      throw new UserInputError("BAD_SEED", `seed ${seed} is not a safe integer; pass a bigint or a decimal string`);
    }
    return BigInt(seed);
  }
  if (!/^-?\d+$/.test(seed.trim())) throw new UserInputError("BAD_SEED", `seed "${seed}" is not a decimal integer`);
  return BigInt(seed.trim());
}

/** Little-endian 32-bit words of a non-negative integer; 0 gives [0] (numpy and CPython both do this). */
export function uint32Words(value: bigint): number[] {
  if (value < 0n) throw new UserInputError("BAD_SEED", `seed ${value} must be non-negative`);
  const words: number[] = [];
  let rest = value;
  do {
    words.push(Number(rest & 0xffffffffn));
    rest >>= 32n;
  } while (rest > 0n);
  return words;
}

/**
 * The smallest all-ones mask covering `max` (max <= 2^32 - 1): numpy draws 32-bit values, masks
 * them with it and rejects those above `max`, both in Generator and in the legacy RandomState.
 */
export function mask32(max: number): number {
  let mask = max;
  mask |= mask >>> 1;
  mask |= mask >>> 2;
  mask |= mask >>> 4;
  mask |= mask >>> 8;
  mask |= mask >>> 16;
  return mask >>> 0;
}
