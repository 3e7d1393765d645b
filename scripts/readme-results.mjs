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

for (const file of ["report.json", "results.jsonl"]) {
  if (!existsSync(join(dir, file))) {
    process.stderr.write(`readme-results: ${join(dir, file)} is missing; run \`pnpm bench --suite paper\` first\n`);
    process.exit(2);
  }
}
const report = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
// The paper suite's table sits between the original markers; any other suite's between its own.
const tag = report.suite === "paper" ? "results" : `results:${report.suite}`;
const START = `<!-- ${tag}:start (written by scripts/readme-results.mjs; do not edit) -->`;
const END = `<!-- ${tag}:end -->`;
const jobs = readFileSync(join(dir, "results.jsonl"), "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));

const DOMAINS = ["sokoban", "minigrid", "alfworld"];
const int = (n) => n.toLocaleString("en-US");
/** A per-seed mean with its 95 % t interval (none with one seed), as the report computes it. */
const mean = (s, digits = 1, prefix = "") => {
  const fmt = (x) => `${prefix}${Number(x.toFixed(digits)).toLocaleString("en-US", { maximumFractionDigits: digits })}`;
  if (!s || s.mean === null || s.mean === undefined) return "—";
  return s.low === null || s.low === undefined ? fmt(s.mean) : `${fmt(s.mean)} [${fmt(s.low)}, ${fmt(s.high)}]`;
};
const success = (s) => (s.trials === 0 ? "—" : `${(100 * s.rate).toFixed(0)} % [${(100 * s.low).toFixed(0)}, ${(100 * s.high).toFixed(0)}] (${s.successes}/${s.trials})`);
const shortEnv = (id) => id.replace(/^(MiniGrid|ALFWorld)-|-v0$/g, "");

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
    "Per-run figures are means over job seeds with a 95 % Student-t interval; success rates pool episodes with a Wilson interval. " +
    (report.suite === "novel"
      ? "WorldCoder plays five episodes per run, learning as it goes; ReAct plays one episode per job seed (see `benchmarks/src/suites/novel.ts`)."
      : `RL logs: env steps until the success rate over the last ${report.threshold.window} episodes reached ${report.threshold.successRate * 100} %. ` +
        "WorldCoder plays every track; ReAct, which pays one call per step, plays a subset of each domain (see `benchmarks/src/suites/paper.ts`)."),
  "",
  `Who answered the prompts: ${answeredBy.length > 0 ? answeredBy.join("; ") : "no cassettes"} — recorded through the bridge, answerers seeing nothing but the prompts (\`../shared/RECORDING.md\`; which answerer served which jobs: \`fixtures/README.md\`).`,
  "",
);
const TABLE_HEAD = [
  "| system | track (envs) | seeds | success [95 % Wilson] (episodes) | env steps per run | LLM calls per run | input / output tokens per run | dollars per run | LLM calls per action after learning |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
];
const domains = report.suite === "novel" ? ["sokoban", "minigrid", "alfworld", "other"] : DOMAINS;
for (const domain of domains) {
  const rows = report.headline.filter((h) => h.domain === domain);
  if (rows.length === 0) continue;
  lines.push(`**${domain}**`, "", ...TABLE_HEAD);
  for (const agent of report.agents) {
    for (const h of rows.filter((row) => row.agent === agent)) {
      const st = h.stats;
      lines.push(
        `| ${agent} | ${h.track} (${h.envIds.map(shortEnv).join(", ")}) | ${h.seeds.length} | ${success(st.success)} | ${mean(st.envSteps)} | ${mean(st.llmCalls)} | ${mean(st.promptTokens, 0)} / ${mean(st.completionTokens, 0)} | ${mean(st.dollars, 2, "$")} | ${mean(st.llmCallsPerActionAfterLearning, 3)} |`,
      );
    }
  }
  if (report.suite !== "novel") {
    const RL_LABELS = { "PPO-log": "PPO-log (SB3, one seed)", "DreamerV3-log": "DreamerV3-log (short CPU runs that did not learn)" };
    for (const [system, label] of Object.entries(RL_LABELS)) lines.push(`| ${label} | | | ${rlRow(system, domain)} | | | | | |`);
    const paper = report.paper.filter((p) => (p.domain === domain || p.domain === "all") && !SETTINGS.has(p.metric));
    for (const p of paper) {
      const env = p.env ? `${shortEnv(p.env)}, ` : "";
      lines.push(`| ${p.system} | | | ${env}${p.metric.replace(/_/g, " ")}: ${p.value} (${p.status}) | | | | | |`);
    }
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
  process.stderr.write(`readme-results: README.md has no ${tag} markers\n`);
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
