export { buildReport, type BuildReportOptions } from "./build.js";
export { writeReports, type ReportFiles } from "./write-reports.js";
export { renderMarkdown } from "./markdown.js";
export { REPORT_SCHEMA, type Report, type EnvReport, type AgentEnvSummary, type BaselineSummary } from "./schema.js";
