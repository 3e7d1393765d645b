import type { Action, State } from "@worldcoder/core";

/** A node of a search tree: enough to rebuild the plan by walking parents. */
export interface SearchNode {
  state: State;
  parent: SearchNode | null;
  action: Action | null;
  depth: number;
}

export function planTo(node: SearchNode): Action[] {
  const actions: Action[] = [];
  for (let n: SearchNode | null = node; n && n.action !== null; n = n.parent) actions.push(n.action);
  return actions.reverse();
}
