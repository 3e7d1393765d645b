export { sharedDataDir, goldenDir, repoRoot } from "./shared-data.js";
