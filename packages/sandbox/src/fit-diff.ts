import type { JsonValue } from "@worldcoder/core";

const MAX_LINES = 12;
const MAX_VALUE = 100;

/**
 * What differs between the observed and the predicted value, one readable line per differing
 * leaf (`agent.x: expected 2, predicted 1`), at most a dozen lines: what a refine prompt shows.
 */
export function jsonDiffLines(expected: unknown, predicted: unknown, path = ""): string[] {
  const lines: string[] = [];
  walk(expected, predicted, path, lines);
  if (lines.length > MAX_LINES) {
    const more = lines.length - MAX_LINES;
    return [...lines.slice(0, MAX_LINES), `… and ${more} more difference${more === 1 ? "" : "s"}`];
  }
  return lines;
}

function walk(a: unknown, b: unknown, path: string, out: string[]): void {
  if (out.length > 1000) return; // enough to say how many more there are
  if (a === b) return;
  const aObj = a !== null && typeof a === "object";
  const bObj = b !== null && typeof b === "object";
  if (aObj && bObj && Array.isArray(a) === Array.isArray(b)) {
    if (Array.isArray(a)) {
      const bb = b as unknown[];
      if (a.length !== bb.length) out.push(`${path || "(top)"}: expected ${a.length} items, predicted ${bb.length}`);
      for (let i = 0; i < Math.min(a.length, bb.length); i++) walk(a[i], bb[i], `${path}[${i}]`, out);
      return;
    }
    const ao = a as Record<string, unknown>;
    const bo = b as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(ao), ...Object.keys(bo)])].sort();
    for (const k of keys) {
      const sub = path ? `${path}.${k}` : k;
      if (!(k in bo)) out.push(`${sub}: expected ${show(ao[k])}, predicted (missing)`);
      else if (!(k in ao)) out.push(`${sub}: expected (missing), predicted ${show(bo[k])}`);
      else walk(ao[k], bo[k], sub, out);
    }
    return;
  }
  out.push(`${path || "(top)"}: expected ${show(a)}, predicted ${show(b)}`);
}

function show(value: unknown): string {
  const text = JSON.stringify(value as JsonValue) ?? String(value);
  return text.length > MAX_VALUE ? text.slice(0, MAX_VALUE) + "…" : text;
}
