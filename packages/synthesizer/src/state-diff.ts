import { canonicalJson } from "@worldcoder/core";

/**
 * What changed between two JSON states, one readable line per changed leaf, so prompts show a
 * transition as a few lines instead of two full dumps. Strings that look like grid rows are shown
 * whole (a row of Boxoban characters reads better than a character diff).
 */
export function stateDiff(before: unknown, after: unknown, maxLines = 40): string[] {
  const lines: string[] = [];
  walk(before, after, "", lines);
  if (lines.length > maxLines) {
    const dropped = lines.length - maxLines;
    return [...lines.slice(0, maxLines), `... and ${dropped} more changes`];
  }
  return lines;
}

/** The diff as one block of text; "no change" when the states are equal. */
export function describeDiff(before: unknown, after: unknown, maxLines = 40): string {
  const lines = stateDiff(before, after, maxLines);
  return lines.length === 0 ? "no change" : lines.join("\n");
}

function show(value: unknown): string {
  return value === undefined ? "(absent)" : canonicalJson(value);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (path === "" ? key : `${path}.${key}`) : `${path}[${JSON.stringify(key)}]`;
}

function walk(a: unknown, b: unknown, path: string, out: string[]): void {
  if (a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b)) return;
  const label = path === "" ? "state" : path;
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const p = childPath(path, key);
      if (!(key in b)) out.push(`${p}: removed (was ${show(a[key])})`);
      else if (!(key in a)) out.push(`${p}: added ${show(b[key])}`);
      else walk(a[key], b[key], p, out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (let i = 0; i < a.length; i++) walk(a[i], b[i], childPath(path, i), out);
    return;
  }
  out.push(`${label}: ${show(a)} -> ${show(b)}`);
}
