import type { AgentBudget, TaskSpec } from "@worldcoder/agents";

/**
 * An ordered list of tasks one agent plays in one job. An agent may carry what it learned
 * from task to task, which is why the MiniGrid curriculum is a single track.
 */
export interface Track {
  /** Short, file-name safe: it names cassettes (`<agent>-<track>-<seed>.jsonl`) and job ids. */
  id: string;
  description: string;
  tasks: TaskSpec[];
}

/** A benchmark suite: what to run, with which agents, seeds and budgets. */
export interface Suite {
  name: string;
  description: string;
  tracks: Track[];
  /** Job seeds: each (agent, track) runs once per seed; the seed drives the agent's randomness. */
  seeds: number[];
  /** Agents run when `--agents` is not given. */
  agents: string[];
  budget: AgentBudget;
  /**
   * Whose list price turns tokens into dollars. Bridge-recorded answers cost nothing, so a
   * suite names the model its figures are priced as (the paper ran GPT-4).
   */
  priceAs?: string;
}
