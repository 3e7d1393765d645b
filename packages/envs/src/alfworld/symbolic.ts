import type { JsonObject } from "@worldcoder/core";
import { TOGGLEABLE_TYPES } from "./catalog.js";
import type { Household, ObjectState } from "./household.js";

/**
 * The symbolic state the LLM reads (envs README, ALFWorld section). Everything that moves lives
 * in maps keyed by name, so equality never depends on the order objects were moved in.
 */
export interface AlfworldSymbolicState extends JsonObject {
  /** The receptacle the agent last went to, or "middle of room" at the start. */
  location: string;
  receptacles: { [name: string]: AlfworldReceptacleView };
  /** What the agent carries (at most one object). */
  inventory: { [name: string]: AlfworldObjectView };
}

export interface AlfworldReceptacleView extends JsonObject {
  type: string;
  /** "loc N": receptacles with the same loc are reached by one `go to`. */
  loc: string;
  openable: boolean;
  /** Always true for receptacles that cannot be opened: their contents are reachable. */
  open: boolean;
  contents: { [name: string]: AlfworldObjectView };
  // Powered variant only: appliances also carry `on` (their power switch), like lamps do.
}

export interface AlfworldObjectView extends JsonObject {
  type: string;
  hot: boolean;
  cold: boolean;
  clean: boolean;
}

export const MIDDLE_OF_ROOM = "middle of room";

function objectView(o: ObjectState): AlfworldObjectView {
  const view: AlfworldObjectView = { type: o.type, hot: o.hot, cold: o.cold, clean: o.clean };
  if (TOGGLEABLE_TYPES.has(o.type)) view.on = o.on;
  return view;
}

export function symbolicState(world: Household): AlfworldSymbolicState {
  const receptacles: AlfworldSymbolicState["receptacles"] = {};
  for (const r of world.receptacles.values()) {
    const contents: AlfworldReceptacleView["contents"] = {};
    for (const name of r.contents) contents[name] = objectView(world.objects.get(name)!);
    const view: AlfworldReceptacleView = {
      type: r.type,
      loc: `loc ${world.locationNumber(r.location)}`,
      openable: r.openable,
      open: r.open,
      contents,
    };
    // Receptacles without a switch (every ALFWorld one) keep exactly the original fields.
    if (r.on !== null) view.on = r.on;
    receptacles[r.name] = view;
  }
  const inventory: AlfworldSymbolicState["inventory"] = {};
  if (world.holding !== null) inventory[world.holding] = objectView(world.objects.get(world.holding)!);
  return { location: world.at ?? MIDDLE_OF_ROOM, receptacles, inventory };
}
