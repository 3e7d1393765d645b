import { randomInt } from "node:crypto";
import { mulberry32, type ActionSpace, type Env, type Goal, type RenderMode, type ResetResult, type StepResult, UserInputError } from "@worldcoder/core";
import { BOX, BOX_ON_TARGET, FIXED_TARGET, PLAYER, SOKOBAN_ACTION_NAMES, SOKOBAN_GOAL_TEXT } from "../constants.js";
import { renderSvg, renderText } from "../render.js";
import { gymSokobanReward } from "../reward.js";
import { generateTeleportLevel, type TeleportGenerationOptions } from "./generator.js";
import { gatePairsRC, teleportRow, twinTable, type SokobanTeleportState, type TeleportLevel } from "./level.js";
import { teleportStep } from "./rules.js";

export interface SokobanTeleportConfig {
  maxSteps: number;
  /** Generated levels (one per seed) … */
  generation?: TeleportGenerationOptions;
  /** … or always this level (tests, hand-made puzzles). */
  level?: TeleportLevel;
}

const ACTION_SPACE: ActionSpace = { kind: "discrete", n: 9, names: SOKOBAN_ACTION_NAMES };

/**
 * Sokoban with teleport gates (this project's variant, not gym-sokoban's): Sokoban-v0's actions,
 * rewards and `done`, plus gate pairs — see `teleportStep` and the README. `reset(seed)` plays the
 * level generated from `seed`; `reset()` draws the next level seed from a stream that `reset(seed)`
 * re-seeds. Reset info tells the level's size, gates and shortest solutions (with and without gates).
 */
export class SokobanTeleportEnv implements Env<SokobanTeleportState, number> {
  readonly actionSpace = ACTION_SPACE;
  readonly maxSteps: number;
  private level: TeleportLevel | null = null;
  private twin: Int16Array = new Int16Array(0);
  private box: Uint8Array = new Uint8Array(0);
  private player = -1;
  private numTargets = 0;
  private onTarget = 0;
  private seeds: (() => number) | null = null;
  numEnvSteps = 0;
  rewardLast = 0;

  constructor(
    readonly id: string,
    private readonly config: SokobanTeleportConfig,
  ) {
    this.maxSteps = config.maxSteps;
  }

  reset(seed?: number): ResetResult<SokobanTeleportState> {
    if (seed !== undefined && (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32)) {
      throw new UserInputError("BAD_SEED", `${this.id}: seed must be an integer 0 <= seed < 2^32, got ${seed}`);
    }
    if (seed !== undefined) this.seeds = mulberry32(seed);
    this.seeds ??= mulberry32(randomInt(0, 2 ** 32));
    const levelSeed = seed ?? Math.floor(this.seeds() * 2 ** 32);
    const info: Record<string, unknown> = { levelSeed };
    if (this.config.level) {
      this.load(this.config.level);
    } else if (this.config.generation) {
      const generated = generateTeleportLevel(levelSeed, this.config.generation);
      this.load(generated.level);
      Object.assign(info, {
        optimalSteps: generated.optimalSteps,
        optimalStepsWithoutGates: generated.optimalStepsWithoutGates,
      });
    } else {
      throw new UserInputError("SOKOBAN_TELEPORT_CONFIG", `${this.id}: needs generation options or a level`);
    }
    const level = this.level!;
    Object.assign(info, { rows: level.rows, cols: level.cols, boxes: level.boxes.length, gatePairs: level.gates.length });
    return { observation: this.symbolicState(), info };
  }

  private load(level: TeleportLevel): void {
    this.level = level;
    this.twin = twinTable(level);
    this.box = new Uint8Array(level.rows * level.cols);
    for (const b of level.boxes) this.box[b] = 1;
    this.player = level.player;
    this.numTargets = level.fixed.reduce((n, f) => n + (f === FIXED_TARGET ? 1 : 0), 0);
    this.onTarget = this.countOnTarget();
    this.numEnvSteps = 0;
    this.rewardLast = 0;
  }

  private countOnTarget(): number {
    let n = 0;
    const fixed = this.level!.fixed;
    for (let i = 0; i < fixed.length; i++) if (this.box[i] && fixed[i] === FIXED_TARGET) n++;
    return n;
  }

  step(action: number): StepResult<SokobanTeleportState> {
    const level = this.level;
    if (!level) throw new UserInputError("ENV_NOT_RESET", `${this.id}: call reset() before step()`);
    if (!Number.isInteger(action) || action < 0 || action > 8) {
      throw new UserInputError("BAD_ACTION", `${this.id}: action must be an integer 0..8, got ${String(action)}`);
    }
    this.numEnvSteps++;
    const out = teleportStep(level.cols, level.fixed, this.twin, this.box, this.player, action);
    this.player = out.player;
    const after = this.countOnTarget();
    const allOnTarget = after === this.numTargets;
    const reward = gymSokobanReward(this.onTarget, after, allOnTarget);
    this.onTarget = after;
    this.rewardLast = reward;
    const truncated = this.numEnvSteps === this.maxSteps;
    return {
      observation: this.symbolicState(),
      reward,
      terminated: allOnTarget,
      truncated,
      info: {
        "action.name": SOKOBAN_ACTION_NAMES[action],
        "action.moved_player": out.movedPlayer,
        "action.moved_box": out.movedBox,
        "action.teleported": out.teleported,
        done: allOnTarget || truncated,
      },
    };
  }

  /** `{ grid, gates }`: see `SokobanTeleportState`. */
  symbolicState(): SokobanTeleportState {
    const level = this.level;
    if (!level) return { grid: [], gates: [] };
    const grid: string[] = [];
    for (let r = 0; r < level.rows; r++) grid.push(teleportRow(level, this.twin, this.box, this.player, r));
    return { grid, gates: gatePairsRC(level) };
  }

  goal(): Goal {
    return { text: SOKOBAN_GOAL_TEXT };
  }

  render(mode: RenderMode): string {
    const level = this.level;
    if (!level) throw new UserInputError("ENV_NOT_RESET", `${this.id}: call reset() before render()`);
    const state = this.symbolicState();
    const input = {
      rows: level.rows,
      cols: level.cols,
      fixed: level.fixed,
      state: this.stateLayer(),
      grid: state.grid,
      numEnvSteps: this.numEnvSteps,
      maxSteps: this.maxSteps,
      boxesOnTarget: this.onTarget,
      numBoxes: level.boxes.length,
      lastReward: this.rewardLast,
      gates: level.gates,
    };
    if (mode === "svg") return renderSvg(input);
    if (mode !== "text") throw new UserInputError("RENDER_MODE", `${this.id}: unknown render mode ${String(mode)}`);
    const pairs = state.gates.map(([a, b], k) => `${k + 1}: (${a.join(",")})<->(${b.join(",")})`).join("  ");
    const text = renderText(input).split("\n");
    return [...text.slice(0, -1), `gates ${pairs}`, text[text.length - 1]].join("\n");
  }

  /** gym-sokoban's `room_state` codes for the drawing (gates are floor there). */
  private stateLayer(): Uint8Array {
    const { fixed } = this.level!;
    const state = new Uint8Array(fixed.length);
    for (let i = 0; i < fixed.length; i++) {
      state[i] = this.box[i] ? (fixed[i] === FIXED_TARGET ? BOX_ON_TARGET : BOX) : fixed[i];
    }
    state[this.player] = PLAYER;
    return state;
  }

  /** The level being played (start position, gates). */
  currentLevel(): TeleportLevel | null {
    return this.level;
  }
}
