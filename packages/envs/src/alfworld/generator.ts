import {
  CLEAN_WITH,
  CLEANABLE_TYPES,
  COOL_WITH,
  COOLABLE_TYPES,
  HEAT_WITH,
  HEATABLE_TYPES,
  OPENABLE_TYPES,
  POWERED_APPLIANCE_TYPES,
  canContain,
} from "./catalog.js";
import { type SceneRandom, pick, shuffled } from "./random.js";
import {
  type AlfworldScene,
  type AlfworldTask,
  type AlfworldTaskType,
  SCENE_FORMAT,
  type SceneObject,
  type SceneReceptacle,
} from "./scene.js";
import { taskSentence } from "./task.js";

/** One kind of room: how many receptacles of each type, which portable objects it holds. */
interface RoomKind {
  receptacles: ReadonlyArray<readonly [type: string, min: number, max: number]>;
  objects: readonly string[];
  /** Receptacle types a desk lamp may stand on (rooms with lamps only). */
  lampOn?: readonly string[];
}

// Counts and object pools follow the four AI2-THOR room kinds ALFWorld scenes come from.
const ROOMS: Record<"kitchen" | "bathroom" | "bedroom" | "livingroom", RoomKind> = {
  kitchen: {
    receptacles: [
      ["cabinet", 4, 12], ["coffeemachine", 1, 1], ["countertop", 1, 3], ["diningtable", 0, 1],
      ["drawer", 1, 6], ["fridge", 1, 1], ["garbagecan", 1, 1], ["microwave", 1, 1],
      ["shelf", 0, 3], ["sinkbasin", 1, 1], ["stoveburner", 2, 4], ["toaster", 1, 1],
    ],
    objects: [
      "apple", "bowl", "bread", "butterknife", "cup", "dishsponge", "egg", "fork", "glassbottle", "kettle",
      "knife", "ladle", "lettuce", "mug", "pan", "peppershaker", "plate", "pot", "potato", "saltshaker",
      "soapbottle", "spatula", "spoon", "tomato", "winebottle",
    ],
  },
  bathroom: {
    receptacles: [
      ["bathtubbasin", 0, 1], ["cabinet", 1, 4], ["countertop", 1, 1], ["drawer", 0, 4], ["garbagecan", 1, 1],
      ["handtowelholder", 0, 1], ["shelf", 0, 3], ["sinkbasin", 1, 2], ["toilet", 1, 1],
      ["toiletpaperhanger", 1, 1], ["towelholder", 0, 1],
    ],
    objects: ["candle", "cloth", "dishsponge", "handtowel", "soapbar", "soapbottle", "spraybottle", "tissuebox", "toiletpaper", "towel"],
  },
  bedroom: {
    receptacles: [
      ["armchair", 0, 1], ["bed", 1, 1], ["desk", 0, 1], ["drawer", 1, 6], ["dresser", 0, 1], ["garbagecan", 1, 1],
      ["laundryhamper", 0, 1], ["safe", 0, 1], ["shelf", 0, 6], ["sidetable", 1, 2],
    ],
    objects: [
      "alarmclock", "baseballbat", "basketball", "book", "bowl", "cd", "cellphone", "creditcard", "keychain", "laptop",
      "mug", "pen", "pencil", "pillow", "statue", "tennisracket", "vase", "watch",
    ],
    lampOn: ["desk", "dresser", "sidetable"],
  },
  livingroom: {
    receptacles: [
      ["armchair", 0, 2], ["coffeetable", 1, 1], ["diningtable", 0, 1], ["drawer", 1, 4], ["dresser", 0, 1],
      ["garbagecan", 1, 1], ["shelf", 0, 4], ["sidetable", 1, 2], ["sofa", 1, 1], ["tvstand", 0, 1],
    ],
    objects: [
      "box", "cellphone", "creditcard", "keychain", "laptop", "newspaper", "pillow", "plate", "remotecontrol",
      "statue", "tissuebox", "vase", "watch",
    ],
    lampOn: ["dresser", "sidetable"],
  },
};

// Which rooms each task type is generated in (ALFRED's GOALS_VALID).
const ROOMS_FOR_TASK: Record<AlfworldTaskType, ReadonlyArray<keyof typeof ROOMS>> = {
  pick_and_place_simple: ["kitchen", "livingroom", "bathroom", "bedroom"],
  pick_two_obj_and_place: ["kitchen", "livingroom", "bathroom", "bedroom"],
  look_at_obj_in_light: ["livingroom", "bedroom"],
  pick_clean_then_place_in_recep: ["kitchen", "bathroom"],
  pick_heat_then_place_in_recep: ["kitchen"],
  pick_cool_then_place_in_recep: ["kitchen"],
  pick_powered_heat_then_place_in_recep: ["kitchen"],
};

const TOOL: Partial<Record<AlfworldTaskType, string>> = {
  pick_clean_then_place_in_recep: CLEAN_WITH,
  pick_heat_then_place_in_recep: HEAT_WITH,
  pick_cool_then_place_in_recep: COOL_WITH,
  pick_powered_heat_then_place_in_recep: HEAT_WITH,
};

