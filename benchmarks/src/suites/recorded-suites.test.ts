import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPaths } from "../paths.js";
import { referenceUpdateHint, replaySuite, withoutPictures } from "../testing/replay-suite.js";
import { paperSuite } from "./paper.js";

const paths = defaultPaths();
const UPDATE_HINT = referenceUpdateHint("paper");
// Slow (minutes: every recorded WorldCoder run plans again in the sandbox); CI always runs it.
const slow = process.env.WORLDCODER_SKIP_SLOW === "1" ? it.skip : it;

describe("paper suite (recorded through the bridge)", () => {
  slow(
    "replays offline to the committed reference results in baselines/reference/paper",
    async () => {
      const reference = join(paths.reference, "paper");
      expect(existsSync(join(reference, "results.jsonl")), `no reference results; ${UPDATE_HINT}`).toBe(true);
      const run = await replaySuite(paperSuite, 2);
      expect(readFileSync(run.results, "utf8"), `replayed paper results differ from the reference; ${UPDATE_HINT}`).toBe(
        readFileSync(join(reference, "results.jsonl"), "utf8"),
      );
      expect(withoutPictures(readFileSync(run.json, "utf8")), `the paper report differs from the reference; ${UPDATE_HINT}`).toEqual(
        withoutPictures(readFileSync(join(reference, "report.json"), "utf8")),
      );
      // The README's results table is written from this report: it must say what the replay says.
      const readme = spawnSync(process.execPath, [join(paths.root, "scripts", "readme-results.mjs"), dirname(run.results), "--check"], { encoding: "utf8" });
      expect(readme.status, readme.stderr).toBe(0);
    },
    1_800_000,
  );
});
