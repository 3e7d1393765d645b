import { randomInt } from "node:crypto";
import {
  type ActionSpace,
  type Env,
  type Goal,
  NumpyRandomState,
  PyRandom,
  type RenderMode,
  type ResetResult,
  type StepResult,
  UserInputError,
} from "@worldcoder/core";
import {
  BOX,
  BOX_ON_TARGET,
  DIRECTION_DELTAS,
  FIXED_TARGET,
  FLOOR,
  PLAYER,
  SOKOBAN_ACTION_NAMES,
  SOKOBAN_GOAL_TEXT,
  TARGET,
} from "./constants.js";
import { generateRoom, RoomGenerationError } from "./generator.js";
import { type BoxobanLevel, levelToRoom } from "./levels.js";
import { renderSvg, renderText } from "./render.js";
import { gymSokobanReward } from "./reward.js";
import { type BoxMappingEntry, layerRows, type SokobanRoom } from "./room.js";
import { roomRowToString, type SokobanState } from "./symbolic.js";

/** A generated-room variant: gym-sokoban's constructor arguments. */
export interface SokobanGeneratedConfig {
  kind: "generated";
  rows: number;
  cols: number;
  numBoxes: number;
  maxSteps: number;
  numGenSteps: number;
}

/** Fixed levels (Boxoban files or hand-written ones). */
export interface SokobanLevelsConfig {
  kind: "levels";
  levels: BoxobanLevel[];
  /** Always play this level (its `; N` index); otherwise `random.choice` over the levels. */
  levelIndex?: number;
  maxSteps: number;
}

export interface SokobanEnvOptions {
  /** `"none"` makes `reset`/`step` return `null` observations for hot loops (call `symbolicState()`). */
  observation?: "symbolic" | "none";
}

/** Step info: gym-sokoban's fields, plus the original 4-tuple's `done`. */
export interface SokobanStepInfo {
  "action.name": string;
  "action.moved_player": boolean;
  "action.moved_box": boolean;
  maxsteps_used?: boolean;
  all_boxes_on_target?: boolean;
  /** gym-sokoban's `done`: all boxes on target, or `num_env_steps == max_steps` (equality). */
  done: boolean;
  [key: string]: unknown;
}

const ACTION_SPACE: ActionSpace = { kind: "discrete", n: 9, names: SOKOBAN_ACTION_NAMES };
const MAX_GENERATION_RETRIES = 10_000;

/**
 * gym-sokoban's `SokobanEnv` (and Boxoban) on the Gymnasium-like `Env` contract.
 *
 * `reset(seed)` does what the golden data did before construction — `random.seed(s);
 * np.random.seed(s)` — and then generates; `reset()` continues both streams. Steps follow the
 * original exactly (rewards −0.1, +1/−1, +10 in that order; `done` with `==` on max_steps; no
 * guard against stepping after done). `terminated` = all boxes on target, `truncated` = the
 * original's max-steps `done`; `info.done` keeps the original flag.
 */
export class SokobanEnv implements Env<SokobanState | null, number> {
  readonly actionSpace = ACTION_SPACE;
  readonly maxSteps: number;
  private readonly py = new PyRandom(0);
  private readonly npr = new NumpyRandomState(0);
  private seeded = false;
  private rows = 0;
  private cols = 0;
  private fixed: Uint8Array = new Uint8Array(0);
  private state: Uint8Array = new Uint8Array(0);
  private player = -1;
  private numTargets = 0;
  private coveredTargets = 0;
  /** gym-sokoban's `boxes_on_target` (number of boxes minus uncovered targets at the last step). */
  private boxesOnTarget = 0;
  private numBoxes = 0;
  private mapping: BoxMappingEntry[] = [];
  private levelIndex: number | null = null;
  // Row strings of the symbolic grid, rebuilt only for rows a step changed (strings are immutable,
  // so every symbolic state can share them).
  private rowCache: string[] = [];
  private dirtyRows: Uint8Array = new Uint8Array(0);
  numEnvSteps = 0;
  rewardLast = 0;
  /** How many times the last reset caught a generator error and generated again. */
  generationRetries = 0;

  constructor(
    readonly id: string,
    private readonly config: SokobanGeneratedConfig | SokobanLevelsConfig,
    private readonly options: SokobanEnvOptions = {},
  ) {
    this.maxSteps = config.maxSteps;
  }

