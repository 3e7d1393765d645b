import { envSpec } from "@worldcoder/envs";
import { tasksForJob } from "../runner/jobs.js";
import type { Suite } from "../suites/types.js";

/** One Sokoban-domain level a suite plays: its env id, level file (Boxoban) and episode seed. */
export interface LevelRef {
  envId: string;
  /** As the suite names it (relative to the repository root), null for generated rooms. */
  levelFile: string | null;
  seed: number;
}

export function levelKey(ref: LevelRef): string {
  return `${ref.envId}\u0000${ref.levelFile ?? ""}\u0000${ref.seed}`;
}

/** Every Sokoban-domain level the suite's jobs play (each job seed's episode seeds), sorted, once each. */
export function sokobanLevelsOf(suite: Suite): LevelRef[] {
  const levels = new Map<string, LevelRef>();
  for (const track of suite.tracks) {
    for (const seed of track.seeds ?? suite.seeds) {
      for (const task of tasksForJob({ track, seed })) {
        if (envSpec(task.envId).domain !== "sokoban") continue;
        for (const episodeSeed of task.seeds) {
          const ref = { envId: task.envId, levelFile: task.levelFile ?? null, seed: episodeSeed };
          levels.set(levelKey(ref), ref);
        }
      }
    }
  }
  return [...levels.values()].sort((a, b) => a.envId.localeCompare(b.envId) || (a.levelFile ?? "").localeCompare(b.levelFile ?? "") || a.seed - b.seed);
}
