export { compareReports, checkReport, DEFAULT_THRESHOLDS, type Comparison, type CompareRow, type Thresholds } from "./compare.js";
export { comparisonMarkdown } from "./markdown.js";
