import type { EnvOptions, EnvSpec } from "../spec.js";
import { AlfworldEnv } from "./env.js";
import { ALFWORLD_IDS, ALFWORLD_SCENE_ID } from "./ids.js";
import type { Presentation } from "./household.js";
import { ALL_TASK_TYPES } from "./scene.js";
import { resolveScene } from "./scene-source.js";

const DESCRIPTIONS: Record<string, string> = {
  pick_and_place_simple: "put an object in a receptacle",
  look_at_obj_in_light: "hold an object next to a switched-on desk lamp",
  pick_clean_then_place_in_recep: "clean an object in the sink, then put it in a receptacle",
  pick_heat_then_place_in_recep: "heat an object in the microwave, then put it in a receptacle",
  pick_cool_then_place_in_recep: "cool an object in the fridge, then put it in a receptacle",
  pick_two_obj_and_place: "put two objects of one type in the same receptacle",
  pick_powered_heat_then_place_in_recep:
    "novel variant: heat an object in the microwave, which works only once switched on (turn on), then put it in a receptacle",
};

function common(options: EnvOptions): { maxSteps?: number; presentation?: Presentation } {
  const presentation = options.presentation as Presentation | undefined;
  return { maxSteps: options.maxSteps, presentation };
}

/**
 * Every alfworld env id this package registers. Options: `scene` (a scene object, a scene JSON
 * file, or a golden transcript id; fixes the scene), `presentation` ("react" | "textworld"),
 * `maxSteps` (default 50).
 */
export const alfworldEnvSpecs: EnvSpec[] = [
  ...ALL_TASK_TYPES.map(
    (taskType): EnvSpec => ({
      id: ALFWORLD_IDS[taskType],
      domain: "alfworld",
      description: `ALFWorld text household, ${taskType}: ${DESCRIPTIONS[taskType]}; seed → generated scene`,
      create: (options) =>
        new AlfworldEnv({
          id: ALFWORLD_IDS[taskType],
          taskType,
          scene: options.scene === undefined ? undefined : resolveScene(options.scene),
          ...common(options),
        }),
    }),
  ),
  {
    id: ALFWORLD_SCENE_ID,
    domain: "alfworld",
    description: 'ALFWorld text household playing a given scene (option "scene": scene file, object or transcript id)',
    create: (options) =>
      new AlfworldEnv({
        id: ALFWORLD_SCENE_ID,
        scene: options.scene === undefined ? undefined : resolveScene(options.scene),
        ...common(options),
      }),
  },
];
