import { UserInputError } from "@worldcoder/core";
import type { Agent } from "@worldcoder/agents";
import * as agentsPackage from "@worldcoder/agents";

/** Agents that never ask a model: they need no cassette and no LLM client. */
const AGENTS_WITHOUT_LLM = new Set(["random"]);

export function agentNeedsLlm(name: string): boolean {
  return !AGENTS_WITHOUT_LLM.has(name);
}

type AgentFactory = (name: string, options?: Record<string, unknown>) => Agent;

/**
 * Builds an agent by name through the agents package's factory (`createAgent`) when it has
 * one; the random agent needs nothing else, so it is always available.
 */
export function createAgentByName(name: string): Agent {
  const factory = (agentsPackage as Record<string, unknown>).createAgent as AgentFactory | undefined;
  if (typeof factory === "function") return factory(name, {});
  if (name === "random") return new agentsPackage.RandomAgent();
  throw new UserInputError("UNKNOWN_AGENT", `unknown or unavailable agent "${name}"; available: ${availableAgentNames().join(", ")}`);
}

/** The names `--agents` accepts. */
export function availableAgentNames(): string[] {
  const list = (agentsPackage as Record<string, unknown>).AGENT_NAMES;
  if (Array.isArray(list)) return [...(list as string[])];
  return ["random"];
}

export function checkAgentNames(names: readonly string[]): void {
  const available = availableAgentNames();
  for (const name of names) {
    if (!available.includes(name)) {
      throw new UserInputError("UNKNOWN_AGENT", `unknown or unavailable agent "${name}"; available: ${available.join(", ")}`);
    }
  }
  if (new Set(names).size !== names.length) throw new UserInputError("UNKNOWN_AGENT", `--agents lists an agent twice: ${names.join(",")}`);
  if (names.length === 0) throw new UserInputError("UNKNOWN_AGENT", "--agents is empty");
}
