import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The shared reference data (`../shared/data` beside the repository; CI has it at the same
 * relative path). WORLDCODER_SHARED_DIR overrides the location of `shared/`.
 */
export function sharedDataDir(): string {
  const override = process.env.WORLDCODER_SHARED_DIR;
  if (override) return join(override, "data");
  return join(repoRoot(), "..", "shared", "data");
}

/** `shared/data/golden`, where the originals' reference traces live. */
export function goldenDir(): string {
  return join(sharedDataDir(), "golden");
}

/** The repository root: the nearest folder above this file holding pnpm-workspace.yaml. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const up = resolve(dir, "..");
    if (up === dir) throw new Error("repoRoot: no pnpm-workspace.yaml above " + fileURLToPath(import.meta.url));
    dir = up;
  }
  return dir;
}
