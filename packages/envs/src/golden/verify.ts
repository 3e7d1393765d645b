import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { gunzipSync } from "node:zlib";
import { NumpyGenerator, NumpyRandomState, PyRandom, UserInputError } from "@worldcoder/core";
import type { AlfworldTranscript } from "../alfworld/derive.js";
import { verifyAlfworldTranscripts } from "../alfworld/golden.js";
import { type MinigridRecord, verifyMinigridRecords } from "../minigrid/golden.js";
import { type SokobanGoldenRecord, verifySokobanRecords } from "../sokoban/golden.js";
import { parseBoxobanLevels } from "../sokoban/levels.js";

export type GoldenDomain = "minigrid" | "sokoban" | "alfworld" | "rng" | "boxoban";

/** Records and steps checked for one env id (or one RNG kind). */
export interface GoldenTally {
  records: number;
  recordsMatched: number;
  steps: number;
  stepsMatched: number;
}

export interface GoldenMismatch {
  /** Which record (env id and seed, transcript id, RNG case). */
  record: string;
  /** Where inside it ("episode 2 step 14", "step 7", "op 120"). */
  at: string;
  field: string;
  expected: unknown;
  actual: unknown;
}

export interface GoldenFileResult {
  file: string;
  domain: GoldenDomain;
  ok: boolean;
  /** Per env id (RNG kinds for the vectors). */
  envs: Record<string, GoldenTally>;
  firstMismatch: GoldenMismatch | null;
}

export interface GoldenReport {
  ok: boolean;
  files: GoldenFileResult[];
  /** Files seen but not checked, and why. */
  skipped: Array<{ file: string; reason: string }>;
}

export class GoldenPathError extends UserInputError {
  constructor(message: string) {
    super("GOLDEN_PATH", message);
  }
}

/** Marks the text of a Boxoban level file among the records (its levels are checked, not replayed). */
interface BoxobanText {
  boxobanText: string;
}

/** One line of a JSON Lines file, or the whole JSON file, as parsed values. */
function readRecords(path: string): unknown[] {
  const raw = readFileSync(path);
  const text = (path.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
  if (path.endsWith(".json")) return [JSON.parse(text)];
  if (path.endsWith(".txt")) return /^; \d+/.test(text) ? [{ boxobanText: text } satisfies BoxobanText] : [];
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as unknown);
}

/** Which domain a file holds, read from its first record's fields. */
function sniff(first: unknown): GoldenDomain | null {
  if (typeof first !== "object" || first === null) return null;
  const r = first as Record<string, unknown>;
  if ("boxobanText" in r) return "boxoban";
  if ("initial_observation" in r && "steps" in r) return "alfworld";
  if ("room_fixed" in r && "episodes" in r) return "sokoban";
  if ("episodes" in r && "env" in r) return "minigrid";
  if ("generator" in r || "pyrandom" in r || "legacy" in r) return "rng";
  return null;
}

type DomainVerifier = (records: unknown[]) => Omit<GoldenFileResult, "file" | "domain">;

