import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { UserInputError } from "@worldcoder/core";
import { buildReport } from "../report/build.js";
import type { Report } from "../report/schema.js";
import { readManifest, readResults, resultsPaths } from "../runner/results-file.js";
import { checkReport } from "./compare.js";

/**
 * What `compare` reads: a report.json, a results.jsonl (its report is built in memory, manifest
 * included), or a results folder (its report.json, else its results.jsonl).
 */
export function loadComparable(path: string, baselinesDir: string): Report {
  if (existsSync(path) && statSync(path).isDirectory()) {
    const report = join(path, "report.json");
    return loadComparable(existsSync(report) ? report : join(path, "results.jsonl"), baselinesDir);
  }
  if (path.endsWith(".jsonl")) {
    const { records, manifest } = readResults(path);
    if (records.length === 0) throw new UserInputError("MALFORMED_RESULTS", `${path} holds no finished jobs`);
    const beside = resultsPaths(dirname(path)).manifest;
    return buildReport(records, { baselinesDir, manifest: manifest ?? (existsSync(beside) ? readManifest(beside) : null) });
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UserInputError("BAD_REPORT", `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserInputError("BAD_REPORT", `${path} is not JSON`, { cause: error });
  }
  return checkReport(value, path);
}
