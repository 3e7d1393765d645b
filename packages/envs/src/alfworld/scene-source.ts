import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { goldenDir } from "@worldcoder/core/testing";
import { deriveSceneFromTranscript } from "./derive.js";
import { readAlfworldTranscripts } from "./golden.js";
import { type AlfworldScene, SceneFormatError, parseScene } from "./scene.js";

/**
 * Resolves the `scene` option: a scene object, a path to a scene JSON file, or the id (or key) of
 * a ReAct transcript in the golden data ("prompts/alfworld_3prompts.json#react_put_2" or
 * "react_put_2"), whose derived scene is then played.
 */
export function resolveScene(source: unknown): AlfworldScene {
  if (typeof source !== "string") return parseScene(source);
  if (existsSync(source)) {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(source, "utf8"));
    } catch (error) {
      throw new SceneFormatError(`${source}: not JSON (${(error as Error).message})`);
    }
    return parseScene(value);
  }
  for (const file of ["react_alfworld_consistent.jsonl", "react_alfworld_flagged.jsonl"]) {
    const path = join(goldenDir(), "alfworld", file);
    if (!existsSync(path)) continue;
    const match = readAlfworldTranscripts(path).find((t) => t.id === source || t.key === source);
    if (match) return deriveSceneFromTranscript(match);
  }
  throw new SceneFormatError(`scene "${source}" is neither a scene file nor a known transcript id`);
}
