import { NumpyGenerator } from "@worldcoder/core";
import type { MinigridRandom } from "./level-builder.js";

/** gymnasium's `seeding.np_random(seed)`: `Generator(PCG64(SeedSequence(seed)))`. */
export function numpyRandom(seed: number): MinigridRandom {
  return NumpyGenerator.fromSeed(seed);
}
