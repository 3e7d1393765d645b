export { ReactAgent } from "./react-agent.js";
export { resolveReactOptions, type ReactOptions } from "./options.js";
export { parseTurn, type ParsedTurn } from "./parse-action.js";
export { reactPromptHashes } from "./fingerprint.js";
