import { UserInputError } from "@worldcoder/core";
import { OPENABLE_TYPES, typeOfName } from "./catalog.js";

/** The six ALFWorld task types, by the names ALFWorld's game folders use. */
export const ALFWORLD_TASK_TYPES = [
  "pick_and_place_simple",
  "look_at_obj_in_light",
  "pick_clean_then_place_in_recep",
  "pick_heat_then_place_in_recep",
  "pick_cool_then_place_in_recep",
  "pick_two_obj_and_place",
] as const;
/**
 * Task types of this project's variants (not in ALFWorld; envs README, "Novel variants"):
 * heating in a kitchen whose appliances have power switches that start switched off.
 */
export const ALFWORLD_VARIANT_TASK_TYPES = ["pick_powered_heat_then_place_in_recep"] as const;

export type AlfworldTaskType = (typeof ALFWORLD_TASK_TYPES)[number] | (typeof ALFWORLD_VARIANT_TASK_TYPES)[number];

/** The six ALFWorld task types, then the variants'. */
export const ALL_TASK_TYPES: readonly AlfworldTaskType[] = [...ALFWORLD_TASK_TYPES, ...ALFWORLD_VARIANT_TASK_TYPES];

/** What the episode asks for: the sentence shown to the agent and the types its check uses. */
export interface AlfworldTask {
  type: AlfworldTaskType;
  /** The text after "Your task is to: ", e.g. "put a hot apple in fridge." */
  text: string;
  /** Object type to handle ("apple"). */
  object: string;
  /** Receptacle type it must end in; absent for look_at_obj_in_light. */
  receptacle?: string;
  /** Lamp type for look_at_obj_in_light ("desklamp"). */
  toggle?: string;
}

export interface SceneReceptacle {
  /** "cabinet 3": type, a space, the instance number. */
  name: string;
  /** Defaults by type (fridge, cabinet, microwave, drawer, safe, box are openable). */
  openable?: boolean;
  /** Initial state of an openable receptacle; default closed. */
  open?: boolean;
  /** Receptacles with the same location key stand together ("go to" one reaches all). Default: its own. */
  location?: string;
  /**
   * A power switch and its position (variant scenes only): `heat` works only with the switch on.
   * Absent: no switch, as in ALFWorld.
   */
  on?: boolean;
}

export interface SceneObject {
  /** "apple 2". */
  name: string;
  /** The receptacle holding it at the start. */
  in: string;
  hot?: boolean;
  cold?: boolean;
  clean?: boolean;
  /** Lamps: switched on at the start. */
  on?: boolean;
}

/**
 * A text-household scene as plain JSON (documented in the envs README, ALFWorld section).
 * Receptacles are listed in any order; the text always sorts them as ALFWorld does.
 */
export interface AlfworldScene {
  format: "worldcoder/alfworld-scene@1";
  /** Where it came from: a transcript id, or "generated:<task type>:<seed>". */
  name?: string;
  task: AlfworldTask;
  receptacles: SceneReceptacle[];
  objects: SceneObject[];
}

export const SCENE_FORMAT = "worldcoder/alfworld-scene@1";

/** A scene that does not hold together (unknown receptacle, duplicate name, bad task). */
export class SceneFormatError extends UserInputError {
  constructor(message: string) {
    super("ALFWORLD_SCENE_INVALID", message);
  }
}

const NAME = /^[a-z]+ [1-9][0-9]*$/;

/** Checks a parsed JSON value and returns it as a scene (with its format tag), or throws SceneFormatError. */
export function parseScene(value: unknown): AlfworldScene {
  if (typeof value !== "object" || value === null) throw new SceneFormatError("a scene must be a JSON object");
  const scene = value as Partial<AlfworldScene>;
  if (scene.format !== undefined && scene.format !== SCENE_FORMAT) {
    throw new SceneFormatError(`unsupported scene format "${String(scene.format)}" (expected "${SCENE_FORMAT}")`);
  }
  const task = scene.task;
  if (!task || typeof task.text !== "string" || typeof task.object !== "string") {
    throw new SceneFormatError("scene.task needs text and object");
  }
  if (!(ALL_TASK_TYPES as readonly string[]).includes(task.type)) {
    throw new SceneFormatError(`unknown task type "${String(task.type)}"`);
  }
  if (task.type === "look_at_obj_in_light" ? !task.toggle : !task.receptacle) {
    throw new SceneFormatError(`task ${task.type} needs ${task.type === "look_at_obj_in_light" ? "toggle" : "receptacle"}`);
  }
  if (!Array.isArray(scene.receptacles) || scene.receptacles.length === 0) {
    throw new SceneFormatError("scene.receptacles must be a non-empty array");
  }
  const names = new Set<string>();
  for (const r of scene.receptacles) {
    if (typeof r?.name !== "string" || !NAME.test(r.name)) throw new SceneFormatError(`bad receptacle name ${JSON.stringify(r?.name)}`);
    if (names.has(r.name)) throw new SceneFormatError(`duplicate name "${r.name}"`);
    names.add(r.name);
  }
  const receptacles = new Set(names);
  for (const o of scene.objects ?? []) {
    if (typeof o?.name !== "string" || !NAME.test(o.name)) throw new SceneFormatError(`bad object name ${JSON.stringify(o?.name)}`);
    if (names.has(o.name)) throw new SceneFormatError(`duplicate name "${o.name}"`);
    names.add(o.name);
    if (!receptacles.has(o.in)) throw new SceneFormatError(`object "${o.name}" is in unknown receptacle "${String(o.in)}"`);
  }
  return { ...(scene as AlfworldScene), format: SCENE_FORMAT, objects: scene.objects ?? [] };
}

/** The openable flag a receptacle ends up with when the scene leaves it out. */
export function isOpenableByDefault(receptacleName: string): boolean {
  return OPENABLE_TYPES.has(typeOfName(receptacleName));
}
