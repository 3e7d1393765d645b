export { parseSb3Monitor } from "./sb3-monitor.js";
export { parseDreamerScores } from "./dreamerv3-scores.js";
export { logMetrics, learningCurve, type LogMetrics, type CurvePoint, type Threshold } from "./log-metrics.js";
export { loadBaselineRuns, readCatalog, type BaselineRun, type Catalog, type CatalogEntry } from "./catalog.js";
export type { LogEpisode } from "./log-episodes.js";
export { parseDreamerScoreCurves, type ScoreCurve } from "./dreamerv3-score-curves.js";
