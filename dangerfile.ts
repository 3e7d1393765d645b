// Runs on pull requests (`danger ci`) and locally (`danger local`, offline). It replays the
// smoke suite with the PR's code, compares it with the committed reference results and posts
// the delta table; regressions fail the check. Needs a build (`pnpm build`) first.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { danger, fail, markdown, warn } from "danger";

const touchedPackages = danger.git.modified_files.some((file) => /^(packages|benchmarks)\/[^/]+\/src\//.test(file) || file.startsWith("benchmarks/src/"));
const hasChangeset = [...danger.git.created_files, ...danger.git.modified_files].some(
  (file) => file.startsWith(".changeset/") && file.endsWith(".md") && !file.endsWith("README.md"),
);
if (touchedPackages && !hasChangeset) {
  warn("Package sources changed but no changeset was added: run `pnpm changeset`.");
}

const cli = "benchmarks/bin/worldcoder.js";
const reference = "baselines/reference/smoke/report.json";
const out = "reports/danger-smoke";

function worldcoder(args: string[]): string {
  return execFileSync(process.execPath, [cli, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, WORLDCODER_MODE: "replay" } });
}

if (!existsSync("benchmarks/dist/cli/main.js")) {
  fail("The benchmark CLI is not built: run `pnpm build` before danger.");
} else {
  try {
    worldcoder(["bench", "--suite", "smoke", "--out", out, "--json"]);
    markdown(worldcoder(["compare", reference, `${out}/report.json`]));
    const { regressions } = JSON.parse(worldcoder(["compare", reference, `${out}/report.json`, "--json"])) as { regressions: number };
    if (regressions > 0) {
      fail(`The smoke benchmark regressed on ${regressions} row(s) against \`${reference}\` (table above).`);
    }
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr || (error as Error).message;
    fail(`The smoke benchmark did not run: ${detail.trim().split("\n").slice(-3).join(" ")}`);
  }
}
