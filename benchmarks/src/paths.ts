import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The repository root (the folder holding pnpm-workspace.yaml above this file): where the
 * committed cassettes, baselines and level files live. Flags override each of them.
 */
export function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const up = resolve(dir, "..");
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export const defaultPaths = () => {
  const root = repositoryRoot();
  return {
    root,
    cassettes: join(root, "fixtures", "cassettes"),
    baselines: join(root, "baselines"),
    reference: join(root, "baselines", "reference"),
  };
};
