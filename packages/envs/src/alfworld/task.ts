import type { Household } from "./household.js";
import { type AlfworldTask, type AlfworldTaskType, SceneFormatError } from "./scene.js";

/**
 * Goal sentences per task type (ALFWorld's goal templates, {o} object type, {r} receptacle or lamp
 * type). The last pick_and_place_simple form is not in the template file but appears in a released
 * game (ReAct's `put_1` example), so it parses too; the generator only writes the first two.
 */
const TEMPLATES: Record<AlfworldTaskType, readonly string[]> = {
  pick_and_place_simple: ["put a {o} in {r}", "put some {o} on {r}", "find some {o} and put it in {r}"],
  look_at_obj_in_light: ["look at {o} under the {r}", "examine the {o} with the {r}"],
  pick_clean_then_place_in_recep: ["put a clean {o} in {r}", "clean some {o} and put it in {r}"],
  pick_heat_then_place_in_recep: ["put a hot {o} in {r}", "heat some {o} and put it in {r}"],
  pick_cool_then_place_in_recep: ["put a cool {o} in {r}", "cool some {o} and put it in {r}"],
  pick_two_obj_and_place: ["put two {o} in {r}", "find two {o} and put them in {r}"],
  // This project's variant: its own sentences, so it never reads as ALFWorld's heat task.
  pick_powered_heat_then_place_in_recep: ["put a heated {o} in {r}", "heat up some {o} and put it in {r}"],
};

function templateRegex(template: string): RegExp {
  return new RegExp("^" + template.replace("{o}", "([a-z]+)").replace("{r}", "([a-z]+)") + "\\.?$");
}

/** Reads a goal sentence ("put a hot apple in fridge.") as a task of the given type. */
export function parseTaskSentence(type: AlfworldTaskType, text: string): AlfworldTask {
  for (const template of TEMPLATES[type]) {
    const m = templateRegex(template).exec(text.trim());
    if (!m) continue;
    return type === "look_at_obj_in_light"
      ? { type, text, object: m[1], toggle: m[2] }
      : { type, text, object: m[1], receptacle: m[2] };
  }
  throw new SceneFormatError(`goal "${text}" does not read as a ${type} task`);
}

/** The goal sentence for a task, using template `variant` (0 or 1) of its type. */
export function taskSentence(type: AlfworldTaskType, object: string, target: string, variant: number): string {
  const templates = TEMPLATES[type];
  const template = templates[variant % Math.min(2, templates.length)];
  return template.replace("{o}", object).replace("{r}", target) + ".";
}

/** ALFWorld's PDDL goal for the task, evaluated on the household (checked after every step). */
export function taskWon(task: AlfworldTask, world: Household): boolean {
  switch (task.type) {
    case "look_at_obj_in_light": {
      if (world.holding === null || world.objects.get(world.holding)!.type !== task.object) return false;
      for (const r of world.receptaclesHere()) {
        for (const name of r.contents) {
          const o = world.objects.get(name)!;
          if (o.type === task.toggle && o.on) return true;
        }
      }
      return false;
    }
    case "pick_two_obj_and_place": {
      for (const r of world.receptacles.values()) {
        if (r.type !== task.receptacle) continue;
        let count = 0;
        for (const name of r.contents) if (world.objects.get(name)!.type === task.object) count++;
        if (count >= 2) return true;
      }
      return false;
    }
    default: {
      for (const o of world.objects.values()) {
        if (o.type !== task.object || o.in === null) continue;
        if (world.receptacles.get(o.in)!.type !== task.receptacle) continue;
        if (task.type === "pick_clean_then_place_in_recep" && !o.clean) continue;
        if ((task.type === "pick_heat_then_place_in_recep" || task.type === "pick_powered_heat_then_place_in_recep") && !o.hot) continue;
        if (task.type === "pick_cool_then_place_in_recep" && !o.cold) continue;
        return true;
      }
      return false;
    }
  }
}
