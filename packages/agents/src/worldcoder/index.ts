export { WorldCoderAgent } from "./worldcoder-agent.js";
export { resolveWorldCoderOptions, type WorldCoderOptions } from "./options.js";
