import type { LlmClient } from "@worldcoder/llm";
import type { AgentBudget } from "../types.js";
import { ledgerSince } from "./task-result.js";

/** LLM calls the track may still make under the runner's budget (calls and dollars), counted from `trackMark`. */
export function trackCallsLeft(llm: LlmClient | undefined, budget: AgentBudget, trackMark: number): number {
  if (!llm) return 0;
  const spent = ledgerSince(llm, trackMark);
  if (budget.maxDollars !== undefined && spent.dollars >= budget.maxDollars) return 0;
  return (budget.maxLlmCalls ?? Number.POSITIVE_INFINITY) - spent.calls;
}
