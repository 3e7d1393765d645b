import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultPaths } from "../paths.js";
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
    expect(stderr).toMatch(/unknown suite "nope"; known suites: smoke, paper, boxoban \[UNKNOWN_SUITE\]/);
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
  const referenceResults = readFileSync(join(defaultPaths().reference, "smoke", "results.jsonl"), "utf8");

  it("bench --shard 1/2 and 2/2, then merge, equals the unsharded reference", async () => {
    const root = temp();
    for (const k of [1, 2]) expect((await cli("bench", "--shard", `${k}/2`, "--out", join(root, `s${k}`))).code).toBe(0);
    const merged = await cli("merge", join(root, "s2"), join(root, "s1"), "--out", join(root, "all"), "--no-report");
    expect(merged.code).toBe(0);
    expect(readFileSync(join(root, "all", "results.jsonl"), "utf8")).toBe(referenceResults);
  });

  it("a run cut after three jobs and resumed equals the reference", async () => {
    const dir = temp();
    expect((await cli("bench", "--out", dir, "--no-report")).code).toBe(0);
    const kept = readFileSync(join(dir, "results.jsonl"), "utf8").split("\n").slice(0, 3).join("\n");
    writeFileSync(join(dir, "results.jsonl"), `${kept}\n{"schema":1,"suite":"sm`);
    const resumed = await cli("bench", "--out", dir, "--resume", "--json", "--no-report");
    expect(resumed.code).toBe(0);
    const total = referenceResults.trim().split("\n").length;
    expect(JSON.parse(resumed.stdout)).toMatchObject({ ran: total - 3, resumed: 3 });
    expect(readFileSync(join(dir, "results.jsonl"), "utf8")).toBe(referenceResults);
  });
});
