export { computeLevelFact, plannerSettings, DEFAULT_MAX_EXPANSIONS, type LevelFact, type PlannerSettings } from "./level-facts.js";
export { LevelFactsIndex, readLevelFacts, writeLevelFacts, levelFactsPath, LEVEL_FACTS_SCHEMA, type LevelFactsFile } from "./facts-file.js";
export { sokobanLevelsOf, levelKey, type LevelRef } from "./suite-levels.js";
export { TRUE_MODELS, trueModelFor, hasTrueModel, type TrueModel } from "./true-models.js";
export { suiteLevelFacts } from "./suite-facts.js";
