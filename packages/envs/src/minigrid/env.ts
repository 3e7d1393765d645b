import { randomInt } from "node:crypto";
import { UserInputError, type ActionSpace, type Env, type Goal, type RenderMode, type ResetResult, type StepResult } from "@worldcoder/core";
import { ACTION_NAMES, DIR_DX, DIR_DY } from "./constants.js";
import {
  EMPTY,
  S_CLOSED,
  S_LOCKED,
  S_OPEN,
  T_BOX,
  T_DOOR,
  T_GOAL,
  T_KEY,
  T_LAVA,
  canOverlap,
  canPickup,
  cellColor,
  cellType,
  colorName,
  typeName,
  type Cell,
} from "./cell.js";
import type { Grid } from "./grid.js";
import type { Episode, LevelSpec, StepContext } from "./level.js";
import { LevelBuilder, type MinigridRandom } from "./level-builder.js";
import { insertKey, lockMask } from "./locks.js";
import { renderMinigridSvg, renderMinigridText } from "./render.js";
import { successReward } from "./reward.js";
import { minigridSymbolicState, type MinigridSymbolicState } from "./symbolic.js";
import { egocentricImage } from "./view.js";

/** MiniGrid's observation: the egocentric 7×7 view, the compass direction and the mission text. */
export interface MinigridObservation {
  image: number[][][];
  direction: number;
  mission: string;
}

export type RandomFactory = (seed: number) => MinigridRandom;

export interface MinigridEnvOptions {
  maxSteps?: number;
  /** Builds the numpy-compatible stream for a seed (tests may inject one). */
  createRandom: RandomFactory;
}

const ACTION_SPACE: ActionSpace = { kind: "discrete", n: 7, names: ACTION_NAMES };

/**
 * One MiniGrid env (`MiniGridEnv` of Farama Minigrid 2.3.1): same layouts from the same seed,
 * same steps, rewards and observations. The grid is a flat typed array; a step allocates only
 * its observation.
 */
export class MinigridEnv implements Env<MinigridObservation, number> {
  readonly actionSpace = ACTION_SPACE;
  readonly maxSteps: number;
  grid: Grid;
  agentX = -1;
  agentY = -1;
  agentDir = 0;
  carrying: Cell = EMPTY;
  stepCount = 0;
  mission = "";
  private episode: Episode = { mission: "" };
  private rng: MinigridRandom | undefined;
  private readonly ctx: MutableStepContext;

  constructor(
    readonly id: string,
    readonly level: LevelSpec,
    private readonly options: MinigridEnvOptions,
  ) {
    this.maxSteps = options.maxSteps ?? level.maxSteps;
    this.grid = new LevelBuilder(level.width, level.height, NO_RANDOM).grid;
    this.ctx = new MutableStepContext(this);
  }

  get width(): number {
    return this.level.width;
  }
  get height(): number {
    return this.level.height;
  }
  get seeThroughWalls(): boolean {
    return this.level.seeThroughWalls;
  }

  /** Seeded reset starts a fresh stream; without a seed the stream continues (gymnasium). */
  reset(seed?: number): ResetResult<MinigridObservation> {
    if (seed !== undefined) {
      if (!Number.isSafeInteger(seed) || seed < 0) throw new UserInputError("MINIGRID_BAD_SEED", `seed must be a non-negative integer, got ${seed}`);
      this.rng = this.options.createRandom(seed);
    } else if (!this.rng) {
      // gymnasium seeds from OS entropy when the first reset has no seed.
      this.rng = this.options.createRandom(randomInt(2 ** 47));
    }
    const b = new LevelBuilder(this.level.width, this.level.height, this.rng);
    this.episode = this.level.generate(b);
    this.grid = b.grid;
    this.agentX = b.agentX;
    this.agentY = b.agentY;
    this.agentDir = b.agentDir;
    this.mission = this.episode.mission;
    this.carrying = EMPTY;
    this.stepCount = 0;
    return { observation: this.observation(), info: { step_count: 0 } };
  }

