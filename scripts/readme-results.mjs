#!/usr/bin/env node
// Writes the README's results table from a benchmark report folder (default reports/paper):
// per domain, each agent's totals (from results.jsonl), the RL training logs and the paper's
// figures (from report.json). Nobody types these numbers; `pnpm readme:results` rewrites them
// between the README's `results:start` / `results:end` markers, `--check` fails when stale.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const check = args.includes("--check");
const dir = resolve(args.find((a) => !a.startsWith("--")) ?? join(root, "reports", "paper"));
const START = "<!-- results:start (written by scripts/readme-results.mjs; do not edit) -->";
const END = "<!-- results:end -->";

for (const file of ["report.json", "results.jsonl"]) {
  if (!existsSync(join(dir, file))) {
    process.stderr.write(`readme-results: ${join(dir, file)} is missing; run \`pnpm bench --suite paper\` first\n`);
    process.exit(2);
  }
}
const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
const jobs = readFileSync(join(dir, "results.jsonl"), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));

const DOMAINS = ["sokoban", "minigrid", "alfworld"];
const domainOf = (envId) => (envId.startsWith("MiniGrid") ? "minigrid" : envId.startsWith("ALFWorld") ? "alfworld" : "sokoban");
const int = (n) => n.toLocaleString("en-US");
const pct = (a, b) => (b === 0 ? "—" : `${((100 * a) / b).toFixed(0)} % (${a}/${b})`);

/** Sums one agent's tasks in one domain over every job. */
function agentTotals(agent, domain) {
  const t = { episodes: 0, successes: 0, envSteps: 0, llmCalls: 0, promptTokens: 0, completionTokens: 0, dollars: 0, callsAfter: 0, actionsAfter: 0, envIds: new Set(), jobs: 0 };
  for (const job of jobs) {
    if (job.agent !== agent || job.status !== "ok") continue;
    let counted = false;
    for (const task of job.tasks ?? []) {
      if (domainOf(task.envId) !== domain) continue;
      counted = true;
      t.envIds.add(task.envId);
      t.episodes += task.episodes.length;
      t.successes += task.successes;
      t.envSteps += task.envSteps;
      t.llmCalls += task.llmCalls;
      t.promptTokens += task.promptTokens;
      t.completionTokens += task.completionTokens;
      t.dollars += task.dollars;
      t.callsAfter += task.llmCallsAfterLearning;
      t.actionsAfter += task.actionsAfterLearning;
    }
    if (counted) t.jobs += 1;
  }
  return t;
}

function rlRow(system, domain) {
  const cells = [];
  for (const env of report.envs.filter((e) => e.domain === domain)) {
    const log = env.baselines.find((b) => b.system === system);
    if (!log || log.status !== "log") continue;
    const reached = log.thresholdEnvSteps === null ? `never in ${int(log.envSteps)}` : int(log.thresholdEnvSteps);
    cells.push(`${env.envId.replace(/^MiniGrid-|-v0$/g, "")}: ${reached}`);
  }
  return cells.length === 0 ? "no log" : cells.join("; ");
}

const priceAs = [...new Set(jobs.map((j) => j.llm?.pricedAs).filter(Boolean))];

/** Who answered the recorded prompts, from the cassettes' provenance (count of exchanges each). */
function answerers() {
  const folder = join(root, "fixtures", "cassettes", report.suite);
  const counts = new Map();
  if (!existsSync(folder)) return counts;
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".jsonl")).sort()) {
    for (const line of readFileSync(join(folder, file), "utf8").split("\n").filter(Boolean)) {
      const { provenance } = JSON.parse(line);
      const who = `${provenance.answeredBy} (model id \`${provenance.model}\`, ${provenance.endpoint})`;
      counts.set(who, (counts.get(who) ?? 0) + 1);
    }
  }
  return counts;
}
const answeredBy = [...answerers()].map(([who, n]) => `${who}: ${n} exchange${n === 1 ? "" : "s"}`);
/** Settings reported beside the paper's results are not results: the table shows outcomes only. */
const SETTINGS = new Set(["llm", "rex_C"]);
const lines = [START, ""];
lines.push(
  `Suite \`${report.suite}\` (hash \`${report.suiteHash}\`), replayed offline from the committed cassettes. ` +
    `Dollars are computed at the ${priceAs.join(", ") || "—"} list price; no money was spent (answers came through the bridge). ` +
    `RL logs: env steps until the success rate over the last ${report.threshold.window} episodes reached ${report.threshold.successRate * 100} %. ` +
    "WorldCoder plays every track; ReAct, which pays one call per step, plays a subset of each domain (see `benchmarks/src/suites/paper.ts`).",
  "",
  `Who answered the prompts: ${answeredBy.length > 0 ? answeredBy.join("; ") : "no cassettes"} — recorded through the bridge, each answerer seeing nothing but the prompt (\`../shared/RECORDING.md\`).`,
  "",
);
for (const domain of DOMAINS) {
  const envs = report.envs.filter((e) => e.domain === domain);
  if (envs.length === 0) continue;
  lines.push(`**${domain}**`, "");
  lines.push("| system | envs | success (episodes) | env steps | LLM calls | input / output tokens | dollars | LLM calls per action after learning |");
  lines.push("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const agent of report.agents) {
    const t = agentTotals(agent, domain);
    if (t.jobs === 0) continue;
    const perAction = t.actionsAfter === 0 ? "—" : (t.callsAfter / t.actionsAfter).toFixed(3);
    lines.push(
      `| ${agent} (${t.jobs} run${t.jobs === 1 ? "" : "s"}) | ${t.envIds.size} | ${pct(t.successes, t.episodes)} | ${int(t.envSteps)} | ${int(t.llmCalls)} | ${int(t.promptTokens)} / ${int(t.completionTokens)} | $${t.dollars.toFixed(2)} | ${perAction} |`,
    );
  }
  const RL_LABELS = { "PPO-log": "PPO-log (SB3, one seed)", "DreamerV3-log": "DreamerV3-log (short CPU runs that did not learn)" };
  for (const [system, label] of Object.entries(RL_LABELS)) lines.push(`| ${label} | | ${rlRow(system, domain)} | | | | | |`);
  const paper = report.paper.filter((p) => (p.domain === domain || p.domain === "all") && !SETTINGS.has(p.metric));
  for (const p of paper) {
    const env = p.env ? `${p.env.replace(/^MiniGrid-|-v0$/g, "")}, ` : "";
    lines.push(`| ${p.system} | | ${env}${p.metric.replace(/_/g, " ")}: ${p.value} (${p.status}) | | | | | |`);
  }
  lines.push("");
}
lines.push(END);
const table = lines.join("\n");

const readmePath = join(root, "README.md");
const readme = readFileSync(readmePath, "utf8");
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < 0) {
  process.stderr.write("readme-results: README.md has no results markers\n");
  process.exit(2);
}
const updated = readme.slice(0, from) + table + readme.slice(to + END.length);
if (check) {
  if (updated !== readme) {
    process.stderr.write("readme-results: README.md's results table is stale; run `pnpm readme:results`\n");
    process.exit(1);
  }
  process.stdout.write("readme-results: README.md's results table matches the report\n");
} else {
  writeFileSync(readmePath, updated);
  process.stdout.write(`readme-results: README.md's results table written from ${dir}\n`);
}
