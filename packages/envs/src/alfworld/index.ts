export { AlfworldEnv, ALFWORLD_MAX_STEPS, type AlfworldEnvConfig, type AlfworldInfo } from "./env.js";
export {
  ALFWORLD_TASK_TYPES,
  SCENE_FORMAT as ALFWORLD_SCENE_FORMAT,
  SceneFormatError,
  parseScene,
  type AlfworldScene,
  type AlfworldTask,
  type AlfworldTaskType,
  type SceneObject,
  type SceneReceptacle,
} from "./scene.js";
export { generateScene } from "./generator.js";
export { deriveSceneFromTranscript, TranscriptReadError, type AlfworldTranscript } from "./derive.js";
export {
  verifyAlfworldTranscripts,
  readAlfworldTranscripts,
  type AlfworldVerification,
  type AlfworldMismatch,
} from "./golden.js";
export { ALFWORLD_IDS, ALFWORLD_SCENE_ID } from "./ids.js";
export { parseTaskSentence, taskSentence } from "./task.js";
export type { AlfworldSymbolicState, AlfworldReceptacleView, AlfworldObjectView } from "./symbolic.js";
export type { Presentation as AlfworldPresentation } from "./household.js";
export { alfworldExpertAction } from "./expert.js";
export {
  alfworldTransition,
  alfworldReward,
  alfworldReferenceModel,
  alfworldAdmissibleCommands,
  alfworldGoalReached,
  alfworldTaskOfGoal,
} from "./reference-model.js";
