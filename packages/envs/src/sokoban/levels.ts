import { readFileSync } from "node:fs";
import { UserInputError } from "@worldcoder/core";
import { BOX, BOX_ON_TARGET, FIXED_FLOOR, FIXED_TARGET, FIXED_WALL, FLOOR, PLAYER, TARGET, WALL } from "./constants.js";
import type { SokobanRoom } from "./room.js";

/** One level of a Boxoban-format file. */
export interface BoxobanLevel {
  /** The `N` of its `; N` header, or its position in the file when it has no header. */
  index: number;
  /** Rows top to bottom, padded with floor to the widest row. */
  rows: string[];
  /** 1-based line of its first row in the file. */
  line: number;
}

/** A level file that is not valid Boxoban text. */
export class LevelParseError extends UserInputError {
  constructor(message: string) {
    super("LEVEL_PARSE", message);
  }
}

const CELL_CHARS = new Set(["#", " ", ".", "$", "*", "@", "+"]);

/**
 * Parses Boxoban text: levels introduced by `; N` headers (or separated by blank lines), rows of
 * `#` wall, ` ` floor, `.` target, `$` box, `*` box on target, `@` player, `+` player on target.
 * Any size; ragged rows are padded with floor. Each level needs one player, at least one box and
 * as many targets as boxes. `source` names the file in error messages.
 */
export function parseBoxobanLevels(text: string, source = "<text>"): BoxobanLevel[] {
  const lines = text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  const levels: BoxobanLevel[] = [];
  let current: { index: number; rows: string[]; line: number; headerLine: number } | null = null;
  let pendingIndex: { index: number; line: number } | null = null;
  const where = (index: number, line: number) => `${source}: level ${index}, line ${line}`;

  const finish = () => {
    if (current) levels.push(validate(current, source));
    current = null;
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.startsWith(";")) {
      finish();
      if (pendingIndex) throw new LevelParseError(`${where(pendingIndex.index, pendingIndex.line)}: header without rows`);
      const m = /^;\s*(\d+)\s*$/.exec(raw);
      if (!m) throw new LevelParseError(`${source}: line ${lineNo}: header "${raw}" is not "; N"`);
      pendingIndex = { index: Number(m[1]), line: lineNo };
      return;
    }
    if (raw.trim() === "") {
      finish();
      return;
    }
    if (!current) {
      const index = pendingIndex ? pendingIndex.index : levels.length;
      current = { index, rows: [], line: lineNo, headerLine: pendingIndex?.line ?? lineNo };
      pendingIndex = null;
    }
    for (let col = 0; col < raw.length; col++) {
      if (!CELL_CHARS.has(raw[col])) {
        throw new LevelParseError(
          `${where(current.index, lineNo)}, column ${col + 1}: unexpected character ${JSON.stringify(raw[col])} (allowed: # . $ * @ + and space)`,
        );
      }
    }
    current.rows.push(raw);
  });
  finish();
  if (pendingIndex) {
    const p = pendingIndex as { index: number; line: number };
    throw new LevelParseError(`${where(p.index, p.line)}: header without rows`);
  }
  if (levels.length === 0) throw new LevelParseError(`${source}: no levels found`);
  return levels;
}

function validate(level: { index: number; rows: string[]; line: number }, source: string): BoxobanLevel {
  const width = Math.max(...level.rows.map((r) => r.length));
  const rows = level.rows.map((r) => r.padEnd(width, " "));
  let players = 0;
  let boxes = 0;
  let targets = 0;
  for (const row of rows) {
    for (const ch of row) {
      if (ch === "@" || ch === "+") players++;
      if (ch === "$" || ch === "*") boxes++;
      if (ch === "." || ch === "*" || ch === "+") targets++;
    }
  }
  const at = `${source}: level ${level.index}, line ${level.line}`;
  if (players !== 1) throw new LevelParseError(`${at}: expected exactly one player (@ or +), found ${players}`);
  if (boxes === 0) throw new LevelParseError(`${at}: no box ($ or *)`);
  if (boxes !== targets) throw new LevelParseError(`${at}: ${boxes} boxes but ${targets} targets`);
  return { index: level.index, rows, line: level.line };
}

/** Reads and parses a Boxoban level file. */
export function loadBoxobanLevels(path: string): BoxobanLevel[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UserInputError("LEVEL_FILE", `cannot read level file ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parseBoxobanLevels(text, path);
}

const FIXED_OF: Record<string, number> = { "#": FIXED_WALL, " ": FIXED_FLOOR, "$": FIXED_FLOOR, "@": FIXED_FLOOR, ".": FIXED_TARGET, "*": FIXED_TARGET, "+": FIXED_TARGET };
const STATE_OF: Record<string, number> = { "#": WALL, " ": FLOOR, "$": BOX, "@": PLAYER, ".": TARGET, "*": BOX_ON_TARGET, "+": PLAYER };

/** A level as gym-sokoban's two layers (its Boxoban loader's mapping, plus `*` and `+`). */
export function levelToRoom(level: BoxobanLevel): SokobanRoom {
  const rows = level.rows.length;
  const cols = level.rows[0].length;
  const fixed = new Uint8Array(rows * cols);
  const state = new Uint8Array(rows * cols);
  level.rows.forEach((row, r) => {
    for (let c = 0; c < cols; c++) {
      fixed[r * cols + c] = FIXED_OF[row[c]];
      state[r * cols + c] = STATE_OF[row[c]];
    }
  });
  return { rows, cols, fixed, state, boxMapping: [] };
}
