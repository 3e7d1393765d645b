export { compareReports, checkReport, DEFAULT_THRESHOLDS, type Comparison, type CompareOptions, type CompareRow, type Thresholds } from "./compare.js";
export { comparisonMarkdown, pairedMarkdown } from "./markdown.js";
export { loadComparable } from "./load.js";
export { pairBySeed, type PairedMetric, type PairedRow } from "./paired.js";
