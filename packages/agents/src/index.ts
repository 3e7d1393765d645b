export type { Agent, AgentBudget, EpisodeOutcome, EpisodeResult, ProgramScore, ProgramVersion, RunContext, TaskResult, TaskSpec } from "./types.js";
export { programSources } from "./worldcoder/program-history.js";
export { EPISODE_OUTCOMES, countsForAgent, outcomeOfJobError, unplayedTasks } from "./shared/outcome.js";
export { RandomAgent } from "./random/index.js";
export { WorldCoderAgent, type WorldCoderOptions } from "./worldcoder/index.js";
export { ReactAgent, reactPromptHashes, type ReactOptions } from "./react/index.js";
export { createAgent, AGENT_NAMES, type AgentName, type AgentOptionsByName } from "./create-agent.js";
