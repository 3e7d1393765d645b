export type {
  Action,
  ActionSpace,
  Env,
  Goal,
  InitialCondition,
  JsonObject,
  JsonValue,
  LedgerEntry,
  LedgerTotals,
  RenderMode,
  ResetResult,
  RewardResult,
  State,
  StepResult,
  Transition,
  WorldModel,
} from "./types.js";
export { WorldCoderError, UserInputError, type ErrorFault } from "./errors.js";
export { canonicalJson, stableHash, jsonEqual } from "./canonical-json.js";
export { ReplayBuffer } from "./replay-buffer.js";
