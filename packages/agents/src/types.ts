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

export interface EpisodeResult {
  envId: string;
  seed: number;
  steps: number;
  success: boolean;
  return: number;
  llmCalls: number;
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
  invalidActions: number;
  /** Why the task stopped early, if it did (budget reached, error code). */
  stopReason: string | null;
}

export interface Agent {
  readonly name: string;
  /** Plays the tasks in order; an agent may carry what it learned from one task to the next. */
  runTrack(tasks: TaskSpec[], context: RunContext): Promise<TaskResult[]>;
}
