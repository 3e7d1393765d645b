#!/usr/bin/env node
// Runs the `worldcoder` CLI from a fresh checkout: builds what it needs first (turbo caches
// the build, so a second run starts at once), then hands over every argument.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const build = spawnSync("pnpm", ["exec", "turbo", "run", "build", "--filter=@worldcoder/bench...", "--output-logs=errors-only"], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
});
if (build.status !== 0) {
  process.stderr.write("worldcoder: the build failed; run `pnpm build` to see why.\n");
  process.exit(build.status ?? 1);
}
const cli = spawnSync(process.execPath, [`${root}/benchmarks/bin/worldcoder.js`, ...process.argv.slice(2)], {
  stdio: "inherit",
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
process.exit(cli.status ?? 1);
