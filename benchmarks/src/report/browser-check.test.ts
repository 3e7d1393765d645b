import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultPaths } from "../paths.js";
import { CHROMIUM_PATH, checkReportInBrowser } from "./browser-check.js";
import { reportFromResults } from "./from-results.js";

const hasChromium = existsSync(CHROMIUM_PATH);
const skipSlow = process.env.WORLDCODER_SKIP_SLOW === "1";

describe("report.html in a real browser", () => {
  it.skipIf(!hasChromium || skipSlow)(
    hasChromium
      ? "loads offline without errors and draws every chart, table and picture"
      : `SKIPPED: no chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set WORLDCODER_CHROMIUM)`,
    async () => {
      const paths = defaultPaths();
      const outDir = mkdtempSync(join(tmpdir(), "wc-html-"));
      const { report, files } = await reportFromResults(join(paths.reference, "smoke", "results.jsonl"), { baselinesDir: paths.baselines, outDir });
      const seen = await checkReportInBrowser(files.html, join(outDir, "report.png"));
      expect(seen.title).toBe("WorldCoder-TS benchmark: smoke");
      expect(seen.consoleErrors).toEqual([]);
      expect(seen.externalRequests).toEqual([]);
      // One success chart per env; the tokens chart only when an LLM agent solved something.
      expect(seen.charts).toBeGreaterThanOrEqual(report.envs.length);
      expect(seen.emptyCharts).toBe(0);
      expect(seen.tables).toBeGreaterThanOrEqual(report.envs.length * 2);
      expect(existsSync(join(outDir, "report.png"))).toBe(true);
    },
    60_000,
  );
});
