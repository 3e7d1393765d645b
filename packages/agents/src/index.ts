export type { Agent, AgentBudget, EpisodeResult, RunContext, TaskResult, TaskSpec } from "./types.js";
export { RandomAgent } from "./random/index.js";
