import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultPaths } from "../paths.js";
import { reportFromResults } from "../report/from-results.js";
import { runSuite } from "../runner/run-suite.js";
import type { Suite } from "../suites/types.js";

/** Replays a suite offline from the committed cassettes into a fresh folder, then writes its reports there. */
export async function replaySuite(suite: Suite, concurrency: number) {
  const paths = defaultPaths();
  const outDir = mkdtempSync(join(tmpdir(), `wc-${suite.name}-`));
  await runSuite({ suite, agents: suite.agents, mode: "replay", outDir, concurrency, cassetteRoot: paths.cassettes, dataRoot: paths.root });
  const { files } = await reportFromResults(outDir, { baselinesDir: paths.baselines, outDir });
  return { results: join(outDir, "results.jsonl"), ...files };
}

/**
 * A report without the envs' pictures (a change of drawing style is not a benchmark change) and
 * without the manifest's informational facts (commit, Node, platform… differ between the
 * reference's commit or machine and a fresh replay without the figures differing).
 */
export function withoutPictures(reportText: string): unknown {
  const report = JSON.parse(reportText) as { envs: { picture: unknown }[]; manifest?: { informational?: unknown } | null };
  for (const env of report.envs) env.picture = null;
  if (report.manifest) delete report.manifest.informational;
  return report;
}

/** A results file without its manifest's informational facts, for comparing with a reference. */
export function comparableResultsText(text: string): string {
  const [first = "", ...rest] = text.split("\n");
  if (!first.startsWith('{"manifest":')) return text;
  const line = JSON.parse(first) as { manifest: { informational?: unknown } };
  delete line.manifest.informational;
  return [JSON.stringify(line), ...rest].join("\n");
}

/** How to refresh a suite's committed reference after an intended change. */
export function referenceUpdateHint(suite: string): string {
  return `if the change is intended, refresh the reference with \`pnpm worldcoder bench --suite ${suite} --out baselines/reference/${suite}\` and commit its results.jsonl and report.json`;
}
