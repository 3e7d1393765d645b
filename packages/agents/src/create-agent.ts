import { UserInputError } from "@worldcoder/core";
import { RandomAgent } from "./random/index.js";
import { ReactAgent, type ReactOptions } from "./react/index.js";
import type { Agent } from "./types.js";
import { WorldCoderAgent, type WorldCoderOptions } from "./worldcoder/index.js";

export const AGENT_NAMES = ["worldcoder", "react", "random"] as const;
export type AgentName = (typeof AGENT_NAMES)[number];

export interface AgentOptionsByName {
  worldcoder: WorldCoderOptions;
  react: ReactOptions;
  random: Record<string, never>;
}

/** Builds an agent by name: `createAgent("worldcoder", { maxLlmCallsPerTask: 8 })`. */
export function createAgent<N extends AgentName>(name: N, options?: AgentOptionsByName[N]): Agent;
export function createAgent(name: string, options?: Record<string, unknown>): Agent;
export function createAgent(name: string, options: Record<string, unknown> = {}): Agent {
  switch (name) {
    case "worldcoder":
      return new WorldCoderAgent(options as WorldCoderOptions);
    case "react":
      return new ReactAgent(options as ReactOptions);
    case "random":
      return new RandomAgent();
    default:
      throw new UserInputError("UNKNOWN_AGENT", `unknown agent "${name}"; known agents: ${AGENT_NAMES.join(", ")}`);
  }
}
