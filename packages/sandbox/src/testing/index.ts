import { readFileSync } from "node:fs";

/**
 * Test doubles and fixtures for packages that use the sandbox. The programs here are reference
 * programs, hand-written (not LLM output): ground-truth world models of the real envs.
 */
export type ReferenceDomain = "sokoban" | "sokoban-teleport" | "minigrid" | "alfworld-powered";

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

/** The part of an obfuscation mapping (`describeObfuscation` of `@worldcoder/envs`) the wrapper reads. */
export interface GridObfuscationMapping {
  actions: { base: number | string }[];
  symbols: Record<string, string>;
  transform: { mirror: boolean; quarterTurns: number } | null;
}

/**
 * The reference program of an obfuscated Sokoban id (`Obf(Sokoban-…,seed)`): the domain's
 * reference program seen through the mapping, as one program text for the sandbox.
 */
export function obfuscatedReferenceProgram(domain: "sokoban" | "sokoban-teleport", mapping: GridObfuscationMapping): string {
  const inner = referenceProgram(domain).replace(/^export /gm, "");
  const obf = { actions: mapping.actions.map((a) => ({ base: a.base })), symbols: mapping.symbols, transform: mapping.transform ?? { mirror: false, quarterTurns: 0 } };
  return [
    `const OBF = ${JSON.stringify(obf)};`,
    `const base = (function () {\n${inner}\nreturn { transition: transition, reward: reward };\n})();`,
    readFileSync(new URL("obfuscated-grid-wrapper.js", FIXTURES), "utf8"),
  ].join("\n");
}
