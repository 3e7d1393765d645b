import { stableHash, UserInputError } from "@worldcoder/core";
import type { ComparableFacts, ManifestDifference, RunManifest } from "./results-schema.js";

/**
 * Which manifest facts make two runs incomparable, and which are only informational:
 *
 * - comparable (must be equal): the suite definition (`suiteHash`), every prompt template's hash
 *   (`prompts.*`), the model and sampling defaults and the price-as model (`llm.*`), the price
 *   table (`prices.*`), each cassette's sha256 (`cassettes.*`), each env's level files (`levels.*`) and
 *   each obfuscated id's mapping (`obfuscations.*`).
 *   Any of them changes what the agents were asked, what the answers were, or what a figure means.
 * - informational (shown, never compared): project version, git commit, lockfile hash, Node
 *   version, platform. A replay of the same cassettes on another machine or a later commit gives
 *   the same figures; the committed references are compared with fresh replays on every PR.
 *
 * Per-name facts (prompts, cassettes, levels) are compared where both runs have the name: runs of
 * different agent sets or shards of one suite use different cassettes without disagreeing.
 */
export const INFORMATIONAL_FIELDS = ["version", "commit", "lockfile", "node", "platform"] as const;

/** Every comparable fact of a manifest as `field → value`; null for manifests older than schema 2. */
export function comparableFields(manifest: RunManifest): Map<string, string> | null {
  const facts: ComparableFacts | undefined = manifest.comparable;
  if (!facts) return null;
  const fields = new Map<string, string>([["suiteHash", manifest.suiteHash]]);
  for (const [name, hash] of Object.entries(facts.prompts)) fields.set(`prompts.${name}`, hash);
  if (facts.llm) for (const [key, value] of Object.entries(facts.llm)) fields.set(`llm.${key}`, String(value));
  fields.set("prices.asOf", facts.prices.asOf);
  fields.set("prices.sha256", facts.prices.sha256);
  for (const [name, hash] of Object.entries(facts.cassettes)) fields.set(`cassettes.${name}`, hash);
  for (const [envId, files] of Object.entries(facts.levels)) {
    for (const [file, hash] of Object.entries(files)) fields.set(`levels.${envId}.${file}`, hash);
  }
  // A changed mapping means the agents saw other symbols: the figures are of another disguise.
  for (const [envId, mapping] of Object.entries(facts.obfuscations ?? {})) fields.set(`obfuscations.${envId}`, stableHash(mapping));
  return fields;
}

export interface ManifestCheck {
  /** Comparable facts the inputs disagree on (empty when comparable). */
  differences: ManifestDifference[];
  /** Inputs whose manifest predates the comparable facts: nothing of theirs could be checked. */
  unchecked: string[];
}

/** Compares the manifests of runs about to be compared or merged, in the order given. */
export function checkManifests(inputs: readonly { label: string; manifest: RunManifest | null }[]): ManifestCheck {
  const fields = inputs.map(({ manifest }) => (manifest ? comparableFields(manifest) : null));
  const unchecked = inputs.filter((_, i) => fields[i] === null).map(({ label }) => label);
  const names = [...new Set(fields.flatMap((f) => (f ? [...f.keys()] : [])))];
  const differences: ManifestDifference[] = [];
  for (const field of names) {
    const values = fields.map((f) => f?.get(field));
    const present = values.filter((v): v is string => v !== undefined);
    if (new Set(present).size > 1) differences.push({ field, values: values.map((v) => v ?? "(absent)") });
  }
  return { differences, unchecked };
}

export function describeDifference(difference: ManifestDifference, labels: readonly string[]): string {
  return `${difference.field} (${difference.values.map((value, i) => `${labels[i] ?? `input ${i + 1}`}: ${value}`).join(", ")})`;
}

/** Raised when results that cannot be set side by side are about to be, without `--force`. */
export class IncomparableRunsError extends UserInputError {
  readonly differences: ManifestDifference[];

  constructor(action: string, differences: ManifestDifference[], labels: readonly string[]) {
    super(
      "INCOMPARABLE_RUNS",
      `refusing to ${action}: their run manifests differ in ${differences.length} comparable field(s): ${differences.map((d) => describeDifference(d, labels)).join("; ")}. Pass --force to ${action} anyway; the output will say it was forced.`,
    );
    this.differences = differences;
  }
}
