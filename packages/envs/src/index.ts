export type { EnvOptions, EnvSpec } from "./spec.js";
export { makeEnv, listEnvIds, envSpec, isEnvId, describeObfuscation, obfuscationCodecOf } from "./registry.js";
// Obfuscation wrapper: Obf(<id>,<seed>)
export { ObfuscatedEnv } from "./obfuscation/env.js";
export { parseObfId, obfId } from "./obfuscation/obf-id.js";
export type { ObfuscationCodec, ObfuscationMapping } from "./obfuscation/codec.js";
export { renderObfuscatedText, renderObfuscatedSvg } from "./obfuscation/render.js";
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
export { minigridWorldFromSymbolic, renderMinigridStateText, renderMinigridStateSvg } from "./minigrid/from-symbolic.js";
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
// Sokoban (gym-sokoban) and Boxoban
export {
  SokobanEnv,
  type SokobanEnvOptions,
  type SokobanGeneratedConfig,
  type SokobanLevelsConfig,
  type SokobanStepInfo,
} from "./sokoban/env.js";
export {
  sokobanEnvSpecs,
  SOKOBAN_VARIANTS,
  SOKOBAN_TELEPORT_VARIANTS,
  SOKOBAN_ONE_BOX_VARIANTS,
  defaultBoxobanLevelFile,
  resolveLevelFile,
} from "./sokoban/register.js";
// Sokoban with teleport gates (this project's variant)
export { SokobanTeleportEnv, type SokobanTeleportConfig } from "./sokoban/teleport/env.js";
export {
  teleportLevelFromState,
  GATE_CHAR as SOKOBAN_GATE_CHAR,
  type SokobanTeleportState,
  type TeleportLevel,
} from "./sokoban/teleport/level.js";
export {
  generateTeleportLevel,
  TeleportGenerationError,
  type TeleportGenerationOptions,
  type GeneratedTeleportLevel,
} from "./sokoban/teleport/generator.js";
export { solveTeleportLevel, type TeleportSolution } from "./sokoban/teleport/solver.js";
export { type SokobanState, roomToGrid as sokobanRoomToGrid, gridToLayers as sokobanGridToLayers } from "./sokoban/symbolic.js";
export { renderSokobanStateSvg } from "./sokoban/render.js";
export {
  loadBoxobanLevels,
  parseBoxobanLevels,
  levelToRoom as boxobanLevelToRoom,
  LevelParseError,
  type BoxobanLevel,
} from "./sokoban/levels.js";
export { generateRoom as generateSokobanRoom, RoomGenerationError, type GenerateRoomOptions } from "./sokoban/generator.js";
export type { SokobanRoom, BoxMappingEntry } from "./sokoban/room.js";
export {
  verifySokobanRecords,
  readSokobanRecords,
  type SokobanGoldenRecord,
  type SokobanGoldenStep,
  type SokobanMismatch,
  type SokobanVerifyCounts,
} from "./sokoban/golden.js";
export { SOKOBAN_ACTION_NAMES, SOKOBAN_GOAL_TEXT } from "./sokoban/constants.js";
