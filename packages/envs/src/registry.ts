import { UserInputError, type Env } from "@worldcoder/core";
import { alfworldEnvSpecs } from "./alfworld/register.js";
import { minigridEnvSpecs } from "./minigrid/register.js";
import { sokobanEnvSpecs } from "./sokoban/register.js";
import type { EnvOptions, EnvSpec } from "./spec.js";

const specs = new Map<string, EnvSpec>();
for (const spec of [...sokobanEnvSpecs, ...minigridEnvSpecs, ...alfworldEnvSpecs]) specs.set(spec.id, spec);

/** Every registered env id, sorted. */
export function listEnvIds(): string[] {
  return [...specs.keys()].sort();
}

export function envSpec(id: string): EnvSpec {
  const spec = specs.get(id);
  if (!spec) {
    throw new UserInputError("UNKNOWN_ENV", `unknown env id "${id}"; known ids: ${listEnvIds().join(", ")}`);
  }
  return spec;
}

/** Builds a registered env: `makeEnv("MiniGrid-DoorKey-5x5-v0")`. */
export function makeEnv(id: string, options: EnvOptions = {}): Env {
  return envSpec(id).create(options);
}
