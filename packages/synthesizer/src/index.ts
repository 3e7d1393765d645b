export { createRng, type Rng } from "./seeded-rng.js";
export { extractProgram, completeWithParent, normalizeProgram, definedFunctions, type ExtractResult } from "./extract-code.js";
export { stateDiff, describeDiff } from "./state-diff.js";
export { Bm25Index, tokenize, type Bm25Options } from "./bm25.js";
export { RexScheduler, DEFAULT_REX_C, type RexArmState } from "./rex.js";
