import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPaths } from "../paths.js";
import { comparableResultsText, referenceUpdateHint, replaySuite, withoutPictures } from "../testing/replay-suite.js";
import { boxobanSuite } from "./boxoban.js";
import { novelSuite } from "./novel.js";
import { paperSuite } from "./paper.js";
import type { Suite } from "./types.js";

const paths = defaultPaths();
// Slow (minutes: every recorded WorldCoder run plans again in the sandbox); CI always runs them.
const slow = process.env.WORLDCODER_SKIP_SLOW === "1" ? it.skip : it;

/** Replays a suite recorded through the bridge and compares it with its committed reference. */
async function expectReference(suite: Suite): Promise<string> {
  const hint = referenceUpdateHint(suite.name);
  const reference = join(paths.reference, suite.name);
  expect(existsSync(join(reference, "results.jsonl")), `no reference results; ${hint}`).toBe(true);
  const run = await replaySuite(suite, 2);
  expect(comparableResultsText(readFileSync(run.results, "utf8")), `replayed ${suite.name} results differ from the reference; ${hint}`).toBe(
    comparableResultsText(readFileSync(join(reference, "results.jsonl"), "utf8")),
  );
  expect(withoutPictures(readFileSync(run.json, "utf8")), `the ${suite.name} report differs from the reference; ${hint}`).toEqual(
    withoutPictures(readFileSync(join(reference, "report.json"), "utf8")),
  );
  return dirname(run.results);
}

describe("suites recorded through the bridge", () => {
  for (const suite of [paperSuite, novelSuite]) {
    slow(
      `${suite.name}: replays offline to baselines/reference/${suite.name}, and the README's results table says the same`,
      async () => {
        const runDir = await expectReference(suite);
        const readme = spawnSync(process.execPath, [join(paths.root, "scripts", "readme-results.mjs"), runDir, "--check"], { encoding: "utf8" });
        expect(readme.status, readme.stderr).toBe(0);
      },
      1_800_000,
    );
  }

  slow("boxoban: replays offline to baselines/reference/boxoban", () => expectReference(boxobanSuite).then(() => undefined), 1_800_000);
});
