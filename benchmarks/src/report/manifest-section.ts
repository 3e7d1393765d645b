import type { RunManifest } from "../runner/results-schema.js";
import type { Report } from "./schema.js";

/** `field: a ≠ b` lines of a forced merge, or none. */
export function forcedWarning(report: Report): string | null {
  const forced = report.manifest?.forced;
  if (!forced?.length) return null;
  return `FORCED: these results were merged with --force although their run manifests differ in ${forced.length} comparable field(s): ${forced.map((d) => `${d.field} (${d.values.join(" vs ")})`).join("; ")}. Figures from runs with different prompts, suites, models, prices, cassettes or levels are not comparable.`;
}

/**
 * The manifest as `[fact, value]` rows for the report. Node version and platform stay in
 * report.json only: the pages hold no host data, so replays on any machine read the same.
 */
export function manifestRows(manifest: RunManifest | null): string[][] {
  if (!manifest) return [["manifest", "none (results written before results schema 2)"]];
  const rows: string[][] = [["suite hash", manifest.suiteHash], ["mode", manifest.mode]];
  const info = manifest.informational;
  if (info) rows.push(["project version", info.version ?? "unknown"], ["git commit", info.commit ?? "unknown"], ["pnpm lockfile", info.lockfile ?? "none"]);
  const facts = manifest.comparable;
  if (facts) {
    for (const [name, hash] of Object.entries(facts.prompts)) rows.push([`prompt ${name}`, hash]);
    rows.push(["model", facts.llm ? `${facts.llm.model} (temperature ${facts.llm.temperature ?? "per request"}, seed ${facts.llm.seed ?? "none"}, priced as ${facts.llm.priceAs})` : "no LLM"]);
    rows.push(["price table", `${facts.prices.asOf} (${facts.prices.sha256})`]);
    const cassettes = Object.entries(facts.cassettes);
    rows.push(["cassettes", cassettes.length ? `${cassettes.length}: ${cassettes.map(([name, hash]) => `${name} ${hash.slice(0, 12)}`).join(", ")}` : "none"]);
    for (const [envId, files] of Object.entries(facts.levels)) {
      const entries = Object.entries(files);
      rows.push([`levels ${envId}`, entries.length ? entries.map(([file, hash]) => `${file} ${hash.slice(0, 12)}`).join(", ") : "generated"]);
    }
  }
  return rows;
}

export const MANIFEST_NOTE =
  "Comparable facts (suite hash, prompts, model, price table, cassettes, levels) must match for worldcoder compare and merge to combine runs; version, commit, lockfile, Node and platform are informational (Node and platform are in report.json).";
