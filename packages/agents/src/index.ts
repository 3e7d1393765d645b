export type { Agent, AgentBudget, EpisodeResult, RunContext, TaskResult, TaskSpec } from "./types.js";
