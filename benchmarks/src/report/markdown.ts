import { cell } from "./format.js";
import { MANIFEST_NOTE, forcedWarning, manifestRows } from "./manifest-section.js";
import { HEADLINE_COLUMNS, headlineIntro, headlineRow } from "./headline.js";
import { learningMarkdown } from "./learning-markdown.js";
import { optimalityMarkdown } from "./optimality.js";
import { AGENT_COLUMNS, BASELINE_COLUMNS, agentRow, baselineRow, pricingText, summaryTable, thresholdText } from "./rows.js";
import { outcomeTable, outcomesNote } from "./outcomes.js";
import type { Report } from "./schema.js";

function table(header: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** The report as Markdown: the same tables as the HTML page, charts and pictures left to the HTML. */
export function renderMarkdown(report: Report): string {
  const out: string[] = [];
  out.push(`# WorldCoder-TS benchmark: suite \`${report.suite}\``, "");
  const forced = forcedWarning(report);
  if (forced) out.push(`> **${forced}**`, "");
  out.push(`Report schema \`${report.schema}\`, suite hash \`${report.suiteHash}\`. Agents: ${report.agents.join(", ")}. Jobs: ${report.jobs.ok} of ${report.jobs.total} finished without error.`);
  out.push(pricingText(report));
  out.push("Charts (success vs env steps, tokens per solved episode), episode pictures and the accepted programs are in `report.html`.", "");
  const summary = summaryTable(report);
  out.push("## Headline: per agent and track, across job seeds", "", headlineIntro(report), "", table(HEADLINE_COLUMNS, report.headline.map(headlineRow)), "");
  out.push("## Side by side", "", `RL logs: env steps until ${thresholdText(report)}. DreamerV3-log runs did not learn (short CPU runs).`, "", table(summary.header, summary.rows), "");
  const outcomes = outcomeTable(report.outcomes);
  out.push("## Episode outcomes", "", outcomesNote(report.outcomes), "", table(outcomes.header, outcomes.rows), "");
  if (report.jobs.failed.length) {
    out.push("## Failed jobs", "", table(["job", "code", "message"], report.jobs.failed.map((f) => [f.jobId, f.code, f.message])), "");
  }
  for (const env of report.envs) {
    out.push(`## ${env.envId}`, "", `Domain ${env.domain}; tracks: ${env.tracks.join(", ")}.`, "");
    out.push(table(AGENT_COLUMNS, env.agents.map(agentRow)), "");
    out.push(`RL training logs (threshold: ${thresholdText(report)}):`, "");
    out.push(table(BASELINE_COLUMNS, env.baselines.map((b) => baselineRow(b, report))), "");
    const reported = report.paper.filter((p) => p.env === env.envId);
    if (reported.length) {
      out.push("Reported elsewhere for this env (not measured here):", "");
      out.push(table(["system", "metric", "value", "status", "source"], reported.map((p) => [p.system, p.metric, p.value, p.status, p.source])), "");
    }
  }
  if (report.paper.length) {
    out.push("## Reported by the paper and its peers (not measured here)", "");
    out.push(table(["domain", "system", "metric", "value", "status", "source"], report.paper.map((p) => [p.domain, p.system, p.env ? `${p.metric} (${p.env})` : p.metric, p.value, p.status, p.source])));
    out.push("", "`summary` figures come from a summary of the paper, not its text: read them as approximate.", "");
  }
  out.push(...optimalityMarkdown(report.optimality, table));
  out.push(...learningMarkdown(report.learning));
  out.push("## Run manifest", "", MANIFEST_NOTE, "", table(["fact", "value"], manifestRows(report.manifest)), "");
  out.push("## Accepted programs", "");
  if (report.programs.length === 0) out.push("No run accepted a world-model program (the random agent never writes one).", "");
  for (const program of report.programs) {
    out.push(`### ${program.jobId} on ${program.envId} (${program.lines ?? "?"} lines, ${program.refinements ?? "?"} refinements)`, "", "```js", program.program.trimEnd(), "```", "");
  }
  return `${out.join("\n").trimEnd()}\n`;
}
