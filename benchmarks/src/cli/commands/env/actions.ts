import { type Action, type ActionSpace, UserInputError } from "@worldcoder/core";

/** Keys of the interactive grid play, per domain: arrow keys and a few letters → action index. */
export const GRID_KEYS: Record<"minigrid" | "sokoban", Record<string, number>> = {
  // MiniGrid: turn with ←/→, ↑ forward; p pickup, d drop, t (or space) toggle, x done.
  minigrid: { left: 0, right: 1, up: 2, p: 3, d: 4, t: 5, space: 5, x: 6 },
  // Sokoban: arrows push (a push with no box moves, as in gym-sokoban); w/a/s/d move only; n no-op.
  sokoban: { up: 1, down: 2, left: 3, right: 4, w: 5, s: 6, a: 7, d: 8, n: 0 },
};

export const GRID_HELP: Record<"minigrid" | "sokoban", string> = {
  minigrid: "←/→ turn  ↑ forward  p pickup  d drop  t toggle  x done  r reset  q quit",
  sokoban: "arrows push/move  w/a/s/d move only  n no-op  r reset  q quit",
};

/**
 * Reads one typed action: text envs take any command as it is; discrete envs take an index or an
 * action name ("forward", "push up"). Anything else is the user's error, naming what is valid.
 */
export function parseAction(space: ActionSpace, text: string): Action {
  if (space.kind === "text") return text;
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed) && Number(trimmed) < space.n) return Number(trimmed);
  const index = space.names.indexOf(trimmed.toLowerCase());
  if (index >= 0) return index;
  const valid = space.names.map((name, i) => `${i} ${name}`).join(", ");
  throw new UserInputError("INVALID_ACTION", `invalid action "${trimmed}"; valid actions: ${valid}`);
}
