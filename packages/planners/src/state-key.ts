import { canonicalJson } from "@worldcoder/core";
import type { State } from "@worldcoder/core";

/** Two states are the same node when their canonical JSON is equal. */
export function stateKey(state: State): string {
  return canonicalJson(state);
}