// Verifiers by domain, each adapted to one report shape.
const VERIFIERS: Record<GoldenDomain, DomainVerifier> = {
  sokoban: (records) => {
    const counts = verifySokobanRecords(records as SokobanGoldenRecord[]);
    const envs: Record<string, GoldenTally> = {};
    let firstMismatch: GoldenMismatch | null = null;
    for (const [id, c] of Object.entries(counts)) {
      envs[id] = { records: c.records, recordsMatched: c.recordsMatched, steps: c.steps, stepsMatched: c.stepsMatched };
      const m = c.firstMismatch;
      if (m && !firstMismatch) {
        firstMismatch = { record: `${m.env} seed ${m.seed}`, at: m.at, field: m.field, expected: m.expected, actual: m.actual };
      }
    }
    return { ok: firstMismatch === null, envs, firstMismatch };
  },
  alfworld: (records) => {
    const r = verifyAlfworldTranscripts(records as AlfworldTranscript[]);
    const m = r.firstMismatch;
    return {
      ok: m === null,
      envs: r.byEnv,
      firstMismatch: m && {
        record: m.record,
        at: m.step < 0 ? "initial observation" : `step ${m.step}`,
        field: m.field,
        expected: m.expected,
        actual: m.actual,
      },
    };
  },
  minigrid: (records) => {
    const r = verifyMinigridRecords(records as MinigridRecord[]);
    const envs: Record<string, GoldenTally> = {};
    for (const [id, t] of Object.entries(r.envs)) {
      envs[id] = { records: t.records, recordsMatched: t.recordsMatched, steps: t.steps, stepsMatched: t.stepsMatched };
    }
    const m = r.firstMismatch;
    return {
      ok: r.ok,
      envs,
      firstMismatch: m && {
        record: `${m.env} seed ${m.seed}`,
        at: m.step < 0 ? `episode ${m.episode} reset` : `episode ${m.episode} step ${m.step}`,
        field: m.field,
        expected: m.expected,
        actual: m.actual,
      },
    };
  },
  rng: (records) => verifyRngVectors(records[0] as RngVectors),
  boxoban: (records) => verifyBoxobanText((records[0] as BoxobanText).boxobanText),
};

/**
 * A Boxoban level file, as the data sheet describes it: headers `; 0` … in order, 10×10 rows, each
 * level with 4 boxes, 4 targets and one player, no `*` or `+`, read by the Sokoban level parser.
 */
export function verifyBoxobanText(text: string): Omit<GoldenFileResult, "file" | "domain"> {
  const tally: GoldenTally = { records: 0, recordsMatched: 0, steps: 0, stepsMatched: 0 };
  let firstMismatch: GoldenMismatch | null = null;
  let levels;
  try {
    levels = parseBoxobanLevels(text, "level file");
  } catch (error) {
    const m = { record: "level file", at: "parse", field: "text", expected: "Boxoban levels", actual: String(error) };
    return { ok: false, envs: { "Boxoban-v0": tally }, firstMismatch: m };
  }
  levels.forEach((level, position) => {
    tally.records++;
    const count = (chars: string): number => level.rows.join("").split("").filter((c) => chars.includes(c)).length;
    const checks: Array<[string, unknown, unknown]> = [
      ["index", position, level.index],
      ["size", "10x10", `${level.rows.length}x${level.rows[0].length}`],
      ["boxes", 4, count("$")],
      ["targets", 4, count(".")],
      ["player", 1, count("@")],
    ];
    const bad = checks.find(([, expected, actual]) => expected !== actual);
    if (bad) {
      firstMismatch ??= { record: `level ${level.index}`, at: `line ${level.line}`, field: bad[0], expected: bad[1], actual: bad[2] };
    } else {
      tally.recordsMatched++;
    }
  });
  return { ok: firstMismatch === null, envs: { "Boxoban-v0": tally }, firstMismatch };
}

type Op = [string, ...number[]];
interface RngVectors {
  generator?: Array<{ seed: string; ops: Op[]; out: unknown[] }>;
  pyrandom?: Array<{ seed: string; ops: Op[]; out: unknown[] }>;
  legacy?: Array<{ seed: number; sizes: number[]; out: number[] }>;
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (typeof a === "bigint" || typeof b === "bigint") return String(a) === String(b);
  return a === b;
}

