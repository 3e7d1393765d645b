import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { UserInputError } from "@worldcoder/core";
import { goldenDir, repoRoot } from "@worldcoder/core/testing";

/** The 1000 public Boxoban levels: the repository's copy, else the shared golden data. */
export function defaultBoxobanFile(): string {
  const inRepo = join(repoRoot(), "fixtures", "levels", "boxoban", "unfiltered", "train", "000.txt");
  return existsSync(inRepo) ? inRepo : join(goldenDir(), "boxoban", "unfiltered", "train", "000.txt");
}

/** Boxoban text (`; N` header, rows, blank line) as Sokoban program states `{ grid }`. */
export function readBoxobanStates(file: string): { grid: string[] }[] {
  if (!existsSync(file)) throw new UserInputError("BOXOBAN_FILE", `no Boxoban level file at ${file}`);
  const levels: { grid: string[] }[] = [];
  let rows: string[] | null = null;
  for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
    if (line.startsWith(";")) {
      if (rows?.length) levels.push({ grid: rows });
      rows = [];
    } else if (line.trim() === "") {
      if (rows?.length) levels.push({ grid: rows });
      rows = null;
    } else if (rows) rows.push(line);
  }
  if (rows?.length) levels.push({ grid: rows });
  return levels;
}