  reset(seed?: number): ResetResult<SokobanState | null> {
    if (seed !== undefined) {
      this.py.seed(seed);
      this.npr.seed(seed);
      this.seeded = true;
    } else if (!this.seeded) {
      // Gymnasium seeds a never-seeded env from entropy; so do we.
      const s = randomInt(0, 2 ** 32);
      this.py.seed(s);
      this.npr.seed(s);
      this.seeded = true;
    }
    this.load(this.nextRoom());
    const info: Record<string, unknown> = { generationRetries: this.generationRetries };
    if (this.levelIndex !== null) info.levelIndex = this.levelIndex;
    return { observation: this.observation(), info };
  }

  private nextRoom(): SokobanRoom {
    const config = this.config;
    this.generationRetries = 0;
    if (config.kind === "levels") {
      const level =
        config.levelIndex === undefined
          ? this.py.choice(config.levels)
          : config.levels.find((l) => l.index === config.levelIndex);
      if (!level) {
        throw new UserInputError("LEVEL_INDEX", `no level with index ${config.levelIndex} (${config.levels.length} levels)`);
      }
      this.levelIndex = level.index;
      return levelToRoom(level);
    }
    for (;;) {
      try {
        return generateRoom(
          { rows: config.rows, cols: config.cols, numSteps: config.numGenSteps, numBoxes: config.numBoxes },
          this.py,
          this.npr,
        );
      } catch (error) {
        if (!(error instanceof RoomGenerationError) || this.generationRetries >= MAX_GENERATION_RETRIES) throw error;
        this.generationRetries++;
      }
    }
  }

  private load(room: SokobanRoom): void {
    this.rows = room.rows;
    this.cols = room.cols;
    this.fixed = room.fixed;
    this.state = room.state;
    this.mapping = room.boxMapping;
    this.player = room.state.indexOf(PLAYER);
    this.rowCache = new Array<string>(room.rows).fill("");
    this.dirtyRows = new Uint8Array(room.rows).fill(1);
    this.numTargets = 0;
    this.coveredTargets = 0;
    this.numBoxes = 0;
    for (let i = 0; i < room.state.length; i++) {
      const v = room.state[i];
      if (v === BOX || v === BOX_ON_TARGET) this.numBoxes++;
      if (room.fixed[i] === FIXED_TARGET) {
        this.numTargets++;
        if (v === BOX || v === BOX_ON_TARGET) this.coveredTargets++;
      }
    }
    if (this.config.kind === "generated") this.numBoxes = this.config.numBoxes;
    this.numEnvSteps = 0;
    this.rewardLast = 0;
    // gym-sokoban resets this to 0; every room it makes starts with no box on a target, and for
    // hand-written levels with `*` the true count avoids a spurious +1 on the first step.
    this.boxesOnTarget = this.numBoxes - (this.numTargets - this.coveredTargets);
  }

  step(action: number): StepResult<SokobanState | null> {
    if (this.player < 0) throw new UserInputError("ENV_NOT_RESET", `${this.id}: call reset() before step()`);
    if (!Number.isInteger(action) || action < 0 || action > 8) {
      throw new UserInputError("BAD_ACTION", `${this.id}: action must be an integer 0..8, got ${String(action)}`);
    }
    this.numEnvSteps++;
    let movedPlayer = false;
    let movedBox = false;
    if (action >= 1 && action <= 4) {
      const pushed = this.push(action);
      movedPlayer = pushed !== 0;
      movedBox = pushed === 2;
    } else if (action >= 5) {
      movedPlayer = this.move(action);
    }

    const current = this.numBoxes - (this.numTargets - this.coveredTargets);
    const allOnTarget = this.coveredTargets === this.numTargets;
    const reward = gymSokobanReward(this.boxesOnTarget, current, allOnTarget);
    this.boxesOnTarget = current;
    this.rewardLast = reward;

    const maxStepsUsed = this.maxSteps === this.numEnvSteps;
    const done = allOnTarget || maxStepsUsed;
    const info: SokobanStepInfo = {
      "action.name": SOKOBAN_ACTION_NAMES[action],
      "action.moved_player": movedPlayer,
      "action.moved_box": movedBox,
      done,
    };
    if (done) {
      info.maxsteps_used = maxStepsUsed;
      info.all_boxes_on_target = allOnTarget;
    }
    return { observation: this.observation(), reward, terminated: allOnTarget, truncated: maxStepsUsed, info };
  }

