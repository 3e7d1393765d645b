import type { ReportCharts } from "./charts.js";
import { escapeHtml } from "./format.js";
import { MANIFEST_NOTE, forcedWarning, manifestRows } from "./manifest-section.js";
import { HEADLINE_COLUMNS, headlineIntro, headlineRow } from "./headline.js";
import { LEARNING_STYLE, learningHtml } from "./learning-html.js";
import { optimalityHtml } from "./optimality.js";
import { AGENT_COLUMNS, BASELINE_COLUMNS, agentRow, baselineRow, pricingText, summaryTable, thresholdText } from "./rows.js";
import { outcomeTable, outcomesNote } from "./outcomes.js";
import type { Report } from "./schema.js";

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1180px;padding:16px 24px;color:#1b1f24}
h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #d0d7de;padding-bottom:4px}h3{font-size:15px}
.forced{background:#ffebe9;border:2px solid #cf222e;padding:8px 12px;color:#82071e}
table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}th,td{border:1px solid #d0d7de;padding:3px 7px;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.num{text-align:right;font-variant-numeric:tabular-nums}
.env{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}.picture svg{max-width:260px;height:auto;border:1px solid #d0d7de}
.note{color:#57606a;font-size:12px}pre{background:#f6f8fa;padding:8px;overflow:auto;font-size:12px;max-height:480px}
.paper td:first-child{white-space:nowrap}nav a{margin-right:10px}`;

function table(header: readonly string[], rows: readonly string[][], className = ""): string {
  const head = `<tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((c) => `<td${/^[\d$,.% ()[\]/—-]+$/.test(c) ? ' class="num"' : ""}>${escapeHtml(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table${className ? ` class="${className}"` : ""}>\n${head}\n${body}\n</table>`;
}

function anchor(envId: string): string {
  return `env-${envId.replace(/[^A-Za-z0-9-]/g, "-")}`;
}

/** One self-contained page: styles, charts and pictures inline, no network; one small inline script steps through program diffs. */
export function renderHtml(report: Report, charts: ReportCharts): string {
  const parts: string[] = [];
  parts.push(`<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">`);
  parts.push(`<title>WorldCoder-TS benchmark: ${escapeHtml(report.suite)}</title>\n<style>${STYLE}${LEARNING_STYLE}</style>\n</head>\n<body>`);
  parts.push(`<h1>WorldCoder-TS benchmark: suite <code>${escapeHtml(report.suite)}</code></h1>`);
  const forced = forcedWarning(report);
  if (forced) parts.push(`<p class="forced"><strong>${escapeHtml(forced)}</strong></p>`);
  parts.push(`<p>Report schema <code>${report.schema}</code>, suite hash <code>${report.suiteHash}</code>. Agents: ${escapeHtml(report.agents.join(", "))}. Jobs: ${report.jobs.ok} of ${report.jobs.total} finished without error.</p>`);
  parts.push(`<p class="note">${escapeHtml(pricingText(report))}</p>`);
  parts.push(`<nav><a href="#headline">headline</a>${report.envs.map((env) => `<a href="#${anchor(env.envId)}">${escapeHtml(env.envId)}</a>`).join("")}<a href="#outcomes">outcomes</a><a href="#tokens">tokens</a><a href="#paper">paper</a>${report.optimality.length ? `<a href="#optimality">optimum</a>` : ""}${report.learning.length ? `<a href="#learning">learning</a>` : ""}<a href="#manifest">manifest</a><a href="#programs">programs</a></nav>`);
  const summary = summaryTable(report);
  parts.push(`<h2 id="headline">Headline: per agent and track, across job seeds</h2>`, `<p class="note">${escapeHtml(headlineIntro(report))}</p>`, table(HEADLINE_COLUMNS, report.headline.map(headlineRow)));
  parts.push(`<h2>Side by side</h2>`, `<p class="note">RL logs: env steps until ${escapeHtml(thresholdText(report))}. DreamerV3-log runs did not learn (short CPU runs).</p>`, table(summary.header, summary.rows));
  const outcomes = outcomeTable(report.outcomes);
  parts.push(`<h2 id="outcomes">Episode outcomes</h2>`, `<p class="note">${escapeHtml(outcomesNote(report.outcomes))}</p>`, table(outcomes.header, outcomes.rows));
  if (report.jobs.failed.length) {
    parts.push(`<h2>Failed jobs</h2>`, table(["job", "code", "message"], report.jobs.failed.map((f) => [f.jobId, f.code, f.message])));
  }
  for (const env of report.envs) {
    parts.push(`<h2 id="${anchor(env.envId)}">${escapeHtml(env.envId)}</h2>`);
    parts.push(`<p class="note">Domain ${escapeHtml(env.domain)}; tracks: ${escapeHtml(env.tracks.join(", "))}.</p>`);
    parts.push(table(AGENT_COLUMNS, env.agents.map(agentRow)));
    parts.push(`<p>RL training logs (threshold: ${escapeHtml(thresholdText(report))}):</p>`);
    parts.push(table(BASELINE_COLUMNS, env.baselines.map((b) => baselineRow(b, report))));
    const reported = report.paper.filter((p) => p.env === env.envId);
    if (reported.length) {
      parts.push(`<p>Reported elsewhere for this env (not measured here):</p>`);
      parts.push(table(["system", "metric", "value", "status", "source"], reported.map((p) => [p.system, p.metric, p.value, p.status, p.source]), "paper"));
    }
    const picture = env.picture
      ? `<figure class="picture">${env.picture}<figcaption class="note">Start of the first episode (the env's own SVG render).</figcaption></figure>`
      : `<p class="note">No picture: the env did not render.</p>`;
    parts.push(`<div class="env"><figure>${charts.successByEnv.get(env.envId) ?? ""}<figcaption class="note">Agents: cumulative success rate per episode, runs pooled. RL logs: success over the last ${report.threshold.window} episodes.</figcaption></figure>${picture}</div>`);
  }
  parts.push(
    `<h2 id="tokens">LLM tokens per solved episode</h2>`,
    charts.tokensPerSolved ? `<figure>${charts.tokensPerSolved}</figure>` : `<p class="note">No agent that calls an LLM solved an episode in these results.</p>`,
  );
  parts.push(`<h2 id="paper">Reported by the paper and its peers (not measured here)</h2>`);
  parts.push(
    report.paper.length
      ? table(["domain", "system", "metric", "value", "status", "source"], report.paper.map((p) => [p.domain, p.system, p.env ? `${p.metric} (${p.env})` : p.metric, p.value, p.status, p.source]), "paper") +
          `<p class="note"><code>summary</code> figures come from a summary of the paper, not its text: read them as approximate.</p>`
      : `<p class="note">No reported figures for these domains.</p>`,
  );
  parts.push(...optimalityHtml(report.optimality, table));
  parts.push(...learningHtml(report.learning, table));
  parts.push(`<h2 id="manifest">Run manifest</h2>`, `<p class="note">${escapeHtml(MANIFEST_NOTE)}</p>`, table(["fact", "value"], manifestRows(report.manifest)));
  parts.push(`<h2 id="programs">Accepted programs</h2>`);
  if (report.programs.length === 0) parts.push(`<p class="note">No run accepted a world-model program (the random agent never writes one).</p>`);
  for (const program of report.programs) {
    parts.push(`<details><summary>${escapeHtml(program.jobId)} on ${escapeHtml(program.envId)}: ${program.lines ?? "?"} lines, ${program.refinements ?? "?"} refinements</summary><pre><code>${escapeHtml(program.program)}</code></pre></details>`);
  }
  parts.push(`</body>\n</html>\n`);
  return parts.join("\n");
}
