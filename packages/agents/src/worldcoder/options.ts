import type { Sandbox } from "@worldcoder/sandbox";
import { DEFAULT_REX_C } from "@worldcoder/synthesizer";

export interface WorldCoderOptions {
  /** LLM calls one task may spend (recordings are answered by people: keep it small). Default 10. */
  maxLlmCallsPerTask?: number;
  /** LLM calls one synthesis (one REx run) may spend. Default 4. */
  maxLlmCallsPerSynthesis?: number;
  /** Transitions collected before the first synthesis (the original's minimum_buffer_size). Default 10. */
  minTransitions?: number;
  /** After a synthesis that found no acceptable program, new transitions to wait for before trying again. Default 10. */
  retryAfterTransitions?: number;
  /** ε-greedy exploration (the original's --epsilon). Default 0.05. */
  epsilon?: number;
  /** REx's C (the original's bandits_c). Default 5. */
  rexC?: number;
  /** Sampling temperature for synthesis calls. Default 1, as REx samples. */
  temperature?: number;
  /** Token budget for the experiences part of a prompt. Default 2500. */
  experienceTokens?: number;
  /** Most recent episode starts the optimism check plans from. Default 6. */
  maxInitialsForOptimism?: number;
  /** Require optimism before accepting a program. Default true. */
  optimism?: boolean;
  /** Replans with a model that found no plan at most every this many steps. Default 10. */
  replanEvery?: number;
  /** A sandbox to use; by default the agent creates `createSandbox({ backend: "ses" })` and closes it. */
  sandbox?: Sandbox;
}

export type ResolvedWorldCoderOptions = Required<Omit<WorldCoderOptions, "sandbox">> & { sandbox?: Sandbox };

export function resolveWorldCoderOptions(options: WorldCoderOptions = {}): ResolvedWorldCoderOptions {
  return {
    maxLlmCallsPerTask: options.maxLlmCallsPerTask ?? 10,
    maxLlmCallsPerSynthesis: options.maxLlmCallsPerSynthesis ?? 4,
    minTransitions: options.minTransitions ?? 10,
    retryAfterTransitions: options.retryAfterTransitions ?? 10,
    epsilon: options.epsilon ?? 0.05,
    rexC: options.rexC ?? DEFAULT_REX_C,
    temperature: options.temperature ?? 1,
    experienceTokens: options.experienceTokens ?? 2_500,
    maxInitialsForOptimism: options.maxInitialsForOptimism ?? 6,
    optimism: options.optimism ?? true,
    replanEvery: options.replanEvery ?? 10,
    sandbox: options.sandbox,
  };
}
