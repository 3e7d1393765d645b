export { LocalSandboxDouble } from "./local-sandbox-double.js";
