import { UserInputError, type Env } from "@worldcoder/core";
import { alfworldEnvSpecs } from "./alfworld/register.js";
import { minigridEnvSpecs } from "./minigrid/register.js";
import type { ObfuscationCodec, ObfuscationMapping } from "./obfuscation/codec.js";
import { obfId, parseObfId } from "./obfuscation/obf-id.js";
import { obfuscateEnv, obfuscationCodec, obfuscationMapping } from "./obfuscation/obfuscate.js";
import { sokobanEnvSpecs } from "./sokoban/register.js";
import type { EnvOptions, EnvSpec } from "./spec.js";

const specs = new Map<string, EnvSpec>();
for (const spec of [...sokobanEnvSpecs, ...minigridEnvSpecs, ...alfworldEnvSpecs]) specs.set(spec.id, spec);

/** Every registered env id, sorted (obfuscated ids `Obf(<id>,<seed>)` are accepted besides these). */
export function listEnvIds(): string[] {
  return [...specs.keys()].sort();
}

/** The spec of an id; `Obf(<id>,<seed>)` gets a spec built on its base id's. */
export function envSpec(id: string): EnvSpec {
  const obf = parseObfId(id);
  if (obf) {
    const base = envSpec(obf.baseId);
    obfuscationCodec(base, obf.seed); // throws for domains without an obfuscation
    return {
      id: obfId(base.id, obf.seed),
      domain: base.domain,
      description: `obfuscated view of ${base.id} (seed ${obf.seed}): the same game with neutral symbols, permuted actions, turned grid — not a different game`,
      create: (options) => obfuscateEnv(base, obf.seed, base.create(options)),
    };
  }
  const spec = specs.get(id);
  if (!spec) {
    throw new UserInputError("UNKNOWN_ENV", `unknown env id "${id}"; known ids: ${listEnvIds().join(", ")} (and Obf(<id>,<seed>) of them)`);
  }
  return spec;
}

/** Whether `makeEnv(id)` would build an env (a registered id, or an obfuscation of one). */
export function isEnvId(id: string): boolean {
  try {
    envSpec(id);
    return true;
  } catch {
    return false;
  }
}

/** Builds a registered env: `makeEnv("MiniGrid-DoorKey-5x5-v0")`, `makeEnv("Obf(Sokoban-v0,3)")`. */
export function makeEnv(id: string, options: EnvOptions = {}): Env {
  return envSpec(id).create(options);
}

/** The mapping of an obfuscated id (for run manifests and decoding runs); null for plain ids. */
export function describeObfuscation(id: string): ObfuscationMapping | null {
  const obf = parseObfId(id);
  return obf ? obfuscationMapping(envSpec(obf.baseId), obf.seed) : null;
}

/** Both directions of an obfuscated id's mapping (states, actions, goal text); null for plain ids. */
export function obfuscationCodecOf(id: string): ObfuscationCodec | null {
  const obf = parseObfId(id);
  return obf ? obfuscationCodec(envSpec(obf.baseId), obf.seed) : null;
}
