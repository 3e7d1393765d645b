import { CLEAN_WITH, COOL_WITH, HEAT_WITH } from "./catalog.js";
import type { AlfworldTask } from "./scene.js";
import type { AlfworldSymbolicState } from "./symbolic.js";
import { sortNames } from "./text.js";

const TOOLS: Partial<Record<AlfworldTask["type"], { type: string; verb: string; flag: "clean" | "hot" | "cold" }>> = {
  pick_clean_then_place_in_recep: { type: CLEAN_WITH, verb: "clean", flag: "clean" },
  pick_heat_then_place_in_recep: { type: HEAT_WITH, verb: "heat", flag: "hot" },
  pick_cool_then_place_in_recep: { type: COOL_WITH, verb: "cool", flag: "cold" },
  pick_powered_heat_then_place_in_recep: { type: HEAT_WITH, verb: "heat", flag: "hot" },
};

/**
 * A hand-written expert (like ALFWorld's handcoded expert) reading the full symbolic state: the
 * next command of a shortest-ish plan for the task. Used to check that generated scenes are
 * solvable and as an oracle for agents' tests. Returns "look" when it has nothing useful to do.
 */
export function alfworldExpertAction(state: AlfworldSymbolicState, task: AlfworldTask): string {
  const receptacles = state.receptacles;
  const here = state.location in receptacles ? receptacles[state.location].loc : null;
  const held = Object.keys(state.inventory)[0] as string | undefined;
  const reach = (r: string, then: string): string => {
    if (receptacles[r].loc !== here) return `go to ${r}`;
    if (receptacles[r].openable && !receptacles[r].open) return `open ${r}`;
    return then;
  };
  const ofType = (type: string) => sortNames(Object.keys(receptacles).filter((r) => receptacles[r].type === type));
  const find = (objectType: string, exclude: (r: string) => boolean): [obj: string, where: string] | null => {
    for (const r of sortNames(Object.keys(receptacles))) {
      if (exclude(r)) continue;
      for (const o of sortNames(Object.keys(receptacles[r].contents))) {
        if (receptacles[r].contents[o].type === objectType) return [o, r];
      }
    }
    return null;
  };

  if (task.type === "look_at_obj_in_light") {
    if (held === undefined || state.inventory[held].type !== task.object) {
      const target = find(task.object, () => false);
      return target && held === undefined ? reach(target[1], `take ${target[0]} from ${target[1]}`) : "look";
    }
    const lamp = find(task.toggle!, () => false);
    if (!lamp) return "look";
    return receptacles[lamp[1]].loc === here ? `use ${lamp[0]}` : `go to ${lamp[1]}`;
  }

  const dest = ofType(task.receptacle!)[0];
  if (dest === undefined) return "look";
  if (held !== undefined && state.inventory[held].type === task.object) {
    const tool = TOOLS[task.type];
    if (tool && !state.inventory[held][tool.flag]) {
      const device = ofType(tool.type)[0];
      if (device === undefined) return "look";
      if (receptacles[device].loc !== here) return `go to ${device}`;
      // Powered variant: a switched-off appliance must be turned on first.
      return receptacles[device].on === false ? `turn on ${device}` : `${tool.verb} ${held} with ${device}`;
    }
    return reach(dest, `put ${held} in/on ${dest}`);
  }
  if (held !== undefined) return "look";
  // Two-object tasks leave the first one where it was put; single ones take from anywhere else.
  const target = find(task.object, (r) => (task.type === "pick_two_obj_and_place" ? r === dest : receptacles[r].type === task.receptacle));
  return target ? reach(target[1], `take ${target[0]} from ${target[1]}`) : "look";
}
