export interface ReactOptions {
  /** LLM turns per episode (each turn is one call and at most one action). Default 20. */
  maxStepsPerEpisode?: number;
  /** LLM calls one task may spend. Default 60. */
  maxLlmCallsPerTask?: number;
  /** Most recent steps shown in full in the prompt. Default 12. */
  historySteps?: number;
  /** Show the few-shot example of the domain. Default true. */
  fewShot?: boolean;
  temperature?: number;
  maxTokens?: number;
}

export type ResolvedReactOptions = Required<ReactOptions>;

export function resolveReactOptions(options: ReactOptions = {}): ResolvedReactOptions {
  return {
    maxStepsPerEpisode: options.maxStepsPerEpisode ?? 20,
    maxLlmCallsPerTask: options.maxLlmCallsPerTask ?? 60,
    historySteps: options.historySteps ?? 12,
    fewShot: options.fewShot ?? true,
    temperature: options.temperature ?? 0,
    maxTokens: options.maxTokens ?? 512,
  };
}
