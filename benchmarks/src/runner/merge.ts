import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { UserInputError } from "@worldcoder/core";
import { readManifest, readRecords, resultsPaths, writeCanonicalResults, writeManifest } from "./results-file.js";
import { sortKeys } from "./manifest.js";
import { checkManifests, IncomparableRunsError } from "./manifest-check.js";
import type { ComparableFacts, JobRecord, RunManifest } from "./results-schema.js";
import { parseShard } from "./shard.js";

export interface MergeResult {
  records: JobRecord[];
  manifest: RunManifest;
}

/**
 * Combines the results folders of `--shard 1/n … n/n` into one folder whose results.jsonl is
 * byte-identical to an unsharded run's. Refuses anything that would make it differ: shards of
 * different suites or agents, a missing or repeated shard, a job missing or present twice.
 */
export function mergeResults(inputDirs: readonly string[], outDir: string, options: { force?: boolean } = {}): MergeResult {
  if (inputDirs.length === 0) throw new UserInputError("MERGE_INPUT", "merge needs at least one results folder");
  const inputs = inputDirs.map((dir) => ({ dir, manifest: readManifest(resultsPaths(dir).manifest) }));
  const first = inputs[0]!.manifest;
  const check = checkManifests(inputs.map(({ dir, manifest }) => ({ label: dir, manifest })));
  if (check.differences.length > 0 && !options.force) throw new IncomparableRunsError("merge these results", check.differences, inputDirs);
  const shardIndexes = new Set<number>();
  let shardCount: number | null = null;
  for (const { dir, manifest } of inputs) {
    for (const key of ["suite", "suiteHash", "mode", "totalJobs"] as const) {
      if (manifest[key] !== first[key]) {
        throw new UserInputError("MERGE_MISMATCH", `${dir} has ${key} ${String(manifest[key])}, ${inputs[0]!.dir} has ${String(first[key])}`);
      }
    }
    if (manifest.agents.join(",") !== first.agents.join(",")) {
      throw new UserInputError("MERGE_MISMATCH", `${dir} ran agents ${manifest.agents.join(",")}, ${inputs[0]!.dir} ran ${first.agents.join(",")}`);
    }
    if (manifest.shard !== null) {
      const shard = parseShard(manifest.shard);
      if (shardCount !== null && shard.count !== shardCount) throw new UserInputError("MERGE_MISMATCH", `${dir} is shard ${manifest.shard}, others are of ${shardCount}`);
      shardCount = shard.count;
      if (shardIndexes.has(shard.index)) throw new UserInputError("MERGE_MISMATCH", `shard ${manifest.shard} is given twice`);
      shardIndexes.add(shard.index);
    }
  }
  const byId = new Map<string, JobRecord>();
  for (const { dir } of inputs) {
    for (const record of readRecords(resultsPaths(dir).results)) {
      if (byId.has(record.jobId)) throw new UserInputError("MERGE_MISMATCH", `job ${record.jobId} appears in more than one input (again in ${dir})`);
      byId.set(record.jobId, record);
    }
  }
  if (byId.size !== first.totalJobs) {
    const missingShards = shardCount === null ? [] : Array.from({ length: shardCount }, (_, k) => k + 1).filter((k) => !shardIndexes.has(k));
    throw new UserInputError(
      "MERGE_INCOMPLETE",
      `the inputs hold ${byId.size} of ${first.totalJobs} jobs${missingShards.length ? `; missing shard(s) ${missingShards.map((k) => `${k}/${shardCount}`).join(", ")}` : "; some shards did not finish (resume them with --resume)"}`,
    );
  }
  const records = [...byId.values()].sort((a, b) => a.index - b.index);
  mkdirSync(outDir, { recursive: true });
  const out = resultsPaths(outDir);
  const manifest: RunManifest = { ...first, shard: null, shardJobs: first.totalJobs, ...mergedFacts(inputs.map((i) => i.manifest)) };
  if (check.differences.length > 0) manifest.forced = check.differences;
  writeManifest(out.manifest, manifest);
  writeCanonicalResults(out.results, records, manifest);
  writeFileSync(out.timings, inputs.map(({ dir }) => (existsSync(resultsPaths(dir).timings) ? readFileSync(resultsPaths(dir).timings, "utf8") : "")).join(""));
  return { records, manifest };
}


/**
 * Each shard names the cassettes, levels and prompts of its own jobs: the merged run names all of
 * them, as an unsharded run does (the first input wins where forced inputs disagree).
 */
function mergedFacts(manifests: readonly RunManifest[]): Pick<RunManifest, "comparable"> {
  const facts = manifests.flatMap((m) => (m.comparable ? [m.comparable] : []));
  if (facts.length === 0) return {};
  const union = <T>(pick: (f: ComparableFacts) => Record<string, T>) => sortKeys(Object.assign({}, ...[...facts].reverse().map(pick)) as Record<string, T>);
  return {
    comparable: {
      prompts: union((f) => f.prompts),
      llm: facts.find((f) => f.llm !== null)?.llm ?? null,
      prices: facts[0]!.prices,
      cassettes: union((f) => f.cassettes),
      levels: union((f) => f.levels),
      ...(facts.some((f) => f.obfuscations) ? { obfuscations: union((f) => f.obfuscations ?? {}) } : {}),
    },
  };
}
