import type { EnvSpec } from "../spec.js";

/** Every sokoban env id this package registers. */
export const sokobanEnvSpecs: EnvSpec[] = [];
