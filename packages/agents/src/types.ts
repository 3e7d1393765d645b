import type { Env } from "@worldcoder/core";
import type { LlmClient } from "@worldcoder/llm";

/** One task of a track: an env id played for a number of episodes (seeds or levels). */
export interface TaskSpec {
  envId: string;
  /** Episode k resets with seeds[k] (MiniGrid, ALFWorld) or loads level k (Boxoban). */
  seeds: number[];
  /** Overrides the env's own episode length. */
  maxStepsPerEpisode?: number;
  /** Boxoban / hand-written levels: the file the seeds index into. */
  levelFile?: string;
}

export interface AgentBudget {
  maxLlmCalls?: number;
  maxDollars?: number;
  maxEnvSteps?: number;
}

/** What the runner gives an agent. */
export interface RunContext {
  makeEnv(task: TaskSpec): Env;
  /** Absent for agents that use no model (random). */
  llm?: LlmClient;
  /** Seeds the agent's own randomness (exploration, Thompson sampling). */
  seed: number;
  budget: AgentBudget;
  /** Progress events for people; never part of results. */
  log?(message: string): void;
}

/**
 * How an episode ended: exactly one per episode. The first four are the agent's own failures;
 * `llm_infra_error` and `harness_error` say nothing about the agent and are never counted in its
 * success rate. How each is decided: `shared/outcome.ts`.
 */
export type EpisodeOutcome =
  | "success"
  | "step_limit"
  | "gave_up"
  | "invalid_output"
  | "sandbox_violation"
  | "llm_infra_error"
  | "harness_error";

export interface EpisodeResult {
  envId: string;
  seed: number;
  /** 0 for an episode that was never played (budget spent before it, or the job failed). */
  steps: number;
  success: boolean;
  return: number;
  llmCalls: number;
  outcome: EpisodeOutcome;
}

/** How one program fared on the specification when it was scored. */
export interface ProgramScore {
  /** The task's env steps at that moment. */
  envStep: number;
  /** Fraction of the stored transitions it reproduced exactly (0 when it did not load). */
  fit: number;
  /** Stored transitions it was scored on. */
  transitions: number;
  /**
   * The optimism check: from how many stored episode starts (of `starts`) a plan reaches the goal's
   * reward. Null when it was not checked (the data did not fit, or the domain or options skip it).
   */
  optimism: { solved: number; starts: number } | null;
  /** Fitted every transition and passed optimism (when checked): the synthesizer accepted it. */
  accepted: boolean;
}

/**
 * One program WorldCoder tried on a task, in the order they were produced. A root (`parent`
 * null: a first draft, or the program carried in from the previous task) keeps its full
 * `source`; every other version keeps only the unified `diff` from its parent, which keeps
 * results small — the source is rebuilt by applying the diffs from the root.
 */
export interface ProgramVersion extends ProgramScore {
  id: number;
  parent: number | null;
  origin: "given" | "init" | "refine" | "optimism" | "guess-reward";
  /** The task's LLM call (1-based) whose answer this is; null for a carried-in program. */
  llmCall: number | null;
  loadError: string | null;
  /** Later re-checks of the same program (at episode starts and after new data), in order. */
  rechecks: ProgramScore[];
  /** Env steps (of the task) at which the agent's program, while it was this one, mispredicted. */
  mispredictedAt: number[];
  source: string | null;
  diff: string | null;
}

/** Everything the report needs about one task of a track, all deterministic. */
export interface TaskResult {
  envId: string;
  episodes: EpisodeResult[];
  envSteps: number;
  successes: number;
  llmCalls: number;
  promptTokens: number;
  completionTokens: number;
  dollars: number;
  /** Env steps until the first accepted world model (WorldCoder), null when none. */
  envStepsToFirstModel: number | null;
  /** Env steps until the first positive reward, null when never. */
  envStepsToFirstReward: number | null;
  /** Episodes until the first success, null when never. */
  episodesToFirstSuccess: number | null;
  /** LLM calls and actions taken after the model was learned (calls per action = ratio). */
  llmCallsAfterLearning: number;
  actionsAfterLearning: number;
  /** WorldCoder: the accepted program, its size in lines, and how many refinements it took. */
  program: string | null;
  programLines: number | null;
  refinements: number | null;
  /** WorldCoder: every program tried on this task; null for agents that write none. */
  programHistory: ProgramVersion[] | null;
  /**
   * WorldCoder: scorings in which a program fit every transition but failed the optimism check
   * (no plan reaches the goal's reward from some stored episode start); null for other agents.
   */
  optimismRejections: number | null;
  /**
   * WorldCoder: env steps of this task until the program it ended with was accepted, counted only
   * when that program never mispredicted afterwards (a later misprediction resets the count to the
   * next acceptance). Null when the task ended without an accepted program. A program carried in
   * from the previous task and accepted at once counts 0.
   */
  envStepsToCorrectModel: number | null;
  invalidActions: number;
  /** Why the task stopped early, if it did (budget reached, error code). */
  stopReason: string | null;
}

export interface Agent {
  readonly name: string;
  /** Plays the tasks in order; an agent may carry what it learned from one task to the next. */
  runTrack(tasks: TaskSpec[], context: RunContext): Promise<TaskResult[]>;
}
