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
  /** Agents that play this track (default: every agent of the run). ReAct, which pays one LLM call per step, runs on subsets. */
  agents?: string[];
  /** Job seeds for this track, overriding the suite's. */
  seeds?: number[];
  /** Budget fields for this track's jobs, overriding the suite's. */
  budget?: AgentBudget;
  /**
   * When true, job seed j plays its own episodes: each task's episode seed s becomes
   * s + j × (episodes in the task). Seeds then sample different rooms or households rather than
   * replaying the same ones, which is what per-seed intervals should measure for agents whose
   * only randomness is the model's (ReAct). Job seed 0 plays the seeds as written.
   */
  episodeSeedsFollowJob?: boolean;
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
  /** Options per agent name, passed to `createAgent` (e.g. ReAct's turns per episode). Part of the suite's identity. */
  agentOptions?: Record<string, Record<string, unknown>>;
  /**
   * Whose list price turns tokens into dollars. Bridge-recorded answers cost nothing, so a
   * suite names the model its figures are priced as (the paper ran GPT-4).
   */
  priceAs?: string;
  /**
   * The folder of `fixtures/cassettes/` whose recordings this suite replays (default: its own
   * name). The smoke suite replays a slice of the paper suite's recordings this way, so CI
   * checks real recorded runs without recording twice.
   */
  cassetteSuite?: string;
}
