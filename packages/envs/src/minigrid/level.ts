import type { Cell } from "./cell.js";
import type { Grid } from "./grid.js";
import type { LevelBuilder } from "./level-builder.js";

/** What the env knows during a step, for an env's extra success/failure rules. */
export interface StepContext {
  readonly action: number;
  readonly grid: Grid;
  readonly agentX: number;
  readonly agentY: number;
  readonly agentDir: number;
  readonly carrying: Cell;
  /** What was carried before this step (PutNear's drop rule needs it). */
  readonly carryingBefore: Cell;
  /** `1 - 0.9 * (step_count / max_steps)`, the success reward of this step. */
  successReward(): number;
  reward: number;
  terminated: boolean;
}

/** One generated episode: its mission and the env-specific rules layered over the base step. */
export interface Episode {
  mission: string;
  afterStep?: (ctx: StepContext) => void;
}

/** A MiniGrid env class with its constructor arguments applied (one registered id). */
export interface LevelSpec {
  width: number;
  height: number;
  maxSteps: number;
  seeThroughWalls: boolean;
  /** `_gen_grid`: fills `b.grid`, sets the agent's start, returns the episode's mission and rules. */
  generate(b: LevelBuilder): Episode;
}
