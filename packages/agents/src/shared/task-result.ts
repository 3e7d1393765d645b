import type { LedgerEntry, StepResult } from "@worldcoder/core";
import type { LlmClient } from "@worldcoder/llm";
import type { TaskResult } from "../types.js";

export function emptyTaskResult(envId: string): TaskResult {
  return {
    envId,
    episodes: [],
    envSteps: 0,
    successes: 0,
    llmCalls: 0,
    promptTokens: 0,
    completionTokens: 0,
    dollars: 0,
    envStepsToFirstModel: null,
    envStepsToFirstReward: null,
    episodesToFirstSuccess: null,
    llmCallsAfterLearning: 0,
    actionsAfterLearning: 0,
    program: null,
    programLines: null,
    refinements: null,
    programHistory: null,
    optimismRejections: null,
    envStepsToCorrectModel: null,
    invalidActions: 0,
    stopReason: null,
  };
}

/** Where an LLM's ledger stands, so a task can count only its own calls. */
export function ledgerMark(llm: LlmClient | undefined): number {
  return llm?.ledgerEntries().length ?? 0;
}

/** Calls, tokens and dollars spent since `mark`. */
export function ledgerSince(llm: LlmClient | undefined, mark: number): { calls: number; promptTokens: number; completionTokens: number; dollars: number } {
  const entries: readonly LedgerEntry[] = llm?.ledgerEntries().slice(mark) ?? [];
  return {
    calls: entries.length,
    promptTokens: entries.reduce((n, e) => n + e.promptTokens, 0),
    completionTokens: entries.reduce((n, e) => n + e.completionTokens, 0),
    dollars: entries.reduce((n, e) => n + e.dollars, 0),
  };
}

/** Envs that know better say so in `info.success`/`info.won`; otherwise a rewarded termination is a success. */
export function isSuccess(step: StepResult): boolean {
  if (typeof step.info.success === "boolean") return step.info.success;
  if (typeof step.info.won === "boolean") return step.info.won;
  return step.terminated && step.reward > 0;
}

/** Episodes of envs that never truncate on their own would otherwise run forever. */
export const FALLBACK_MAX_STEPS = 1000;
