import { createHash } from "node:crypto";

/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, numbers as JSON.stringify
 * writes them. Two equal states always give the same text, whatever order their keys were
 * built in, so the text can be hashed and compared.
 */
export function canonicalJson(value: unknown): string {
  return write(value);
}

function write(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new TypeError(`canonicalJson: ${value} is not representable in JSON`);
    }
    if (value === undefined || typeof value === "function" || typeof value === "symbol" || typeof value === "bigint") {
      throw new TypeError(`canonicalJson: a ${typeof value} is not a JSON value`);
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(write).join(",")}]`;
  const keys = Object.keys(value).sort();
  const parts: string[] = [];
  for (const key of keys) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) continue; // as JSON.stringify does
    parts.push(`${JSON.stringify(key)}:${write(item)}`);
  }
  return `{${parts.join(",")}}`;
}

/** sha256 (hex) of the canonical JSON of a value. */
export function stableHash(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value)).digest("hex");
}

/** Deep equality of two JSON values, by their canonical text. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
