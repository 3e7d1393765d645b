import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultPaths } from "../paths.js";
import { comparableResultsText } from "../testing/replay-suite.js";
import { main } from "./main.js";

/** Runs the CLI in-process and captures what it prints. */
async function cli(...args: string[]) {
  let stdout = "";
  let stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await main(["node", "worldcoder", ...args]);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => {
  process.exitCode = undefined;
});

const temp = () => mkdtempSync(join(tmpdir(), "wc-cli-"));
const reference = join(defaultPaths().reference, "smoke", "report.json");

describe("worldcoder bench / report / compare: bad input gives a clear error and exit code 2", () => {
  it("unknown suite", async () => {
    const { code, stderr } = await cli("bench", "--suite", "nope", "--out", temp());
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown suite "nope"; known suites: smoke, paper, boxoban, novel \[UNKNOWN_SUITE\]/);
  });

  it("unknown agent", async () => {
    const { code, stderr } = await cli("bench", "--agents", "random,gpt-genius", "--out", temp());
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown or unavailable agent "gpt-genius".*\[UNKNOWN_AGENT\]/);
  });

  it("missing cassettes for an LLM agent in replay", async () => {
    const { code, stderr } = await cli("bench", "--suite", "paper", "--agents", "random,worldcoder", "--out", temp(), "--cassettes", temp());
    expect(code).toBe(2);
    expect(stderr).toMatch(/replay needs \d+ cassette\(s\) that do not exist: .*paper\/worldcoder-sokoban-0\.jsonl.*\[CASSETTE_MISSING\]/);
  });

  it("bad shard", async () => {
    const { code, stderr } = await cli("bench", "--shard", "3/2", "--out", temp());
    expect(code).toBe(2);
    expect(stderr).toMatch(/BAD_SHARD/);
  });

  it("malformed results file", async () => {
    const dir = temp();
    writeFileSync(join(dir, "results.jsonl"), '{"schema":1}\n');
    const { code, stderr } = await cli("report", dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/results\.jsonl:1: field "suite" must be a string \[MALFORMED_RESULTS\]/);
  });

  it("compare of a file that is not a report", async () => {
    const dir = temp();
    writeFileSync(join(dir, "x.json"), "{}");
    const { code, stderr } = await cli("compare", reference, join(dir, "x.json"));
    expect(code).toBe(2);
    expect(stderr).toMatch(/BAD_REPORT/);
  });
});

describe("worldcoder compare", () => {
  it("prints no regression for identical reports and marks a worse head", async () => {
    const same = await cli("compare", reference, reference, "--fail-on-regression");
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("No regressions.");
    const worse = JSON.parse(readFileSync(reference, "utf8"));
    const row = worse.envs[1].agents[0];
    row.successRate = Math.max(0, row.successRate - 0.2);
    row.envSteps = row.envSteps * 2;
    const head = join(temp(), "head.json");
    writeFileSync(head, JSON.stringify(worse));
    const result = await cli("compare", reference, head, "--fail-on-regression");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/1 regression/);
    expect(result.stdout).toContain("🔴");
  });
});

describe("worldcoder bench: shards, merge and resume give the reference bytes", () => {
  const referenceResults = comparableResultsText(readFileSync(join(defaultPaths().reference, "smoke", "results.jsonl"), "utf8"));
  const resultsIn = (dir: string) => comparableResultsText(readFileSync(join(dir, "results.jsonl"), "utf8"));

  it("bench --shard 1/2 and 2/2, then merge, equals the unsharded reference", async () => {
    const root = temp();
    for (const k of [1, 2]) expect((await cli("bench", "--shard", `${k}/2`, "--out", join(root, `s${k}`))).code).toBe(0);
    const merged = await cli("merge", join(root, "s2"), join(root, "s1"), "--out", join(root, "all"), "--no-report");
    expect(merged.code).toBe(0);
    expect(resultsIn(join(root, "all"))).toBe(referenceResults);
  });

  it("a run cut after three jobs and resumed equals the reference", async () => {
    const dir = temp();
    expect((await cli("bench", "--out", dir, "--no-report")).code).toBe(0);
    // The manifest line and three jobs.
    const kept = readFileSync(join(dir, "results.jsonl"), "utf8").split("\n").slice(0, 4).join("\n");
    writeFileSync(join(dir, "results.jsonl"), `${kept}\n{"schema":1,"suite":"sm`);
    const resumed = await cli("bench", "--out", dir, "--resume", "--json", "--no-report");
    expect(resumed.code).toBe(0);
    const total = referenceResults.trim().split("\n").length - 1;
    expect(JSON.parse(resumed.stdout)).toMatchObject({ ran: total - 3, resumed: 3 });
    expect(resultsIn(dir)).toBe(referenceResults);
  });
});

