import type { SandboxFailure } from "@worldcoder/sandbox";
import type { EpisodeOutcome, EpisodeResult, TaskResult, TaskSpec } from "../types.js";
import { emptyTaskResult } from "./task-result.js";

/** Every outcome, in the order reports show them. */
export const EPISODE_OUTCOMES = [
  "success",
  "step_limit",
  "gave_up",
  "invalid_output",
  "sandbox_violation",
  "llm_infra_error",
  "harness_error",
] as const satisfies readonly EpisodeOutcome[];

/**
 * False for the outcomes that are the infrastructure's or this harness's doing: such an episode
 * says nothing about the agent, so it is left out of every success rate (and `--retry-infra` runs it again).
 */
export function countsForAgent(outcome: EpisodeOutcome): boolean {
  return outcome !== "llm_infra_error" && outcome !== "harness_error";
}

/** LLM errors that are the endpoint's, after the client's bounded retries: rate limit, 5xx, time-out, unreachable. */
const LLM_INFRA_CODES = new Set(["LLM_TIMEOUT", "LLM_RATE_LIMITED", "LLM_UNAVAILABLE"]);

/** The outcome of the episodes of a job that failed as a whole: the endpoint's fault, or else the harness's. */
export function outcomeOfJobError(error: { code: string }): "llm_infra_error" | "harness_error" {
  return LLM_INFRA_CODES.has(error.code) ? "llm_infra_error" : "harness_error";
}

/** Sandbox limits a program can break: time, memory, stack, and a worker killed by them. */
const LIMIT_KINDS = new Set<string>(["timeout", "heap", "recursion", "worker-crash"]);
/**
 * How a use of a withheld host power shows in SES and QuickJS: a host function that is not there
 * (`require is not a function`, `fetch is not defined`), an import, the clock or randomness.
 */
const FORBIDDEN =
  /\b(?:require|fetch|setTimeout|setInterval|setImmediate|queueMicrotask|XMLHttpRequest|WebAssembly|SharedArrayBuffer|Atomics|process|module)\b is not (?:defined|a function)|\bimport\b|Date\.now|Math\.random|secure mode/;

/** A program failure that broke the sandbox's rules (time, memory, a forbidden capability), not merely a bug. */
export function isSandboxViolation(failure: Pick<SandboxFailure, "kind" | "message">): boolean {
  if (LIMIT_KINDS.has(failure.kind)) return true;
  return (failure.kind === "thrown" || failure.kind === "syntax") && FORBIDDEN.test(failure.message);
}

/** What an episode loop knows when the episode is over. */
export interface EpisodeEnd {
  success: boolean;
  /** The run's env-step or LLM-call budget cut the episode short. */
  budgetCut: boolean;
  /** The latest thing that went wrong with the agent's own output in this episode, if any. */
  problem: "invalid_output" | "sandbox_violation" | null;
  /** The LLM budget is spent and the agent was left without a model it trusts (WorldCoder). */
  llmBudgetSpent?: boolean;
}

/**
 * The one outcome of an episode, first match wins: success; gave_up when a budget cut it short;
 * the latest problem with the agent's output (an answer without a usable action or program, or a
 * program stopped by the sandbox); gave_up when the LLM budget was spent before the agent had a
 * model; otherwise step_limit: it played to the end unsolved (its step limit, or the env ended it).
 */
export function episodeOutcome(end: EpisodeEnd): EpisodeOutcome {
  if (end.success) return "success";
  if (end.budgetCut) return "gave_up";
  if (end.problem !== null) return end.problem;
  if (end.llmBudgetSpent) return "gave_up";
  return "step_limit";
}

/** Episodes never played: no steps, no calls, and the outcome that kept them from being played. */
export function unplayedEpisodes(envId: string, seeds: readonly number[], outcome: EpisodeOutcome): EpisodeResult[] {
  return seeds.map((seed) => ({ envId, seed, steps: 0, success: false, return: 0, llmCalls: 0, outcome }));
}

/** The results of a job that failed as a whole: each of its episodes not played, with the job's outcome. */
export function unplayedTasks(tasks: readonly TaskSpec[], outcome: EpisodeOutcome, stopReason: string): TaskResult[] {
  return tasks.map((task) => ({ ...emptyTaskResult(task.envId), episodes: unplayedEpisodes(task.envId, task.seeds, outcome), stopReason }));
}
