import type { Agent } from "@worldcoder/agents";
import { AGENT_NAMES, createAgent } from "@worldcoder/agents";
import { UserInputError } from "@worldcoder/core";

/** Agents that never ask a model: they need no cassette and no LLM client. */
const AGENTS_WITHOUT_LLM = new Set(["random"]);

export function agentNeedsLlm(name: string): boolean {
  return !AGENTS_WITHOUT_LLM.has(name);
}

/** Builds an agent by name through the agents package's factory, with the suite's options for it. */
export function createAgentByName(name: string, options?: Record<string, unknown>): Agent {
  return createAgent(name, options);
}

/** The names `--agents` accepts. */
export function availableAgentNames(): string[] {
  return [...AGENT_NAMES];
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
