export { main, buildProgram } from "./cli/main.js";
