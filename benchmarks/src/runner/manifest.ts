import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { reactPromptHashes } from "@worldcoder/agents";
import { stableHash } from "@worldcoder/core";
import { describeObfuscation, makeEnv, type ObfuscationMapping } from "@worldcoder/envs";
import { defaultPriceTable, llmConfigFromEnv } from "@worldcoder/llm";
import { domainFor, domainOf, promptTemplateHashes, type DomainName } from "@worldcoder/synthesizer";
import type { Suite } from "../suites/types.js";
import { tasksForJob, type Job } from "./jobs.js";
import { cassetteRunId } from "./llm-client.js";
import type { ComparableFacts, InformationalFacts } from "./results-schema.js";

const sha256 = (bytes: Buffer | string) => createHash("sha256").update(bytes).digest("hex");

/** The prompt templates each agent sends, for the domains it plays; agents without an LLM send none. */
const PROMPTS_OF: Record<string, (domains: readonly DomainName[]) => Record<string, string>> = {
  worldcoder: promptTemplateHashes,
  react: reactPromptHashes,
};

/** Prompt hashes of the jobs' agents, each for the domains of the env ids it plays. */
export function promptHashesFor(jobs: readonly Job[]): Record<string, string> {
  const domains = new Map<string, Set<DomainName>>();
  const worldcoderEnvIds = new Set<string>();
  for (const job of jobs) {
    const set = domains.get(job.agent) ?? new Set<DomainName>();
    for (const task of job.track.tasks) {
      set.add(domainOf(task.envId));
      if (job.agent === "worldcoder") worldcoderEnvIds.add(task.envId);
    }
    domains.set(job.agent, set);
  }
  const hashes: Record<string, string> = Object.assign({}, ...[...domains].map(([agent, set]) => PROMPTS_OF[agent]?.([...set]) ?? {}));
  for (const envId of worldcoderEnvIds) {
    const hash = domainTextHash(envId);
    if (hash) hashes[`synthesizer/domain/${envId}`] = hash;
  }
  return sortKeys(hashes);
}

/**
 * The domain text WorldCoder's prompts show for one env id (title, state format, actions, reward
 * note). The template hashes above render each domain with its default options; variants add
 * lines of their own (a teleport gate, a door's locks, appliance switches), which only this
 * per-id hash sees. Null for an id that cannot be built without options (it then has none).
 */
function domainTextHash(envId: string): string | null {
  try {
    const env = makeEnv(envId);
    const domain = domainFor(envId, env.actionSpace);
    return stableHash({ title: domain.title, stateFormat: domain.stateFormat, actionList: domain.actionList, rewardNote: domain.rewardNote }).slice(0, 16);
  } catch {
    return null;
  }
}

export interface FactsInput {
  suite: Suite;
  agents: readonly string[];
  /** The jobs of this run (this shard's only, when sharded). */
  jobs: readonly Job[];
  needsLlm: (agent: string) => boolean;
  cassetteRoot: string;
  dataRoot: string;
  priceAs?: string;
}

/** The facts that decide whether this run's figures can be set beside another run's. */
export function comparableFacts(input: FactsInput): ComparableFacts {
  const cassetteSuite = input.suite.cassetteSuite ?? input.suite.name;
  const llmJobs = input.jobs.filter((job) => input.needsLlm(job.agent));
  const cassettes: Record<string, string> = {};
  for (const job of llmJobs) {
    const name = `${cassetteSuite}/${cassetteRunId(job)}.jsonl`;
    const file = join(input.cassetteRoot, name);
    // In record mode a cassette is written during the run; the manifest is completed at its end.
    if (existsSync(file)) cassettes[name] = sha256(readFileSync(file));
  }
  const levels: Record<string, Record<string, string>> = {};
  for (const job of input.jobs) {
    for (const task of tasksForJob(job)) {
      const files = (levels[task.envId] ??= {});
      if (task.levelFile === undefined) continue;
      const path = isAbsolute(task.levelFile) ? task.levelFile : resolve(input.dataRoot, task.levelFile);
      files[task.levelFile] = existsSync(path) ? sha256(readFileSync(path)) : "missing";
    }
  }
  const obfuscations: Record<string, ObfuscationMapping> = {};
  for (const envId of Object.keys(levels)) {
    const mapping = describeObfuscation(envId);
    if (mapping) obfuscations[envId] = mapping;
  }
  let llm: ComparableFacts["llm"] = null;
  if (llmJobs.length > 0) {
    const config = llmConfigFromEnv();
    llm = { model: config.model, temperature: config.temperature ?? null, seed: config.seed ?? null, priceAs: input.priceAs ?? input.suite.priceAs ?? config.model };
  }
  return {
    prompts: promptHashesFor(input.jobs),
    llm,
    prices: { asOf: defaultPriceTable.asOf, sha256: stableHash(defaultPriceTable).slice(0, 16) },
    cassettes: sortKeys(cassettes),
    levels: sortKeys(levels),
    ...(Object.keys(obfuscations).length > 0 ? { obfuscations: sortKeys(obfuscations) } : {}),
  };
}

/** Records keyed by name in name order, so the manifest's canonical JSON does not depend on job order. */
export function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function gitCommit(root: string): string | null {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || null;
  } catch {
    return null;
  }
}

function projectVersion(): string | null {
  try {
    // Two levels below the package in both src/ and dist/.
    return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string }).version ?? null;
  } catch {
    return null;
  }
}

/** Where and with what the run was made: never a reason to refuse a comparison. */
export function informationalFacts(repoRoot: string): InformationalFacts {
  const lockfile = join(repoRoot, "pnpm-lock.yaml");
  return {
    version: projectVersion(),
    commit: gitCommit(repoRoot),
    lockfile: existsSync(lockfile) ? sha256(readFileSync(lockfile)).slice(0, 16) : null,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}
