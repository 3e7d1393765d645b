import type { Action, Env } from "@worldcoder/core";
import type { Rng } from "@worldcoder/synthesizer";

/** A uniform action: an index for discrete spaces; for text envs one of the commands valid now when the env lists them. */
export function randomAction(env: Env, info: Record<string, unknown>, rng: Rng): Action {
  const space = env.actionSpace;
  if (space.kind === "discrete") return rng.int(space.n);
  const choices = admissibleCommands(info) ?? [...space.examples];
  return choices.length > 0 ? rng.choice(choices) : "look";
}

/** ALFWorld-style envs list the commands valid in the current state in `info`. */
export function admissibleCommands(info: Record<string, unknown>): string[] | null {
  const admissible = info.admissibleCommands ?? info.admissible_commands;
  return Array.isArray(admissible) && admissible.length > 0 ? (admissible as string[]) : null;
}