describe("worldcoder compare and merge: run manifests", () => {
  const referenceDir = join(defaultPaths().reference, "smoke");

  /** A copy of the smoke reference results whose manifest line is edited. */
  function editedResults(edit: (manifest: Record<string, any>) => void): string {
    const [first, ...rest] = readFileSync(join(referenceDir, "results.jsonl"), "utf8").split("\n");
    const line = JSON.parse(first!) as { manifest: Record<string, any> };
    edit(line.manifest);
    const dir = temp();
    writeFileSync(join(dir, "results.jsonl"), [JSON.stringify(line), ...rest].join("\n"));
    return join(dir, "results.jsonl");
  }

  it("refuses results whose prompt-template hashes differ, naming the field and both values, and compares them with --force saying so", async () => {
    const base = editedResults(() => {});
    const original = JSON.parse(readFileSync(base, "utf8").split("\n")[0]!).manifest.comparable.prompts["synthesizer/refine/sokoban"] as string;
    expect(original).toMatch(/^[0-9a-f]{16}$/);
    const head = editedResults((m) => (m.comparable.prompts["synthesizer/refine/sokoban"] = "0123456789abcdef"));

    const refused = await cli("compare", base, head);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`prompts.synthesizer/refine/sokoban (base: ${original}, head: 0123456789abcdef)`);
    expect(refused.stderr).toMatch(/--force.*\[INCOMPARABLE_RUNS\]/);

    const forced = await cli("compare", base, head, "--force");
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("FORCED COMPARISON (--force): these runs are not comparable.");
    expect(forced.stdout).toContain(`\`prompts.synthesizer/refine/sokoban\`: base \`${original}\`, head \`0123456789abcdef\``);
    const json = JSON.parse((await cli("compare", base, head, "--force", "--json")).stdout);
    expect(json.manifest).toMatchObject({ forced: true, differences: [{ field: "prompts.synthesizer/refine/sokoban", values: [original, "0123456789abcdef"] }] });
  });

  it("compares results that differ only in informational facts (commit, Node, platform, lockfile) without --force", async () => {
    const head = editedResults((m) => Object.assign(m.informational, { commit: "f".repeat(40), node: "v99.0.0", platform: "plan9-mips", lockfile: "0".repeat(16) }));
    const result = await cli("compare", join(referenceDir, "report.json"), head, "--fail-on-regression");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("No regressions.");
    expect(result.stdout).not.toContain("FORCED");
  });

  it("refuses to merge shards recorded with different cassettes, and merges them with --force into a report that says so", async () => {
    const root = temp();
    for (const k of [1, 2]) expect((await cli("bench", "--shard", `${k}/2`, "--out", join(root, `s${k}`), "--no-report")).code).toBe(0);
    const runJson = join(root, "s2", "run.json");
    const manifest = JSON.parse(readFileSync(runJson, "utf8"));
    const [cassette] = Object.keys(manifest.comparable.cassettes) as string[];
    const shard1 = JSON.parse(readFileSync(join(root, "s1", "run.json"), "utf8"));
    expect(cassette, "shard 2 replays a cassette").toBeDefined();
    // Shard 1 claims another version of one of shard 2's cassettes.
    shard1.comparable.cassettes[cassette!] = "e".repeat(64);
    writeFileSync(join(root, "s1", "run.json"), JSON.stringify(shard1));

    const refused = await cli("merge", join(root, "s1"), join(root, "s2"), "--out", join(root, "all"));
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`cassettes.${cassette}`);
    expect(refused.stderr).toContain("INCOMPARABLE_RUNS");

    const forced = await cli("merge", join(root, "s1"), join(root, "s2"), "--out", join(root, "all"), "--force");
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain(`FORCED merge: the inputs differ in cassettes.${cassette}`);
    expect(readFileSync(join(root, "all", "report.md"), "utf8")).toMatch(/^> \*\*FORCED: these results were merged with --force although their run manifests differ in 1 comparable field\(s\): cassettes\./m);
  });
});

describe("worldcoder levels facts", () => {
  it("writes the suite's facts file; a level the budget does not cover is unknown, not unsolvable", async () => {
    const out = temp();
    const { code, stdout } = await cli("levels", "facts", "--suite", "smoke", "--out", out, "--max-expansions", "300", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([join(out, "smoke.json")]);
    const file = JSON.parse(readFileSync(join(out, "smoke.json"), "utf8"));
    expect(file.planner).toMatchObject({ planner: "astar", heuristicWeight: 1, maxExpansions: 300 });
    // Sokoban-v0 room 4 needs 274 expansions; the other rooms need more than 300.
    expect(file.levels.map((l: { seed: number; solvable: boolean | null; optimalSteps: number | null }) => [l.seed, l.solvable, l.optimalSteps])).toEqual([
      [0, null, null],
      [1, null, null],
      [2, null, null],
      [3, null, null],
      [4, true, 20],
    ]);
  }, 60_000);

  it("refuses a bad budget and an unknown suite with exit code 2", async () => {
    expect((await cli("levels", "facts", "--suite", "smoke", "--max-expansions", "0")).code).toBe(2);
    const unknown = await cli("levels", "facts", "--suite", "nope");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("UNKNOWN_SUITE");
  });
});
