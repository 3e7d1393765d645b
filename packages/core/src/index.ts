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
export { NumpyGenerator } from "./rng/numpy-generator.js";
export { NumpyRandomState } from "./rng/numpy-random-state.js";
export { PyRandom } from "./rng/py-random.js";
export { mulberry32 } from "./rng/mulberry32.js";
export type { Seed } from "./rng/seed.js";
