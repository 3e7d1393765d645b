export type { Suite, Track } from "./types.js";
export { getSuite, listSuiteNames } from "./registry.js";
export { validateSuite } from "./validate.js";
export { smokeSuite } from "./smoke.js";
export { paperSuite } from "./paper.js";
export { boxobanSuite } from "./boxoban.js";
export { novelSuite } from "./novel.js";
