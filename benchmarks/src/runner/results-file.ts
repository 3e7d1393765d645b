import { appendFileSync, existsSync, readFileSync, renameSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EPISODE_OUTCOMES } from "@worldcoder/agents";
import { canonicalJson, UserInputError } from "@worldcoder/core";
import { upgradeWithoutOutcomes } from "./results-upgrade.js";
import { READABLE_RESULTS_SCHEMAS, RESULTS_SCHEMA, type JobRecord, type JobTiming, type RunManifest } from "./results-schema.js";

/** The files of one results folder (`--out`). */
export function resultsPaths(dir: string) {
  return {
    results: join(dir, "results.jsonl"),
    timings: join(dir, "timings.jsonl"),
    manifest: join(dir, "run.json"),
  };
}

/**
 * Appends one line and returns only once the OS has it, so a run killed at any moment keeps
 * every job it finished. Lines are canonical JSON: equal records give equal bytes.
 */
export function appendRecord(file: string, record: JobRecord | JobTiming): void {
  appendFileSync(file, `${canonicalJson(record)}\n`);
}

export interface ReadOptions {
  /** On resume, a last line cut off by a kill is dropped (and cut from the file). */
  repairTornTail?: boolean;
}

/** Reads a results file's jobs, naming file and line of anything malformed. */
export function readRecords(file: string, options: ReadOptions = {}): JobRecord[] {
  return readResults(file, options).records;
}

/**
 * Reads a results file: its manifest (the first line since schema 2; null in older files) and
 * its jobs.
 */
export function readResults(file: string, options: ReadOptions = {}): { manifest: RunManifest | null; records: JobRecord[] } {
  if (!existsSync(file)) throw new UserInputError("RESULTS_NOT_FOUND", `no results file at ${file}`);
  let text = readFileSync(file, "utf8");
  if (text.length > 0 && !text.endsWith("\n")) {
    const cut = text.lastIndexOf("\n") + 1;
    if (!options.repairTornTail) {
      throw new UserInputError("MALFORMED_RESULTS", `${file}: the last line is incomplete (was the run killed?); resume it with --resume`);
    }
    truncateSync(file, Buffer.byteLength(text.slice(0, cut)));
    text = text.slice(0, cut);
  }
  const records: JobRecord[] = [];
  let manifest: RunManifest | null = null;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === "") continue;
    if (i === 0 && line.startsWith(MANIFEST_LINE_START)) {
      manifest = parseManifestLine(line, `${file}:1`);
      continue;
    }
    records.push(parseRecord(line, `${file}:${i + 1}`));
  }
  return { manifest, records };
}

/** Canonical JSON sorts keys, so a manifest line always starts this way. */
const MANIFEST_LINE_START = '{"manifest":';

function parseManifestLine(line: string, where: string): RunManifest {
  try {
    return (JSON.parse(line) as { manifest: RunManifest }).manifest;
  } catch (error) {
    throw new UserInputError("MALFORMED_RESULTS", `${where}: the manifest line is not JSON (${(error as Error).message})`, { cause: error });
  }
}

/** The first line of a results file: the run's manifest, in canonical JSON. */
export function manifestLine(manifest: RunManifest): string {
  return `${canonicalJson({ manifest })}\n`;
}

function parseRecord(line: string, where: string): JobRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new UserInputError("MALFORMED_RESULTS", `${where}: not JSON (${(error as Error).message})`, { cause: error });
  }
  const record = value as Partial<JobRecord>;
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    throw new UserInputError("MALFORMED_RESULTS", `${where}: a results line must be a JSON object`);
  }
  const schema = record.schema as number;
  if (!READABLE_RESULTS_SCHEMAS.includes(schema)) {
    throw new UserInputError("MALFORMED_RESULTS", `${where}: results schema ${String(record.schema)} is not supported (readable: ${READABLE_RESULTS_SCHEMAS.join(", ")}; this version writes ${RESULTS_SCHEMA})`);
  }
  for (const key of ["suite", "suiteHash", "jobId", "agent", "track"] as const) {
    if (typeof record[key] !== "string") throw new UserInputError("MALFORMED_RESULTS", `${where}: field "${key}" must be a string`);
  }
  if (typeof record.index !== "number" || typeof record.seed !== "number") {
    throw new UserInputError("MALFORMED_RESULTS", `${where}: fields "index" and "seed" must be numbers`);
  }
  if (record.status !== "ok" && record.status !== "error") throw new UserInputError("MALFORMED_RESULTS", `${where}: field "status" must be "ok" or "error"`);
  if (!Array.isArray(record.tasks)) throw new UserInputError("MALFORMED_RESULTS", `${where}: field "tasks" must be an array`);
  for (const task of record.tasks) {
    if (typeof task?.envId !== "string" || !Array.isArray(task.episodes) || typeof task.envSteps !== "number") {
      throw new UserInputError("MALFORMED_RESULTS", `${where}: every task needs envId, episodes and envSteps`);
    }
    const outcomes: readonly string[] = EPISODE_OUTCOMES;
    if (schema >= 3 && !task.episodes.every((e) => outcomes.includes(e?.outcome))) {
      throw new UserInputError("MALFORMED_RESULTS", `${where}: every episode needs an outcome, one of ${EPISODE_OUTCOMES.join(", ")}`);
    }
  }
  return schema < 3 ? upgradeWithoutOutcomes(record as unknown as Parameters<typeof upgradeWithoutOutcomes>[0]) : (record as JobRecord);
}

/** The canonical form of a finished run: its manifest line, then one line per job in job order. */
export function canonicalResultsText(records: readonly JobRecord[], manifest: RunManifest | null = null): string {
  const sorted = [...records].sort((a, b) => a.index - b.index);
  return (manifest ? manifestLine(manifest) : "") + sorted.map((record) => `${canonicalJson(record)}\n`).join("");
}

/**
 * Rewrites a results file in job order, atomically, once every job is in. Without a manifest,
 * the file's own manifest line is kept.
 */
export function writeCanonicalResults(file: string, records: readonly JobRecord[], manifest?: RunManifest | null): void {
  const keep = manifest === undefined && existsSync(file) ? readResults(file, { repairTornTail: true }).manifest : (manifest ?? null);
  const temp = `${file}.tmp`;
  writeFileSync(temp, canonicalResultsText(records, keep));
  renameSync(temp, file);
}

/** Starts a results file with its manifest line; jobs are appended after it. */
export function startResultsFile(file: string, manifest: RunManifest): void {
  writeFileSync(file, manifestLine(manifest));
}

export function readManifest(file: string): RunManifest {
  if (!existsSync(file)) throw new UserInputError("RESULTS_NOT_FOUND", `no run manifest at ${file}`);
  try {
    return JSON.parse(readFileSync(file, "utf8")) as RunManifest;
  } catch (error) {
    throw new UserInputError("MALFORMED_RESULTS", `${file}: not JSON`, { cause: error });
  }
}

export function writeManifest(file: string, manifest: RunManifest): void {
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}