function objectQualifies(type: AlfworldTaskType, objectType: string): boolean {
  if (type === "pick_clean_then_place_in_recep") return CLEANABLE_TYPES.has(objectType);
  if (type === "pick_heat_then_place_in_recep" || type === "pick_powered_heat_then_place_in_recep") return HEATABLE_TYPES.has(objectType);
  if (type === "pick_cool_then_place_in_recep") return COOLABLE_TYPES.has(objectType);
  return true;
}

/**
 * A seeded scene for one task type: a room of the kind ALFRED uses for that task, receptacles
 * closed where openable, 1–3 instances of the target object (2–3 for two-object tasks) placed away
 * from any destination receptacle, distractor objects, and a goal sentence from the task's
 * templates. Every generated scene is solvable.
 */
export function generateScene(taskType: AlfworldTaskType, rng: SceneRandom, name?: string): AlfworldScene {
  for (;;) {
    const scene = tryGenerate(taskType, rng);
    if (scene) return name === undefined ? scene : { ...scene, name };
  }
}

function tryGenerate(taskType: AlfworldTaskType, rng: SceneRandom): AlfworldScene | null {
  const room = ROOMS[pick(rng, ROOMS_FOR_TASK[taskType])];
  const receptacles: SceneReceptacle[] = [];
  for (const [type, min, max] of room.receptacles) {
    const n = rng.integers(min, max + 1);
    for (let i = 1; i <= n; i++) {
      const r: SceneReceptacle = { name: `${type} ${i}` };
      if (OPENABLE_TYPES.has(type)) {
        // Some THOR drawers and cabinets are open shelves: not openable.
        if ((type === "drawer" || type === "cabinet") && rng.random() < 0.1) r.openable = false;
      }
      // Neighbouring cabinets sometimes share one spot, as in real scenes ("go to" reaches both).
      const previous = receptacles[receptacles.length - 1];
      if (type === "cabinet" && i > 1 && rng.random() < 0.15) r.location = previous.location ?? previous.name;
      receptacles.push(r);
    }
  }
  const typesPresent = [...new Set(receptacles.map((r) => r.name.slice(0, r.name.lastIndexOf(" "))))];
  const holders = (objectType: string, exclude?: string): SceneReceptacle[] =>
    receptacles.filter((r) => {
      const t = r.name.slice(0, r.name.lastIndexOf(" "));
      return t !== exclude && canContain(t, objectType);
    });

  const tool = TOOL[taskType];
  if (tool && !typesPresent.includes(tool)) return null;

  let task: AlfworldTask;
  const objects: SceneObject[] = [];
  const variant = rng.integers(0, 2);
  if (taskType === "look_at_obj_in_light") {
    const lampHolders = receptacles.filter((r) => room.lampOn!.includes(r.name.slice(0, r.name.lastIndexOf(" "))));
    const candidates = room.objects.filter((o) => holders(o).length > 0);
    if (lampHolders.length === 0 || candidates.length === 0) return null;
    const object = pick(rng, candidates);
    objects.push({ name: "desklamp 1", in: pick(rng, lampHolders).name });
    task = { type: taskType, text: taskSentence(taskType, object, "desklamp", variant), object, toggle: "desklamp" };
  } else {
    const candidates = room.objects.filter((o) => objectQualifies(taskType, o));
    const object = pick(rng, candidates);
    const destinations = typesPresent.filter((t) => t !== tool && canContain(t, object));
    if (destinations.length === 0) return null;
    const receptacle = pick(rng, destinations);
    if (holders(object, receptacle).length === 0) return null;
    task = { type: taskType, text: taskSentence(taskType, object, receptacle, variant), object, receptacle };
  }

  const targetCount = taskType === "pick_two_obj_and_place" ? rng.integers(2, 4) : rng.integers(1, 4);
  const place = (type: string, count: number, exclude?: string): void => {
    const options = holders(type, exclude);
    if (options.length === 0) return;
    for (let i = 1; i <= count; i++) {
      const where = pick(rng, options).name;
      const o: SceneObject = { name: `${type} ${i}`, in: where };
      // ALFWorld's problem files mark target-type objects found in the fridge as already cool.
      if (type === task.object && where.startsWith(`${COOL_WITH} `)) o.cold = true;
      objects.push(o);
    }
  };
  // Target objects never start in a destination receptacle, so no episode is won at reset.
  place(task.object, targetCount, task.receptacle);
  const distractorTypes = shuffled(
    rng,
    room.objects.filter((t) => t !== task.object),
  ).slice(0, rng.integers(6, 13));
  for (const type of distractorTypes) place(type, rng.integers(1, 4));
  // The powered variant draws exactly what the heat task draws, then gives every appliance a
  // switch, off: the same seed gives the same kitchen as ALFWorld-PickHeatThenPlace-v0.
  if (taskType === "pick_powered_heat_then_place_in_recep") {
    for (const r of receptacles) if (POWERED_APPLIANCE_TYPES.has(r.name.slice(0, r.name.lastIndexOf(" ")))) r.on = false;
  }
  return { format: SCENE_FORMAT, task, receptacles, objects };
}
