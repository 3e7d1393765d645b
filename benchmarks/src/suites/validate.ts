import { UserInputError } from "@worldcoder/core";
import { parseObfId } from "@worldcoder/envs";
import type { Suite } from "./types.js";

const TRACK_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Checks a suite against the env ids that exist before any job starts, so a typo fails in
 * a second with the list of known ids rather than halfway through a long run.
 */
export function validateSuite(suite: Suite, knownEnvIds: readonly string[]): void {
  const known = new Set(knownEnvIds);
  const seen = new Set<string>();
  for (const track of suite.tracks) {
    if (!TRACK_ID.test(track.id)) throw new UserInputError("BAD_SUITE", `suite "${suite.name}": track id "${track.id}" must match ${TRACK_ID}`);
    if (seen.has(track.id)) throw new UserInputError("BAD_SUITE", `suite "${suite.name}": track id "${track.id}" appears twice`);
    seen.add(track.id);
    if (track.tasks.length === 0) throw new UserInputError("BAD_SUITE", `suite "${suite.name}": track "${track.id}" has no tasks`);
    for (const task of track.tasks) {
      // An obfuscated view `Obf(<id>,<seed>)` is as known as its base id.
      const obf = parseObfId(task.envId);
      if (!known.has(obf ? obf.baseId : task.envId)) {
        throw new UserInputError(
          "UNKNOWN_ENV",
          `suite "${suite.name}", track "${track.id}": unknown env id "${task.envId}"; known ids: ${[...known].sort().join(", ") || "(none registered)"}`,
        );
      }
    }
  }
  if (suite.seeds.length === 0) throw new UserInputError("BAD_SUITE", `suite "${suite.name}" lists no seeds`);
}
