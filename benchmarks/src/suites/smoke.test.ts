import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPaths } from "../paths.js";
import { comparableResultsText, referenceUpdateHint, replaySuite, withoutPictures } from "../testing/replay-suite.js";
import { smokeSuite } from "./smoke.js";

const paths = defaultPaths();
const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const UPDATE_HINT = referenceUpdateHint("smoke");

describe("smoke suite", () => {
  it("replays to byte-identical results and reports twice in a row", async () => {
    const first = await replaySuite(smokeSuite, 1);
    const second = await replaySuite(smokeSuite, 3);
    for (const key of ["results", "json", "markdown", "html"] as const) expect(sha256(second[key]), key).toBe(sha256(first[key]));
  });

  it("matches the committed reference results in baselines/reference/smoke", async () => {
    const reference = join(paths.reference, "smoke");
    expect(existsSync(join(reference, "results.jsonl")), `no reference results; ${UPDATE_HINT}`).toBe(true);
    const run = await replaySuite(smokeSuite, 2);
    expect(comparableResultsText(readFileSync(run.results, "utf8")), `replayed smoke results differ from the reference; ${UPDATE_HINT}`).toBe(
      comparableResultsText(readFileSync(join(reference, "results.jsonl"), "utf8")),
    );
    expect(withoutPictures(readFileSync(run.json, "utf8")), `the smoke report differs from the reference; ${UPDATE_HINT}`).toEqual(
      withoutPictures(readFileSync(join(reference, "report.json"), "utf8")),
    );
  });
});
