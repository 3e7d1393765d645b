import type { Env } from "@worldcoder/core";

/** Options every env accepts from `makeEnv`; domains read the ones they know. */
export interface EnvOptions {
  /** Overrides the registered episode length. */
  maxSteps?: number;
  /** Sokoban/Boxoban: a level file and the level index inside it. */
  levelFile?: string;
  levelIndex?: number;
  /** Any domain-specific option (documented in the domain's README section). */
  [key: string]: unknown;
}

/** One registered env id and how to build it. */
export interface EnvSpec {
  id: string;
  domain: "sokoban" | "minigrid" | "alfworld";
  description: string;
  create(options: EnvOptions): Env;
}
