import type { ActionSpace } from "@worldcoder/core";
import { alfworldDomain } from "./alfworld.js";
import { domainOf, type DomainSpec } from "./domain.js";
import { genericDomain } from "./generic.js";
import { minigridDomain } from "./minigrid.js";
import { sokobanDomain } from "./sokoban.js";

export { domainOf, type DomainName, type DomainSpec } from "./domain.js";
export { SOKOBAN_HEURISTIC_SOURCE } from "./sokoban-heuristic.js";
export { alfworldPlanActions } from "./alfworld.js";

/** The domain spec of an env id, given the env's action space. */
export function domainFor(envId: string, space: ActionSpace): DomainSpec {
  switch (domainOf(envId)) {
    case "sokoban":
      return sokobanDomain({ teleport: /teleport/i.test(envId) });
    case "minigrid":
      return minigridDomain({ locks: /TwoKeyDoor/i.test(envId) });
    case "alfworld":
      return alfworldDomain(space.kind === "text" ? space.examples : [], { powered: /Powered/i.test(envId) });
    default:
      return genericDomain(space);
  }
}