/** The RNG test vectors (rng/vectors.json) against core's NumpyGenerator, PyRandom, NumpyRandomState. */
export function verifyRngVectors(vectors: RngVectors): Omit<GoldenFileResult, "file" | "domain"> {
  const envs: Record<string, GoldenTally> = {};
  let firstMismatch: GoldenMismatch | null = null;
  const run = (kind: string, seed: unknown, draws: Array<() => unknown>, out: unknown[]): void => {
    const tally = (envs[kind] ??= { records: 0, recordsMatched: 0, steps: 0, stepsMatched: 0 });
    tally.records++;
    tally.steps += out.length;
    for (let k = 0; k < out.length; k++) {
      const actual = draws[k]();
      if (!sameValue(actual, out[k])) {
        firstMismatch ??= { record: `${kind} seed ${String(seed)}`, at: `op ${k}`, field: "out", expected: out[k], actual };
        return;
      }
      tally.stepsMatched++;
    }
    tally.recordsMatched++;
  };
  for (const c of vectors.generator ?? []) {
    const g = NumpyGenerator.fromSeed(c.seed);
    const draws = c.ops.map(([name, a, b]) => (): unknown => {
      if (name === "integers") return g.integers(a, b);
      if (name === "random") return g.random();
      if (name === "shuffle") return g.shuffle(range(a));
      if (name === "choice") return g.choice(a, b);
      return `unknown op ${name}`;
    });
    run("numpy.random.Generator(PCG64)", c.seed, draws, c.out);
  }
  for (const c of vectors.pyrandom ?? []) {
    const r = new PyRandom(c.seed);
    const draws = c.ops.map(([name, a, b]) => (): unknown => {
      if (name === "random") return r.random();
      if (name === "randint") return r.randint(a, b);
      if (name === "sample1") return r.sample(range(a), 1)[0];
      if (name === "getrandbits") return r.getrandbits(a);
      if (name === "choice") return r.choice(range(a));
      return `unknown op ${name}`;
    });
    run("random.Random", c.seed, draws, c.out);
  }
  for (const c of vectors.legacy ?? []) {
    const rs = new NumpyRandomState(c.seed);
    run("numpy.random.RandomState", c.seed, c.sizes.map((n) => () => rs.randint(n)), c.out);
  }
  return { ok: firstMismatch === null, envs, firstMismatch };
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else out.push(path);
  }
  return out;
}

export interface VerifyGoldenOptions {
  /** Called before each file is checked (the CLI shows progress with it). */
  onFile?: (file: string, index: number, total: number) => void;
}

/**
 * Verifies golden data: the golden folder (every record file in it) or one file. Each file goes
 * to its domain's verifier (MiniGrid, Sokoban, ALFWorld, RNG vectors), chosen by its content. Inside a folder, files named `*flagged*` (the
 * hand-edited ReAct transcripts, known not to replay) and files that are not records (README,
 * licences, level files) are listed as skipped; a single file given by name is always checked.
 */
export function verifyGolden(path: string, options: VerifyGoldenOptions = {}): GoldenReport {
  if (!existsSync(path)) throw new GoldenPathError(`no such file or folder: ${path}`);
  const isDir = statSync(path).isDirectory();
  const files = isDir ? listFiles(path) : [path];
  const report: GoldenReport = { ok: true, files: [], skipped: [] };
  for (const [index, file] of files.entries()) {
    const shown = isDir ? relative(path, file) : basename(file);
    options.onFile?.(shown, index, files.length);
    if (!/\.(jsonl|jsonl\.gz|json|txt)$/.test(file)) {
      report.skipped.push({ file: shown, reason: "not a record file" });
      continue;
    }
    if (isDir && /flagged/.test(basename(file))) {
      report.skipped.push({ file: shown, reason: "hand-edited transcripts (known not to replay)" });
      continue;
    }
    let records: unknown[];
    try {
      records = readRecords(file);
    } catch (error) {
      throw new GoldenPathError(`${file}: cannot read records (${(error as Error).message})`);
    }
    const domain = records.length === 0 ? null : sniff(records[0]);
    if (domain === null) {
      if (!isDir) throw new GoldenPathError(`${file}: not a known golden record format`);
      report.skipped.push({ file: shown, reason: "unknown record format" });
      continue;
    }
    const result = { file: shown, domain, ...VERIFIERS[domain](records) };
    report.files.push(result);
    if (!result.ok) report.ok = false;
  }
  return report;
}
