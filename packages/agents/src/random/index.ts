export { RandomAgent } from "./random-agent.js";
