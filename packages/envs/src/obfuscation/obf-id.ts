import { UserInputError } from "@worldcoder/core";

/** `Obf(<id>,<seed>)` (spaces allowed around the parts), or null for any other id. */
export function parseObfId(id: string): { baseId: string; seed: number } | null {
  const m = /^\s*Obf\(\s*(.+?)\s*,\s*([^,()\s]+)\s*\)\s*$/.exec(id);
  if (!m) return null;
  const seed = Number(m[2]);
  if (!/^\d+$/.test(m[2]) || !Number.isSafeInteger(seed) || seed >= 2 ** 32) {
    throw new UserInputError("OBF_BAD_ID", `"${id}": the obfuscation seed must be an integer 0 <= seed < 2^32, got "${m[2]}"`);
  }
  return { baseId: m[1], seed };
}

/** The canonical spelling of an obfuscated id: `Obf(Sokoban-v0,3)`. */
export function obfId(baseId: string, seed: number): string {
  return `Obf(${baseId},${seed})`;
}
