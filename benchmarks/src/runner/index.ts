export { runSuite, type RunEvent, type RunSuiteOptions, type RunSuiteResult } from "./run-suite.js";
export { mergeResults } from "./merge.js";
export { parseShard, type Shard } from "./shard.js";
export { expandJobs, suiteHash, type Job } from "./jobs.js";
export { readRecords, readManifest, resultsPaths, canonicalResultsText } from "./results-file.js";
export { RESULTS_SCHEMA, type JobRecord, type JobTiming, type RunManifest, type RunMode } from "./results-schema.js";
export { availableAgentNames } from "./agents.js";
