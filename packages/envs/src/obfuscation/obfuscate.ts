import { UserInputError, type Env } from "@worldcoder/core";
import type { EnvSpec } from "../spec.js";
import type { ObfuscationCodec, ObfuscationMapping } from "./codec.js";
import { ObfuscatedEnv } from "./env.js";
import { minigridCodec } from "./minigrid-codec.js";
import { obfId } from "./obf-id.js";
import { ObfRandom } from "./seeded.js";
import { sokobanCodec } from "./sokoban-codec.js";

/** The codec of an obfuscation of a base env (its domain decides what is obfuscated). */
export function obfuscationCodec(baseSpec: Pick<EnvSpec, "id" | "domain">, seed: number): ObfuscationCodec {
  const random = new ObfRandom(seed);
  switch (baseSpec.domain) {
    case "sokoban":
      return sokobanCodec(random);
    case "minigrid":
      return minigridCodec(random);
    default:
      throw new UserInputError("OBF_UNSUPPORTED", `Obf(${baseSpec.id}, …): obfuscation of ${baseSpec.domain} envs is not supported`);
  }
}

export function obfuscationMapping(baseSpec: Pick<EnvSpec, "id" | "domain">, seed: number, codec = obfuscationCodec(baseSpec, seed)): ObfuscationMapping {
  return { id: obfId(baseSpec.id, seed), baseId: baseSpec.id, seed, ...codec.mapping() };
}

/** Wraps a made base env. */
export function obfuscateEnv(baseSpec: Pick<EnvSpec, "id" | "domain">, seed: number, base: Env): ObfuscatedEnv {
  const codec = obfuscationCodec(baseSpec, seed);
  return new ObfuscatedEnv(obfId(baseSpec.id, seed), base, codec, obfuscationMapping(baseSpec, seed, codec));
}