  step(action: number): StepResult<MinigridObservation> {
    this.stepCount++;
    let reward = 0;
    let terminated = false;
    const grid = this.grid;
    const fx = this.agentX + DIR_DX[this.agentDir];
    const fy = this.agentY + DIR_DY[this.agentDir];
    const front = grid.get(fx, fy);
    const carryingBefore = this.carrying;

    switch (action) {
      case 0:
        this.agentDir = (this.agentDir + 3) & 3;
        break;
      case 1:
        this.agentDir = (this.agentDir + 1) & 3;
        break;
      case 2: {
        if (front === EMPTY || canOverlap(front)) {
          this.agentX = fx;
          this.agentY = fy;
        }
        const t = cellType(front);
        if (front !== EMPTY && t === T_GOAL) {
          terminated = true;
          reward = successReward(this.stepCount, this.maxSteps);
        } else if (front !== EMPTY && t === T_LAVA) {
          terminated = true;
        }
        break;
      }
      case 3:
        if (canPickup(front) && this.carrying === EMPTY) {
          this.carrying = front;
          grid.set(fx, fy, EMPTY);
        }
        break;
      case 4:
        if (front === EMPTY && this.carrying !== EMPTY) {
          grid.set(fx, fy, this.carrying);
          this.carrying = EMPTY;
        }
        break;
      case 5:
        if (front !== EMPTY) this.toggle(front, fx, fy);
        break;
      case 6:
        break;
      default:
        throw new UserInputError("MINIGRID_BAD_ACTION", `MiniGrid actions are integers 0–6, got ${String(action)}`);
    }

    const truncated = this.stepCount >= this.maxSteps;
    const after = this.episode.afterStep;
    if (after) {
      const ctx = this.ctx;
      ctx.action = action;
      ctx.carryingBefore = carryingBefore;
      ctx.reward = reward;
      ctx.terminated = terminated;
      after(ctx);
      reward = ctx.reward;
      terminated = ctx.terminated;
    }
    return { observation: this.observation(), reward, terminated, truncated, info: { step_count: this.stepCount } };
  }

  private toggle(front: Cell, fx: number, fy: number): void {
    const t = cellType(front);
    if (t === T_DOOR) {
      if (lockMask(front) !== 0) {
        // A door with several locks (TwoKeyDoor): each fitting key is used up in its lock.
        const next = insertKey(front, this.carrying);
        if (next !== null) {
          this.grid.set(fx, fy, next);
          this.carrying = EMPTY;
        }
        return;
      }
      const state = (front >> 7) & 3;
      let next = state;
      if (state === S_LOCKED) {
        // A locked door opens only for a carried key of its own colour (the key is kept).
        const c = this.carrying;
        if (c !== EMPTY && cellType(c) === T_KEY && cellColor(c) === cellColor(front)) next = S_OPEN;
      } else {
        next = state === S_OPEN ? S_CLOSED : S_OPEN;
      }
      this.grid.set(fx, fy, (front & ~(3 << 7)) | (next << 7));
    } else if (t === T_BOX) {
      // A box is replaced by its contents; boxes of the registered envs are always empty.
      this.grid.set(fx, fy, EMPTY);
    }
  }

  /**
   * An independent copy in the same state, random stream included (when the stream can be
   * copied), for look-ahead by planners and oracle agents.
   */
  clone(): MinigridEnv {
    const copy = new MinigridEnv(this.id, this.level, { ...this.options, maxSteps: this.maxSteps });
    copy.grid = this.grid.clone();
    copy.agentX = this.agentX;
    copy.agentY = this.agentY;
    copy.agentDir = this.agentDir;
    copy.carrying = this.carrying;
    copy.stepCount = this.stepCount;
    copy.mission = this.mission;
    // An episode's rules only read the step context and values fixed at generation: shareable.
    copy.episode = this.episode;
    copy.rng = this.rng?.clone?.();
    return copy;
  }

  observation(): MinigridObservation {
    return {
      image: egocentricImage({
        grid: this.grid,
        x: this.agentX,
        y: this.agentY,
        dir: this.agentDir,
        carrying: this.carrying,
        seeThroughWalls: this.level.seeThroughWalls,
      }),
      direction: this.agentDir,
      mission: this.mission,
    };
  }

  /** The carried object as the golden records write it: `[type, color]` or null. */
  carryingPair(): [string, string] | null {
    return this.carrying === EMPTY ? null : [typeName(this.carrying), colorName(this.carrying)];
  }

  symbolicState(): MinigridSymbolicState {
    return minigridSymbolicState(this);
  }

  goal(): Goal {
    return { text: this.mission };
  }

  render(mode: RenderMode): string {
    return mode === "svg" ? renderMinigridSvg(this) : renderMinigridText(this);
  }
}

/** Reused every step so the env-specific rules cost no allocation. */
class MutableStepContext implements StepContext {
  action = 0;
  carryingBefore: Cell = EMPTY;
  reward = 0;
  terminated = false;
  constructor(private readonly env: MinigridEnv) {}
  get grid(): Grid {
    return this.env.grid;
  }
  get agentX(): number {
    return this.env.agentX;
  }
  get agentY(): number {
    return this.env.agentY;
  }
  get agentDir(): number {
    return this.env.agentDir;
  }
  get carrying(): Cell {
    return this.env.carrying;
  }
  successReward(): number {
    return successReward(this.env.stepCount, this.env.maxSteps);
  }
}

const NO_RANDOM: MinigridRandom = {
  integers() {
    throw new Error("MiniGrid env used before reset()");
  },
  shuffle() {
    throw new Error("MiniGrid env used before reset()");
  },
};
