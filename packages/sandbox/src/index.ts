export type {
  FitMismatch,
  FitResult,
  OptimismResult,
  PlanBudget,
  PlanOptions,
  PlannerName,
  PlanResult,
  Sandbox,
  SandboxErrorKind,
  SandboxFailure,
  SandboxResult,
} from "./types.js";
