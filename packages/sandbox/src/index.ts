export type {
  FitMismatch,
  FitResult,
  OptimismResult,
  PlanBudget,
  PlanOptions,
  PlannerName,
  PlanResult,
  RolloutOptions,
  RolloutResult,
  Sandbox,
  SandboxErrorKind,
  SandboxFailure,
  SandboxOptions,
  SandboxPool,
  SandboxResult,
} from "./types.js";
export { createSandbox } from "./create-sandbox.js";
export { jsonDiffLines } from "./fit-diff.js";
export { runPerf, formatPerfReport, type PerfOptions, type PerfReport, type ThroughputRow, type LatencyRow } from "./perf/run-perf.js";
export { scoreFit } from "./jobs.js";
export type { LoadedProgram } from "./loaded-program.js";
