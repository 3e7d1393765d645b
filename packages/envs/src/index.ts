export type { EnvOptions, EnvSpec } from "./spec.js";
export { makeEnv, listEnvIds, envSpec } from "./registry.js";
// MiniGrid
export { MinigridEnv, type MinigridObservation, type MinigridEnvOptions, type RandomFactory } from "./minigrid/env.js";
export { minigridEnvSpecs, makeMinigridEnv } from "./minigrid/register.js";
export {
  minigridSymbolicState,
  type MinigridSymbolicState,
  type MinigridSymbolicObject,
  type MinigridWorldView,
} from "./minigrid/symbolic.js";
export {
  verifyMinigridRecords,
  loadMinigridRecords,
  MINIGRID_TRACES_FILE,
  type MinigridRecord,
  type MinigridRecordEpisode,
  type MinigridRecordStep,
  type MinigridMismatch,
  type MinigridEnvTally,
  type MinigridVerifyReport,
} from "./minigrid/golden.js";
export { renderMinigridText, renderMinigridSvg } from "./minigrid/render.js";
export { minigridTransition, minigridReward, minigridReferenceModel } from "./minigrid/reference-model.js";
export { successReward as minigridSuccessReward } from "./minigrid/reward.js";
export { ACTION_NAMES as MINIGRID_ACTION_NAMES } from "./minigrid/constants.js";
export * from "./alfworld/index.js";
export {
  verifyGolden,
  verifyRngVectors,
  GoldenPathError,
  type GoldenReport,
  type GoldenFileResult,
  type GoldenTally,
  type GoldenMismatch,
  type GoldenDomain,
} from "./golden/verify.js";
