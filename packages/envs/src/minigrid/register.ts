import type { EnvSpec } from "../spec.js";

/** Every minigrid env id this package registers. */
export const minigridEnvSpecs: EnvSpec[] = [];
