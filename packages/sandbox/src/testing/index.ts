import { readFileSync } from "node:fs";

/**
 * Test doubles and fixtures for packages that use the sandbox. The programs here are reference
 * programs, hand-written (not LLM output): ground-truth world models of the real envs.
 */
export type ReferenceDomain = "sokoban" | "sokoban-teleport" | "minigrid";

const FIXTURES = new URL("../../fixtures/", import.meta.url);

/** The hand-written reference program of a domain, as program text. */
export function referenceProgram(domain: ReferenceDomain): string {
  return readFileSync(new URL(`reference-${domain}.js`, FIXTURES), "utf8");
}

/** Hand-written trusted A* heuristic for Sokoban (box pull distances, dead squares pruned). */
export function sokobanHeuristicSource(): string {
  return readFileSync(new URL("sokoban-heuristic.js", FIXTURES), "utf8");
}

/** Absolute path of a fixture file, for CLIs (`worldcoder model check <file>`). */
export function referenceProgramPath(domain: ReferenceDomain): string {
  return new URL(`reference-${domain}.js`, FIXTURES).pathname;
}
