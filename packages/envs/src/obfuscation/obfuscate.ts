import { UserInputError, type Env } from "@worldcoder/core";
import type { EnvSpec } from "../spec.js";
import type { ObfuscationCodec, ObfuscationMapping } from "./codec.js";
import { ObfuscatedEnv } from "./env.js";
import { alfworldCodec } from "./alfworld-codec.js";
import { minigridCodec } from "./minigrid-codec.js";
import { obfId } from "./obf-id.js";
import { ObfRandom } from "./seeded.js";
import { sokobanCodec } from "./sokoban-codec.js";

function exampleCommands(spec: Pick<EnvSpec, "id" | "domain"> & Partial<Pick<EnvSpec, "create">>): readonly string[] {
  const space = spec.create?.({}).actionSpace;
  return space?.kind === "text" ? space.examples : [];
}

/** The codec of an obfuscation of a base env (its domain decides what is obfuscated). */
export function obfuscationCodec(baseSpec: Pick<EnvSpec, "id" | "domain">, seed: number): ObfuscationCodec {
  const random = new ObfRandom(seed);
  switch (baseSpec.domain) {
    case "sokoban":
      return sokobanCodec(random);
    case "minigrid":
      return minigridCodec(random);
    case "alfworld":
      // The example commands differ per id (the powered variant adds its switches): read them from an env.
      return alfworldCodec(random, exampleCommands(baseSpec));
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