  /** 0 nothing moved, 1 the player moved, 2 the player pushed a box. */
  private push(action: number): number {
    const [dr, dc] = DIRECTION_DELTAS[(action - 1) % 4];
    const r = Math.floor(this.player / this.cols);
    const c = this.player - r * this.cols;
    const br = r + 2 * dr;
    const bc = c + 2 * dc;
    // The original gives up (no move either) when the box would leave the array past the
    // bottom/right edge; the wall border makes that unreachable in its rooms.
    if (br >= this.rows || bc >= this.cols) return 0;
    const next = this.player + dr * this.cols + dc;
    if (br >= 0 && bc >= 0) {
      const beyond = br * this.cols + bc;
      const nv = this.state[next];
      const bv = this.state[beyond];
      if ((nv === BOX || nv === BOX_ON_TARGET) && (bv === FLOOR || bv === TARGET)) {
        const target = this.fixed[beyond] === FIXED_TARGET;
        this.state[beyond] = target ? BOX_ON_TARGET : BOX;
        if (this.fixed[next] === FIXED_TARGET) this.coveredTargets--;
        if (target) this.coveredTargets++;
        this.state[next] = PLAYER;
        this.state[this.player] = this.fixed[this.player];
        this.dirtyRows[r] = 1;
        this.dirtyRows[br] = 1;
        this.dirtyRows[r + dr] = 1;
        this.player = next;
        return 2;
      }
    }
    return this.move(action) ? 1 : 0;
  }

  private move(action: number): boolean {
    const [dr, dc] = DIRECTION_DELTAS[(action - 1) % 4];
    const r = Math.floor(this.player / this.cols) + dr;
    const c = (this.player % this.cols) + dc;
    // Outside the array counts as wall (numpy would wrap negative indices; unreachable with walls).
    if (r < 0 || c < 0 || r >= this.rows || c >= this.cols) return false;
    const next = r * this.cols + c;
    const v = this.state[next];
    if (v !== FLOOR && v !== TARGET) return false;
    this.state[next] = PLAYER;
    this.state[this.player] = this.fixed[this.player];
    this.dirtyRows[r] = 1;
    this.dirtyRows[r - dr] = 1;
    this.player = next;
    return true;
  }

  private observation(): SokobanState | null {
    return this.options.observation === "none" ? null : this.symbolicState();
  }

  /** `{ grid }`: see `SokobanState`. Computed on demand from the two layers. */
  symbolicState(): SokobanState {
    const rows = this.rowCache;
    for (let r = 0; r < this.rows; r++) {
      if (this.dirtyRows[r]) {
        rows[r] = roomRowToString(this.fixed, this.state, r, this.cols);
        this.dirtyRows[r] = 0;
      }
    }
    return { grid: rows.slice() };
  }

  goal(): Goal {
    return { text: SOKOBAN_GOAL_TEXT };
  }

  render(mode: RenderMode): string {
    const input = {
      rows: this.rows,
      cols: this.cols,
      fixed: this.fixed,
      state: this.state,
      grid: this.symbolicState().grid,
      numEnvSteps: this.numEnvSteps,
      maxSteps: this.maxSteps,
      boxesOnTarget: this.coveredTargets,
      numBoxes: this.numBoxes,
      lastReward: this.rewardLast,
    };
    if (mode === "text") return renderText(input);
    if (mode === "svg") return renderSvg(input);
    throw new UserInputError("RENDER_MODE", `${this.id}: unknown render mode ${String(mode)}`);
  }

  /** An independent copy: room, counters and both random streams. */
  clone(): SokobanEnv {
    const copy = new SokobanEnv(this.id, this.config, this.options);
    Object.assign(copy, this, {
      py: this.py.clone(),
      npr: this.npr.clone(),
      fixed: this.fixed.slice(),
      state: this.state.slice(),
      rowCache: this.rowCache.slice(),
      dirtyRows: this.dirtyRows.slice(),
      mapping: this.mapping.map(([t, b]) => [[...t], [...b]]),
    });
    return copy;
  }

  /** gym-sokoban's `room_fixed` as rows (0 wall, 1 floor, 2 target). */
  roomFixed(): number[][] {
    return layerRows(this.fixed, this.rows, this.cols);
  }

  /** gym-sokoban's `room_state` as rows (0 wall, 1 floor, 2 target, 3 box on target, 4 box, 5 player). */
  roomState(): number[][] {
    return layerRows(this.state, this.rows, this.cols);
  }

  /** Generated rooms: target → box cell after reverse play (gym-sokoban's `box_mapping`). */
  boxMapping(): BoxMappingEntry[] {
    return this.mapping.map(([t, b]) => [[...t], [...b]]);
  }

  /** `[row, col]` of the player. */
  playerPosition(): [number, number] {
    return [Math.floor(this.player / this.cols), this.player % this.cols];
  }
}
