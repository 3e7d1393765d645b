#!/usr/bin/env node
// `pnpm test`: runs every package's vitest suite through turbo (cached per package), then
// prints one summary line over all packages, read from each package's JSON report.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const extra = process.argv.slice(2);
const run = spawnSync("pnpm", ["exec", "turbo", "run", "test", "--output-logs=new-only", "--continue", ...extra], {
  cwd: root,
  stdio: "inherit",
});

const dirs = [
  ...readdirSync(join(root, "packages")).map((name) => join(root, "packages", name)),
  join(root, "benchmarks"),
];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of dirs) {
  const file = join(dir, "test-results.json");
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(run.status === 0 && failed === 0 ? 0 : (run.status || 1));
