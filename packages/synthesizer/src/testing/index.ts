export { LocalSandboxDouble } from "./local-sandbox-double.js";
export { ScriptedLlmDouble, type ScriptedAnswer } from "./scripted-llm-double.js";
