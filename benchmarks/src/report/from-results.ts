import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Env } from "@worldcoder/core";
import { UserInputError } from "@worldcoder/core";
import { makeEnv } from "@worldcoder/envs";
import { readManifest, readResults, resultsPaths } from "../runner/results-file.js";
import type { RunManifest } from "../runner/results-schema.js";
import { buildReport } from "./build.js";
import type { Report } from "./schema.js";
import { writeReports, type ReportFiles } from "./write-reports.js";

/** Accepts a results.jsonl file or the folder holding one. */
export function resolveResultsFile(path: string): string {
  if (existsSync(path) && statSync(path).isDirectory()) return join(path, "results.jsonl");
  return path;
}

export interface ReportFromResultsOptions {
  baselinesDir: string;
  /** Defaults to the folder of the results file. */
  outDir?: string;
  makeEnv?: (envId: string) => Env;
}

/** results.jsonl → report.{json,md,html}: the only input is the deterministic results. */
export async function reportFromResults(path: string, options: ReportFromResultsOptions): Promise<{ report: Report; files: ReportFiles }> {
  const file = resolveResultsFile(path);
  const { records, manifest } = readResults(file);
  if (records.length === 0) throw new UserInputError("MALFORMED_RESULTS", `${file} holds no finished jobs`);
  const suites = new Set(records.map((r) => `${r.suite}@${r.suiteHash}`));
  if (suites.size > 1) throw new UserInputError("MALFORMED_RESULTS", `${file} mixes results of several suites: ${[...suites].join(", ")}`);
  const report = buildReport(records, { baselinesDir: options.baselinesDir, manifest: manifest ?? manifestBeside(file), makeEnv: options.makeEnv ?? ((id) => makeEnv(id)) });
  const files = await writeReports(report, options.outDir ?? dirname(file));
  return { report, files };
}

/** Results written before schema 2 keep their manifest in run.json only. */
function manifestBeside(file: string): RunManifest | null {
  const path = resultsPaths(dirname(file)).manifest;
  return existsSync(path) ? readManifest(path) : null;
}
