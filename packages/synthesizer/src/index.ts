export { createRng, type Rng } from "./seeded-rng.js";
export { extractProgram, completeWithParent, normalizeProgram, definedFunctions, type ExtractResult } from "./extract-code.js";
export { stateDiff, describeDiff } from "./state-diff.js";
export { Bm25Index, tokenize, type Bm25Options } from "./bm25.js";
export { RexScheduler, DEFAULT_REX_C, type RexArmState } from "./rex.js";
export { domainFor, domainOf, alfworldPlanActions, SOKOBAN_HEURISTIC_SOURCE, type DomainName, type DomainSpec } from "./domains/index.js";
export { initPrompt, refinePrompt, optimismPrompt, type FailureCase, type GoalExample, type PromptBase } from "./prompts/build.js";
export { SYSTEM_PROMPT } from "./prompts/contract.js";
export { promptTemplateHashes } from "./prompts/fingerprint.js";
export { evaluateProgram, heuristicOf, type ProgramEvaluation } from "./evaluate-program.js";
export {
  synthesize,
  nearestGoals,
  bestNode,
  type NodeOrigin,
  type ProgramNode,
  type SynthesisProblem,
  type SynthesisResult,
  type SynthesizerOptions,
} from "./synthesize.js";
