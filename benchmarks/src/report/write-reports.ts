import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderCharts } from "./charts.js";
import { renderHtml } from "./html.js";
import { renderMarkdown } from "./markdown.js";
import type { Report } from "./schema.js";

export interface ReportFiles {
  json: string;
  markdown: string;
  html: string;
}

/** Writes report.json, report.md and report.html into a folder and returns their paths. */
export async function writeReports(report: Report, outDir: string): Promise<ReportFiles> {
  mkdirSync(outDir, { recursive: true });
  const files = { json: join(outDir, "report.json"), markdown: join(outDir, "report.md"), html: join(outDir, "report.html") };
  writeFileSync(files.json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(files.markdown, renderMarkdown(report));
  writeFileSync(files.html, renderHtml(report, await renderCharts(report)));
  return files;
}
