import type { AlfworldTaskType } from "./scene.js";

/** Registered env id per task type (Gymnasium-style ids). */
export const ALFWORLD_IDS: Record<AlfworldTaskType, string> = {
  pick_and_place_simple: "ALFWorld-PickAndPlace-v0",
  look_at_obj_in_light: "ALFWorld-LookAtObjInLight-v0",
  pick_clean_then_place_in_recep: "ALFWorld-PickCleanThenPlace-v0",
  pick_heat_then_place_in_recep: "ALFWorld-PickHeatThenPlace-v0",
  pick_cool_then_place_in_recep: "ALFWorld-PickCoolThenPlace-v0",
  pick_two_obj_and_place: "ALFWorld-PickTwoObjAndPlace-v0",
  pick_powered_heat_then_place_in_recep: "ALFWorld-PickHeatThenPlacePowered-v0",
};

/** The id that plays a given scene (option `scene`): a scene file, a scene object or a transcript id. */
export const ALFWORLD_SCENE_ID = "ALFWorld-Scene-v0";

export function alfworldIdForTaskType(type: AlfworldTaskType): string {
  return ALFWORLD_IDS[type];
}
