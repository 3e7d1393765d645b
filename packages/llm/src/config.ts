import { LlmConfigError } from "./errors.js";

/** `replay` (default) serves cassettes with the network closed; `record` calls and writes; `live` calls only. */
export type LlmMode = "replay" | "record" | "live";

export const LLM_MODES: readonly LlmMode[] = ["replay", "record", "live"];

/** The model id used when none is configured: the bridge's, which recorded the reference cassettes. */
export const DEFAULT_MODEL = "bridge/assistant";

/** What the environment configures (see README "Configuration"). */
export interface LlmEnvConfig {
  mode: LlmMode;
  model: string;
  temperature?: number;
  seed?: number;
  apiKey?: string;
  baseURL?: string;
}

type Env = Record<string, string | undefined>;

function numberVar(env: Env, name: string, integer: boolean): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new LlmConfigError(`${name}=${JSON.stringify(raw)} is not ${integer ? "an integer" : "a number"}`);
  }
  return value;
}

/** Reads `WORLDCODER_MODE`, `WORLDCODER_MODEL`, `WORLDCODER_TEMPERATURE`, `WORLDCODER_SEED`, `OPENAI_API_KEY`, `OPENAI_BASE_URL`. */
export function llmConfigFromEnv(env: Env = process.env): LlmEnvConfig {
  const mode = (env.WORLDCODER_MODE?.trim() || "replay") as LlmMode;
  if (!LLM_MODES.includes(mode)) {
    throw new LlmConfigError(`WORLDCODER_MODE=${JSON.stringify(env.WORLDCODER_MODE)} must be one of ${LLM_MODES.join(", ")}`);
  }
  const config: LlmEnvConfig = { mode, model: env.WORLDCODER_MODEL?.trim() || DEFAULT_MODEL };
  const temperature = numberVar(env, "WORLDCODER_TEMPERATURE", false);
  if (temperature !== undefined) config.temperature = temperature;
  const seed = numberVar(env, "WORLDCODER_SEED", true);
  if (seed !== undefined) config.seed = seed;
  if (env.OPENAI_API_KEY) config.apiKey = env.OPENAI_API_KEY;
  if (env.OPENAI_BASE_URL) config.baseURL = env.OPENAI_BASE_URL;
  return config;
}
