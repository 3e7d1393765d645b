export {
  ScriptedLlm,
  type ScriptedAnswer,
  type ScriptFunction,
  type ScriptedCall,
  type ScriptedLlmOptions,
} from "./scripted-llm.js";
