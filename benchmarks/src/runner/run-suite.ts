import { existsSync, mkdirSync, rmSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { UserInputError, WorldCoderError, type Env } from "@worldcoder/core";
import { countsForAgent, outcomeOfJobError, unplayedTasks, type Agent, type RunContext, type TaskSpec } from "@worldcoder/agents";
import type { ManagedLlmClient } from "@worldcoder/llm";
import { listEnvIds, makeEnv as makeRegisteredEnv, type EnvOptions } from "@worldcoder/envs";
import type { Suite } from "../suites/types.js";
import { validateSuite } from "../suites/validate.js";
import { agentNeedsLlm, checkAgentNames, createAgentByName } from "./agents.js";
import { expandJobs, suiteHash, tasksForJob, type Job } from "./jobs.js";
import { defaultPaths } from "../paths.js";
import { checkCassettes, createJobLlmClient, rerecordCommand } from "./llm-client.js";
import { runPool } from "./pool.js";
import { comparableFacts, informationalFacts } from "./manifest.js";
import { checkManifests, describeDifference } from "./manifest-check.js";
import { appendRecord, readManifest, readRecords, resultsPaths, startResultsFile, writeCanonicalResults, writeManifest } from "./results-file.js";
import { RESULTS_SCHEMA, type JobRecord, type JobTiming, type RunManifest, type RunMode } from "./results-schema.js";
import { formatShard, inShard, type Shard } from "./shard.js";

export type RunEvent =
  | { type: "start"; total: number; alreadyDone: number }
  | { type: "job-done"; record: JobRecord; timing: JobTiming; done: number; total: number }
  | { type: "finish"; records: JobRecord[] };

export interface RunSuiteOptions {
  suite: Suite;
  agents: string[];
  mode: RunMode;
  outDir: string;
  /** Continue a killed run: jobs already in results.jsonl are kept and not run again. */
  resume?: boolean;
  /**
   * Run again, in the existing run of `outDir`, only the jobs with an episode that ended in
   * `llm_infra_error` or `harness_error` (a failed job has only those); every other job is kept.
   */
  retryInfra?: boolean;
  /** Overwrite existing results even in record/live mode. */
  force?: boolean;
  shard?: Shard | null;
  /** Only these jobs (`<agent>/<track>/<seed>`), e.g. to re-record one run's cassette. */
  jobIds?: readonly string[];
  concurrency?: number;
  /** `fixtures/cassettes` of the repository. */
  cassetteRoot: string;
  /** Relative level files in suites resolve against this folder (the repository root). */
  dataRoot: string;
  onEvent?: (event: RunEvent) => void;
  /** Test seams: the env registry and the agent factory. */
  envs?: { listEnvIds(): string[]; makeEnv(id: string, options: EnvOptions): Env };
  createAgent?: (name: string, options?: Record<string, unknown>) => Agent;
  needsLlm?: (agent: string) => boolean;
  /** Overrides the suite's `priceAs`. */
  priceAs?: string;
  /** Where the git commit and pnpm lockfile of the manifest are read (default: this repository). */
  repoRoot?: string;
}

export interface RunSuiteResult {
  /** Every job of this shard, in job order. */
  records: JobRecord[];
  ran: number;
  resumed: number;
  manifest: RunManifest;
}

/**
 * Plays every (agent, track, seed) job of a suite (or of one shard of it) with bounded
 * concurrency, appending each finished job to results.jsonl at once. When all are in,
 * the file is rewritten in job order, so finished runs compare byte for byte however they
 * were interrupted, resumed or sharded.
 */
export async function runSuite(options: RunSuiteOptions): Promise<RunSuiteResult> {
  const { suite, agents, mode } = options;
  const envs = options.envs ?? { listEnvIds, makeEnv: makeRegisteredEnv };
  const createAgent = options.createAgent ?? createAgentByName;
  if (!options.createAgent) checkAgentNames(agents);
  validateSuite(suite, envs.listEnvIds());

  const hash = suiteHash(suite);
  const allJobs = expandJobs(suite, agents);
  const jobs = selectJobs(options.shard ? inShard(allJobs, options.shard) : allJobs, options.jobIds);
  if (mode === "replay") checkCassettes(options.cassetteRoot, suite.cassetteSuite ?? suite.name, jobs, options.needsLlm ?? agentNeedsLlm);

  const manifest: RunManifest = {
    schema: RESULTS_SCHEMA,
    suite: suite.name,
    suiteHash: hash,
    agents: [...agents],
    mode,
    shard: options.shard ? formatShard(options.shard) : null,
    totalJobs: allJobs.length,
    shardJobs: jobs.length,
  };
  const factsInput = { suite, agents, jobs, needsLlm: options.needsLlm ?? agentNeedsLlm, cassetteRoot: options.cassetteRoot, dataRoot: options.dataRoot, ...(options.priceAs ? { priceAs: options.priceAs } : {}) };
  manifest.comparable = comparableFacts(factsInput);
  manifest.informational = informationalFacts(options.repoRoot ?? defaultPaths().root);
  const paths = resultsPaths(options.outDir);
  const previous = prepareOutput(paths, manifest, options);
  const doneIds = new Set(previous.map((record) => record.jobId));
  const pending = jobs.filter((job) => !doneIds.has(job.id));
  const records = [...previous];
  options.onEvent?.({ type: "start", total: jobs.length, alreadyDone: previous.length });

  await runPool(pending, options.concurrency ?? 2, async (job) => {
    const startedAt = new Date();
    const started = performance.now();
    const record = await runJob(job, { ...options, envs, createAgent, hash });
    const timing: JobTiming = { jobId: job.id, startedAt: startedAt.toISOString(), wallMs: Math.round(performance.now() - started) };
    appendRecord(paths.results, record);
    appendRecord(paths.timings, timing);
    records.push(record);
    options.onEvent?.({ type: "job-done", record, timing, done: records.length, total: jobs.length });
  });

  // Recording wrote cassettes during the run: the manifest names them as they ended.
  const final: RunManifest = { ...manifest, comparable: comparableFacts(factsInput) };
  writeManifest(paths.manifest, final);
  writeCanonicalResults(paths.results, records, final);
  const ordered = [...records].sort((a, b) => a.index - b.index);
  options.onEvent?.({ type: "finish", records: ordered });
  return { records: ordered, ran: pending.length, resumed: previous.length, manifest: final };
}

/** Checks or creates the output folder and returns the jobs a resumed run already has. */
function prepareOutput(paths: ReturnType<typeof resultsPaths>, manifest: RunManifest, options: RunSuiteOptions): JobRecord[] {
  mkdirSync(options.outDir, { recursive: true });
  const exists = existsSync(paths.results);
  if (options.retryInfra && !exists) {
    throw new UserInputError("RESULTS_NOT_FOUND", `--retry-infra runs the failed episodes of an existing run again, and ${paths.results} does not exist`);
  }
  if ((options.resume || options.retryInfra) && exists) {
    const old = readManifest(paths.manifest);
    for (const key of ["suite", "suiteHash", "shard"] as const) {
      if (old[key] !== manifest[key]) {
        throw new UserInputError("RESUME_MISMATCH", `cannot resume ${options.outDir}: it holds ${key} ${String(old[key])}, this run has ${String(manifest[key])}`);
      }
    }
    if (old.agents.join(",") !== manifest.agents.join(",")) {
      throw new UserInputError("RESUME_MISMATCH", `cannot resume ${options.outDir}: it holds agents ${old.agents.join(",")}, this run has ${manifest.agents.join(",")}`);
    }
    // Recording grows cassettes between the two runs; anything else comparable must not change.
    const changed = checkManifests([{ label: "the folder", manifest: old }, { label: "this run", manifest }]).differences.filter((d) => !d.field.startsWith("cassettes."));
    if (changed.length > 0) {
      throw new UserInputError("RESUME_MISMATCH", `cannot resume ${options.outDir}: ${changed.map((d) => describeDifference(d, ["it holds", "this run has"])).join("; ")}`);
    }
    const records = readRecords(paths.results, { repairTornTail: true });
    const expected = new Set(expandJobs(options.suite, options.agents).map((job) => job.id));
    for (const record of records) {
      if (!expected.has(record.jobId) || record.suiteHash !== manifest.suiteHash) {
        throw new UserInputError("RESUME_MISMATCH", `${paths.results}: job ${record.jobId} does not belong to this run`);
      }
    }
    // A kill between the two appends can leave a job twice only if it was re-run; keep the first.
    const seen = new Set<string>();
    const kept = records.filter((record) => (seen.has(record.jobId) ? false : (seen.add(record.jobId), true)));
    if (!options.retryInfra) return kept;
    // The spoiled jobs leave the file at once: a retry killed midway then resumes like any run.
    const unspoiled = kept.filter((record) => !spoiledByInfra(record));
    writeCanonicalResults(paths.results, unspoiled);
    return unspoiled;
  }
  if (exists && options.mode !== "replay" && !options.force) {
    throw new UserInputError(
      "OUTPUT_EXISTS",
      `${paths.results} already exists; pass --resume to continue it, --force to overwrite it, or choose another --out`,
    );
  }
  rmSync(paths.results, { force: true });
  rmSync(paths.timings, { force: true });
  writeManifest(paths.manifest, manifest);
  startResultsFile(paths.results, manifest);
  return [];
}


interface JobDeps extends RunSuiteOptions {
  envs: NonNullable<RunSuiteOptions["envs"]>;
  createAgent: (name: string, options?: Record<string, unknown>) => Agent;
  hash: string;
}

async function runJob(job: Job, deps: JobDeps): Promise<JobRecord> {
  const base = {
    schema: RESULTS_SCHEMA,
    suite: deps.suite.name,
    suiteHash: deps.hash,
    jobId: job.id,
    index: job.index,
    agent: job.agent,
    track: job.track.id,
    seed: job.seed,
  } as const;
  let llm: ManagedLlmClient | undefined;
  try {
    const agent = deps.createAgent(job.agent, deps.suite.agentOptions?.[job.agent]);
    const context: RunContext = {
      makeEnv: (task: TaskSpec) => deps.envs.makeEnv(task.envId, envOptions(task, deps.dataRoot)),
      seed: job.seed,
      budget: { ...deps.suite.budget, ...job.track.budget },
    };
    if ((deps.needsLlm ?? agentNeedsLlm)(job.agent)) {
      const priceAs = deps.priceAs ?? deps.suite.priceAs;
      llm = createJobLlmClient({
        mode: deps.mode,
        cassetteRoot: deps.cassetteRoot,
        suite: deps.suite.cassetteSuite ?? deps.suite.name,
        job,
        budget: context.budget,
        ...(priceAs ? { priceAs } : {}),
        rerecordCommand: rerecordCommand({ suite: deps.suite.name, job, cassetteRoot: deps.cassetteRoot, defaultCassetteRoot: defaultPaths().cassettes }),
      });
      context.llm = llm;
    }
    const tasks = await agent.runTrack(tasksForJob(job), context);
    const llmInfo = llm ? { model: llm.model, pricedAs: deps.priceAs ?? deps.suite.priceAs ?? llm.model } : null;
    return { ...base, status: "ok", error: null, llm: llmInfo, tasks };
  } catch (error) {
    const wrapped = WorldCoderError.fromUnknown(error);
    // Config errors stop the whole run: every other job would fail the same way.
    if (wrapped.fault === "user") throw wrapped;
    // The job's episodes were not played: each is counted with the category of the failure, never as the agent's.
    const tasks = unplayedTasks(tasksForJob(job), outcomeOfJobError(wrapped), `error:${wrapped.code}`);
    return { ...base, status: "error", error: { code: wrapped.code, message: wrapped.message }, llm: null, tasks };
  } finally {
    await llm?.close();
  }
}

/** A job the infrastructure or the harness spoiled: it failed as a whole, or an episode ended that way. */
function spoiledByInfra(record: JobRecord): boolean {
  return record.status === "error" || record.tasks.some((task) => task.episodes.some((episode) => !countsForAgent(episode.outcome)));
}

/** The jobs `--jobs` names, in job order; an id that is not a job of this run is an error naming some that are. */
function selectJobs(jobs: Job[], ids: readonly string[] | undefined): Job[] {
  if (ids === undefined) return jobs;
  const known = new Set(jobs.map((job) => job.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const some = jobs.slice(0, 4).map((job) => job.id).join(", ");
    throw new UserInputError("UNKNOWN_JOB", `--jobs names ${unknown.join(", ")}, not a job of this run (<agent>/<track>/<seed>, e.g. ${some}${jobs.length > 4 ? ", …" : ""})`);
  }
  const wanted = new Set(ids);
  return jobs.filter((job) => wanted.has(job.id));
}

function envOptions(task: TaskSpec, dataRoot: string): EnvOptions {
  const options: EnvOptions = {};
  if (task.maxStepsPerEpisode !== undefined) options.maxSteps = task.maxStepsPerEpisode;
  if (task.levelFile !== undefined) options.levelFile = isAbsolute(task.levelFile) ? task.levelFile : resolve(dataRoot, task.levelFile);
  return options;
}
