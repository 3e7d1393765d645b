import type { Action, ActionSpace, Env, Goal, RenderMode, ResetResult, State, StepResult } from "@worldcoder/core";
import { UserInputError } from "@worldcoder/core";
import type { ObfuscationCodec, ObfuscationMapping } from "./codec.js";
import { renderObfuscatedSvg, renderObfuscatedText } from "./render.js";

/**
 * An env seen through an obfuscation: the same dynamics, rewards and episode ends as the base env,
 * with states, actions and goal sentences encoded. Observations are the encoded symbolic state
 * (text envs: the encoded text). `info` keeps only what names nothing: admissible commands
 * (encoded) — gym-sokoban's `action.name`, for one, would give the game away.
 */
export class ObfuscatedEnv implements Env<State, Action> {
  readonly actionSpace: ActionSpace;
  private steps = 0;

  constructor(
    readonly id: string,
    private readonly base: Env,
    private readonly codec: ObfuscationCodec,
    readonly obfuscation: ObfuscationMapping,
  ) {
    this.actionSpace = codec.actionSpace;
  }

  reset(seed?: number): ResetResult<State> {
    const r = this.base.reset(seed);
    this.steps = 0;
    return { observation: this.observation(r.observation), info: this.info(r.info) };
  }

  step(action: Action): StepResult<State> {
    let baseAction: Action;
    try {
      baseAction = this.codec.decodeAction(action);
    } catch (error) {
      throw new UserInputError("BAD_ACTION", `${this.id}: ${(error as Error).message}`);
    }
    const r = this.base.step(baseAction);
    this.steps++;
    return { observation: this.observation(r.observation), reward: r.reward, terminated: r.terminated, truncated: r.truncated, info: this.info(r.info) };
  }

  symbolicState(): State {
    return this.codec.encodeState(this.base.symbolicState());
  }

  goal(): Goal {
    return { text: this.codec.encodeText(this.base.goal().text) };
  }

  render(mode: RenderMode): string {
    const status = `step ${this.steps}; goal: ${this.goal().text}`;
    if (mode === "text") return renderObfuscatedText(this.symbolicState(), status);
    if (mode === "svg") return renderObfuscatedSvg(this.symbolicState(), status);
    throw new UserInputError("RENDER_MODE", `${this.id}: unknown render mode ${String(mode)}`);
  }

  private observation(baseObservation: unknown): State {
    return typeof baseObservation === "string" ? this.codec.encodeText(baseObservation) : this.symbolicState();
  }

  private info(info: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (Array.isArray(info.admissibleCommands)) {
      out.admissibleCommands = (info.admissibleCommands as string[]).map((c) => this.codec.encodeAction(c));
    }
    return out;
  }
}
