import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { goldenDir } from "@worldcoder/core/testing";
import { afterAll, describe, expect, it } from "vitest";
import { verifyGolden } from "./verify.js";

const scratch = mkdtempSync(join(tmpdir(), "wc-golden-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const alfworldFile = join(goldenDir(), "alfworld", "react_alfworld_consistent.jsonl");

/** The first `n` MiniGrid records, as a small gzip file of the same format. */
function minigridSample(n: number, edit?: (record: { episodes: Array<{ steps: Array<{ reward: number }> }> }) => void): string {
  const lines = gunzipSync(readFileSync(join(goldenDir(), "minigrid", "traces.jsonl.gz"))).toString("utf8").split("\n").slice(0, n);
  const records = lines.map((l) => JSON.parse(l));
  if (edit) edit(records[0]);
  const path = join(scratch, `minigrid-${n}-${edit ? "edited" : "ok"}.jsonl.gz`);
  writeFileSync(path, gzipSync(records.map((r) => JSON.stringify(r)).join("\n") + "\n"));
  return path;
}

describe("verifyGolden", () => {
  it("checks the ALFWorld transcripts by content, per env id", () => {
    const report = verifyGolden(alfworldFile);
    expect(report.ok).toBe(true);
    expect(report.files).toHaveLength(1);
    expect(report.files[0].domain).toBe("alfworld");
    expect(report.files[0].envs["ALFWorld-PickTwoObjAndPlace-v0"]).toMatchObject({ records: 8, recordsMatched: 8 });
  });

  it("checks the RNG vectors against core's generators", () => {
    const report = verifyGolden(join(goldenDir(), "rng", "vectors.json"));
    expect(report.ok).toBe(true);
    const total = Object.values(report.files[0].envs).reduce((s, t) => s + t.stepsMatched, 0);
    expect(total).toBe(6000);
  });

  it("checks MiniGrid records and reports the first differing field", () => {
    expect(verifyGolden(minigridSample(2)).ok).toBe(true);
    const bad = verifyGolden(
      minigridSample(2, (r) => {
        r.episodes[0].steps[0].reward = 0.5;
      }),
    );
    expect(bad.ok).toBe(false);
    expect(bad.files[0].firstMismatch).toMatchObject({ field: "reward", at: "episode 0 step 0", expected: 0.5 });
  });

  it("walks a folder, skipping non-record and flagged files", () => {
    const dir = join(scratch, "golden");
    mkdirSync(join(dir, "alfworld"), { recursive: true });
    writeFileSync(join(dir, "README.md"), "# golden\n");
    writeFileSync(join(dir, "alfworld", "react_alfworld_consistent.jsonl"), readFileSync(alfworldFile));
    writeFileSync(join(dir, "alfworld", "react_alfworld_flagged.jsonl"), readFileSync(join(goldenDir(), "alfworld", "react_alfworld_flagged.jsonl")));
    const report = verifyGolden(dir);
    expect(report.ok).toBe(true);
    expect(report.files.map((f) => f.file)).toEqual([join("alfworld", "react_alfworld_consistent.jsonl")]);
    expect(report.skipped.map((s) => s.file).sort()).toEqual(["README.md", join("alfworld", "react_alfworld_flagged.jsonl")]);
  });

  it("fails clearly on a missing path or an unknown file", () => {
    expect(() => verifyGolden(join(scratch, "nope"))).toThrow(/no such file/);
    const odd = join(scratch, "odd.json");
    writeFileSync(odd, JSON.stringify({ hello: 1 }));
    expect(() => verifyGolden(odd)).toThrow(/not a known golden record format/);
  });
});

describe("verifyGolden on Sokoban traces", () => {
  it("checks a Sokoban record and reports a differing field", () => {
    const lines = gunzipSync(readFileSync(join(goldenDir(), "sokoban", "traces.jsonl.gz"))).toString("utf8").split("\n");
    const small = lines.filter((l) => l.includes('"Sokoban-small-v0"')).slice(0, 1);
    const ok = join(scratch, "sokoban-ok.jsonl.gz");
    writeFileSync(ok, gzipSync(small.join("\n") + "\n"));
    const good = verifyGolden(ok);
    expect(good.files[0]).toMatchObject({ domain: "sokoban", ok: true });
    expect(good.files[0].envs["Sokoban-small-v0"]).toMatchObject({ records: 1, recordsMatched: 1 });
    const record = JSON.parse(small[0]);
    record.episodes[0].steps[0].reward = 42;
    const bad = join(scratch, "sokoban-bad.jsonl.gz");
    writeFileSync(bad, gzipSync(JSON.stringify(record) + "\n"));
    const report = verifyGolden(bad);
    expect(report.ok).toBe(false);
    expect(report.files[0].firstMismatch).toMatchObject({ field: "reward", expected: 42 });
  });
});

describe("verifyGolden on Boxoban level files", () => {
  it("checks every level's header, size and pieces", () => {
    const file = join(goldenDir(), "boxoban", "medium", "train", "000.txt");
    const report = verifyGolden(file);
    expect(report.files[0]).toMatchObject({ domain: "boxoban", ok: true, envs: { "Boxoban-v0": { records: 1000, recordsMatched: 1000 } } });
    const text = readFileSync(file, "utf8").replace("; 1\n", "; 7\n");
    const bad = join(scratch, "boxoban-bad.txt");
    writeFileSync(bad, text);
    expect(verifyGolden(bad).files[0].firstMismatch).toMatchObject({ record: "level 7", field: "index", expected: 1, actual: 7 });
  });

  it("reports each file before checking it", () => {
    const seen: string[] = [];
    verifyGolden(join(goldenDir(), "alfworld"), { onFile: (file, i, n) => seen.push(`${i + 1}/${n} ${file}`) });
    expect(seen).toEqual(["1/3 LICENSE-ReAct", "2/3 react_alfworld_consistent.jsonl", "3/3 react_alfworld_flagged.jsonl"]);
  });
});
