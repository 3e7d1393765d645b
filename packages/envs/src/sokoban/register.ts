import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { EnvOptions, EnvSpec } from "../spec.js";
import { type SokobanGeneratedConfig, SokobanEnv, type SokobanEnvOptions } from "./env.js";
import { loadBoxobanLevels, parseBoxobanLevels } from "./levels.js";
import { SokobanTeleportEnv } from "./teleport/env.js";
import type { TeleportGenerationOptions } from "./teleport/generator.js";

/** gym-sokoban's registered generated-room ids (values from its variation classes). */
export const SOKOBAN_VARIANTS: readonly { id: string; config: SokobanGeneratedConfig }[] = [
  { id: "Sokoban-v0", config: generated(10, 10, 3, 200, 34) },
  { id: "Sokoban-v1", config: generated(10, 10, 4, 120, 34) },
  { id: "Sokoban-v2", config: generated(10, 10, 5, 200, 40) },
  { id: "Sokoban-small-v0", config: generated(7, 7, 2, 200, 23) },
  { id: "Sokoban-small-v1", config: generated(7, 7, 3, 200, 23) },
  { id: "Sokoban-large-v0", config: generated(13, 11, 3, 300, 43) },
  // SokobanEnv_Large1 is defined twice in gym-sokoban; the second definition (5 boxes) wins.
  { id: "Sokoban-large-v1", config: generated(13, 11, 5, 300, 43) },
  { id: "Sokoban-huge-v0", config: generated(13, 13, 5, 300, 50) },
];

/**
 * This project's one-box rooms (not gym-sokoban ids, same generator and rules): small enough for
 * a generic breadth-first planner, which is what an obfuscated Sokoban (`Obf(…)`) is planned with.
 */
export const SOKOBAN_ONE_BOX_VARIANTS: readonly { id: string; config: SokobanGeneratedConfig }[] = [
  { id: "Sokoban-small-1box-v0", config: generated(7, 7, 1, 200, 23) },
  { id: "Sokoban-1box-v0", config: generated(10, 10, 1, 200, 34) },
];

function generated(rows: number, cols: number, numBoxes: number, maxSteps: number, numGenSteps: number) {
  return { kind: "generated", rows, cols, numBoxes, maxSteps, numGenSteps } as const;
}

/** This project's teleport-gate variants (not gym-sokoban ids): one generated level per seed. */
export const SOKOBAN_TELEPORT_VARIANTS: readonly { id: string; generation: TeleportGenerationOptions; maxSteps: number }[] = [
  { id: "Sokoban-Teleport-v0", generation: { sizes: [7, 8, 9, 10], boxes: [1, 2], gatePairs: [1, 2] }, maxSteps: 200 },
  { id: "Sokoban-Teleport-small-v0", generation: { sizes: [7], boxes: [1], gatePairs: [1] }, maxSteps: 200 },
];

const BOXOBAN_MAX_STEPS = 200;
const DEFAULT_LEVEL_FILE = join("fixtures", "levels", "boxoban", "unfiltered", "train", "000.txt");

/**
 * Where a level file is: as given when it exists (absolute, or relative to the working directory),
 * else relative to the first folder above this module that has it — so suites can name
 * `fixtures/levels/…` whatever directory they run from.
 */
export function resolveLevelFile(path: string): string {
  if (isAbsolute(path) || existsSync(path)) return path;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, path);
    if (existsSync(candidate)) return candidate;
    const up = resolve(dir, "..");
    if (up === dir) return path;
    dir = up;
  }
}

/** The repository's default Boxoban file (`fixtures/levels/boxoban/unfiltered/train/000.txt`). */
export function defaultBoxobanLevelFile(): string {
  return resolveLevelFile(DEFAULT_LEVEL_FILE);
}

function envOptions(options: EnvOptions): SokobanEnvOptions {
  return options.observation === "none" ? { observation: "none" } : {};
}

/** Every sokoban env id this package registers. */
export const sokobanEnvSpecs: EnvSpec[] = [
  ...[...SOKOBAN_VARIANTS, ...SOKOBAN_ONE_BOX_VARIANTS].map(
    ({ id, config }): EnvSpec => ({
      id,
      domain: "sokoban",
      description:
        `${SOKOBAN_VARIANTS.some((v) => v.id === id) ? "gym-sokoban" : "this project's (gym-sokoban generator)"} ${id}: generated ${config.rows}x${config.cols} room, ${config.numBoxes} boxes, ` +
        `max ${config.maxSteps} steps`,
      create: (options) =>
        new SokobanEnv(id, { ...config, maxSteps: options.maxSteps ?? config.maxSteps }, envOptions(options)),
    }),
  ),
  {
    id: "Boxoban-v0",
    domain: "sokoban",
    description:
      "Boxoban levels from a file (options levelFile, levelIndex, or levelText for hand-written levels); max 200 steps",
    create: (options) => {
      const levels =
        typeof options.levelText === "string"
          ? parseBoxobanLevels(options.levelText, "<levelText>")
          : loadBoxobanLevels(resolveLevelFile(options.levelFile ?? DEFAULT_LEVEL_FILE));
      return new SokobanEnv(
        "Boxoban-v0",
        { kind: "levels", levels, levelIndex: options.levelIndex, maxSteps: options.maxSteps ?? BOXOBAN_MAX_STEPS },
        envOptions(options),
      );
    },
  },
  ...SOKOBAN_TELEPORT_VARIANTS.map(
    ({ id, generation, maxSteps }): EnvSpec => ({
      id,
      domain: "sokoban",
      description:
        `Sokoban with teleport gates (this project's variant): ${generation.sizes.map((n) => `${n}x${n}`).join("/")} rooms, ` +
        `${generation.boxes.join(" or ")} boxes, ${generation.gatePairs.join(" or ")} gate pairs; max ${maxSteps} steps`,
      create: (options) => new SokobanTeleportEnv(id, { generation, maxSteps: options.maxSteps ?? maxSteps }),
    }),
  ),
];
