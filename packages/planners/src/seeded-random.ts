import { mulberry32 } from "@worldcoder/core";

/** MCTS only needs a reproducible order of actions, not any particular reference stream. */
export const seededRandom = mulberry32;

/** Fisher–Yates with the given generator; returns a new array. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
