import type { EnvSpec } from "../spec.js";

/** Every alfworld env id this package registers. */
export const alfworldEnvSpecs: EnvSpec[] = [];
