export type { EnvOptions, EnvSpec } from "./spec.js";
export { makeEnv, listEnvIds, envSpec } from "./registry.js";
