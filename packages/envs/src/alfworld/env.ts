import {
  type ActionSpace,
  type Env,
  type Goal,
  NumpyGenerator,
  type RenderMode,
  type ResetResult,
  type StepResult,
  UserInputError,
  WorldCoderError,
} from "@worldcoder/core";
import { generateScene } from "./generator.js";
import { Household, type Presentation } from "./household.js";
import { renderSvg, renderText } from "./render.js";
import type { AlfworldScene, AlfworldTask, AlfworldTaskType } from "./scene.js";
import { type AlfworldSymbolicState, symbolicState } from "./symbolic.js";
import { taskWon } from "./task.js";
import { NOTHING_HAPPENS, WELCOME_BANNER } from "./text.js";

export interface AlfworldEnvConfig {
  id: string;
  /** A fixed scene: every reset starts it again. */
  scene?: AlfworldScene;
  /** Without a scene: each reset generates a scene of this task type from the env's random stream. */
  taskType?: AlfworldTaskType;
  /** ReAct's `max_nb_steps_per_episode`: 50; every step counts, invalid ones too. */
  maxSteps?: number;
  /**
   * "react" (default): observations as the ReAct harness showed them ("go to" without "You arrive
   * at loc N. ", no banner, `think: …` answered "OK."). "textworld": the raw env text.
   */
  presentation?: Presentation;
}

export const ALFWORLD_MAX_STEPS = 50;

const EXAMPLES = [
  "go to countertop 1",
  "open fridge 1",
  "take apple 1 from countertop 1",
  "put apple 1 in/on fridge 1",
  "heat apple 1 with microwave 1",
  "use desklamp 1",
  "examine apple 1",
  "inventory",
  "look",
];

/** The powered variant's commands: ALFWorld's, plus the power switches (listed where a prompt shows them). */
const POWERED_EXAMPLES = [...EXAMPLES.slice(0, 5), "turn on microwave 1", "turn off microwave 1", ...EXAMPLES.slice(5)];

/** `info` of reset and step: the admissible commands of the new state and whether the goal holds. */
export interface AlfworldInfo extends Record<string, unknown> {
  won: boolean;
  admissibleCommands: string[];
}

/**
 * The ALFWorld text household (old ≤0.3 command grammar, as in ReAct): observations and actions are
 * strings; reward 1 and `terminated` on the step that satisfies the task; `truncated` at maxSteps.
 */
export class AlfworldEnv implements Env<string, string> {
  readonly id: string;
  readonly actionSpace: ActionSpace;
  readonly maxSteps: number;
  readonly presentation: Presentation;
  private readonly fixedScene: AlfworldScene | undefined;
  private readonly taskType: AlfworldTaskType | undefined;
  private rng: NumpyGenerator | null = null;
  private current: AlfworldScene | null = null;
  private world: Household | null = null;
  private lastObservation = "";
  private stepCount = 0;
  private won = false;

  constructor(config: AlfworldEnvConfig) {
    if (!config.scene && !config.taskType) {
      throw new UserInputError("ALFWORLD_NO_SCENE", `${config.id} needs a scene (option "scene") or a task type`);
    }
    this.id = config.id;
    this.fixedScene = config.scene;
    this.taskType = config.taskType;
    this.maxSteps = config.maxSteps ?? ALFWORLD_MAX_STEPS;
    this.presentation = config.presentation ?? "react";
    const powered = config.taskType === "pick_powered_heat_then_place_in_recep" || config.scene?.receptacles.some((r) => r.on !== undefined);
    this.actionSpace = { kind: "text", examples: powered ? POWERED_EXAMPLES : EXAMPLES };
  }

  /**
   * A seeded reset generates the scene from numpy's Generator(PCG64(seed)); a reset without a seed
   * continues that stream (seed 0 if the env was never seeded). Fixed-scene envs ignore the seed.
   */
  reset(seed?: number): ResetResult<string> {
    let scene: AlfworldScene;
    if (this.fixedScene) {
      scene = this.fixedScene;
    } else {
      if (seed !== undefined || this.rng === null) this.rng = NumpyGenerator.fromSeed(seed ?? 0);
      scene = generateScene(this.taskType!, this.rng, seed === undefined ? undefined : `generated:${this.taskType}:${seed}`);
    }
    this.current = scene;
    this.world = new Household(scene);
    this.stepCount = 0;
    // Only a step that reaches the goal pays; a hand-written scene may already satisfy it.
    this.won = taskWon(scene.task, this.world);
    const look = this.world.look();
    const task = `Your task is to: ${scene.task.text}`;
    // The ReAct harness keeps everything after the banner's blank line, joined by single newlines.
    this.lastObservation =
      this.presentation === "react" ? `${look}\n${task}` : `${WELCOME_BANNER}\n\n${look}\n\n${task}`;
    return { observation: this.lastObservation, info: this.info() };
  }

  step(action: string): StepResult<string> {
    const world = this.requireWorld();
    if (typeof action !== "string") {
      throw new UserInputError("ALFWORLD_ACTION_NOT_TEXT", `ALFWorld actions are text commands, got ${JSON.stringify(action)}`);
    }
    this.stepCount++;
    const command = action.trim();
    let observation: string;
    if (this.presentation === "react" && command.startsWith("think:")) {
      observation = "OK.";
    } else {
      observation = world.execute(command, this.presentation) ?? NOTHING_HAPPENS;
    }
    const wasWon = this.won;
    this.won = taskWon(this.current!.task, world);
    this.lastObservation = observation;
    return {
      observation,
      reward: this.won && !wasWon ? 1 : 0,
      terminated: this.won,
      truncated: this.stepCount >= this.maxSteps,
      info: this.info(),
    };
  }

  /** Commands that change or report the state right now, sorted (TextWorld's admissible commands). */
  admissibleCommands(): string[] {
    return this.requireWorld().admissibleCommands();
  }

  symbolicState(): AlfworldSymbolicState {
    return symbolicState(this.requireWorld());
  }

  goal(): Goal {
    return { text: this.task().text };
  }

  task(): AlfworldTask {
    this.requireWorld();
    return this.current!.task;
  }

  /** The scene of the current episode (plain JSON; save it to replay the episode). */
  scene(): AlfworldScene {
    this.requireWorld();
    return this.current!;
  }

  render(mode: RenderMode): string {
    const input = {
      world: this.requireWorld(),
      task: this.current!.task,
      lastObservation: this.lastObservation,
      steps: this.stepCount,
      won: this.won,
    };
    return mode === "svg" ? renderSvg(input) : renderText(input);
  }

  private info(): AlfworldInfo {
    const world = this.world!;
    // A getter: listing every command costs more than a step, and most callers never read it.
    return {
      won: this.won,
      get admissibleCommands() {
        return world.admissibleCommands();
      },
    };
  }

  private requireWorld(): Household {
    if (!this.world) throw new WorldCoderError("ENV_NOT_RESET", `${this.id}: call reset() before using the env`);
    return this.world;
  }
}
