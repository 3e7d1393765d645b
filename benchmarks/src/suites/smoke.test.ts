import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reportFromResults } from "../report/from-results.js";
import { defaultPaths } from "../paths.js";
import { runSuite } from "../runner/run-suite.js";
import { smokeSuite } from "./smoke.js";

const paths = defaultPaths();
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const UPDATE_HINT = "if the change is intended, refresh the reference with `pnpm worldcoder bench --suite smoke --out baselines/reference/smoke` and commit its results.jsonl and report.json";

function withoutPictures(reportText: string): unknown {
  const report = JSON.parse(reportText) as { envs: { picture: unknown }[] };
  for (const env of report.envs) env.picture = null;
  return report;
}

/** Replays the smoke suite offline into a fresh folder, then writes its reports there. */
async function replaySmoke(concurrency: number) {
  const outDir = mkdtempSync(join(tmpdir(), "wc-smoke-"));
  await runSuite({ suite: smokeSuite, agents: smokeSuite.agents, mode: "replay", outDir, concurrency, cassetteRoot: paths.cassettes, dataRoot: paths.root });
  const { files } = await reportFromResults(outDir, { baselinesDir: paths.baselines, outDir });
  return { results: join(outDir, "results.jsonl"), ...files };
}

describe("smoke suite", () => {
  it("replays to byte-identical results and reports twice in a row", async () => {
    const first = await replaySmoke(1);
    const second = await replaySmoke(3);
    for (const key of ["results", "json", "markdown", "html"] as const) expect(sha256(second[key]), key).toBe(sha256(first[key]));
  });

  it("matches the committed reference results in baselines/reference/smoke", async () => {
    const reference = join(paths.reference, "smoke");
    expect(existsSync(join(reference, "results.jsonl")), `no reference results; ${UPDATE_HINT}`).toBe(true);
    const run = await replaySmoke(2);
    expect(readFileSync(run.results, "utf8"), `replayed smoke results differ from the reference; ${UPDATE_HINT}`).toBe(readFileSync(join(reference, "results.jsonl"), "utf8"));
    // Pictures are the envs' own drawings: a change of style there is not a benchmark change.
    expect(withoutPictures(readFileSync(run.json, "utf8")), `the smoke report differs from the reference; ${UPDATE_HINT}`).toEqual(
      withoutPictures(readFileSync(join(reference, "report.json"), "utf8")),
    );
  });
});
