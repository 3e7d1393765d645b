import type { Action, State } from "@worldcoder/core";
import { normalizeProgram, wrapProgram } from "../program-source.js";

/**
 * Evaluates a program in the host with no sandbox at all: the baseline the benchmark compares
 * the sandboxes with. Only for trusted text (the hand-written reference programs).
 */
export function loadTrustedProgramUnsandboxed(source: string): {
  transition(state: State, action: Action): State;
  reward(state: State, action: Action, next: State, goal: string): unknown;
} {
  const normalized = normalizeProgram(source);
  if (!normalized.ok) throw new Error(normalized.message);
  return new Function(`"use strict"; return ${wrapProgram(normalized.script)};`)();
}
