import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { CassetteMissError } from "@worldcoder/llm";
import { defaultPaths } from "../paths.js";
import { paperSuite } from "../suites/paper.js";
import { runSuite } from "./run-suite.js";

// A contributor's prompt edit: one word of the program contract, a template every synthesis prompt holds.
vi.mock("../../../packages/synthesizer/src/prompts/contract.ts", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../../packages/synthesizer/src/prompts/contract.ts")>();
  return { ...original, programContract: (domain: never) => original.programContract(domain).replace("Write plain JavaScript", "Write modern JavaScript") };
});

describe("a prompt edit replayed against the committed cassettes", () => {
  it("stops the run with a miss that names the message, the word and the command re-recording just that job", async () => {
    const paths = defaultPaths();
    const error = await runSuite({
      suite: paperSuite,
      agents: ["worldcoder"],
      jobIds: ["worldcoder/sokoban/0"],
      mode: "replay",
      outDir: mkdtempSync(join(tmpdir(), "wc-miss-")),
      cassetteRoot: paths.cassettes,
      dataRoot: paths.root,
    }).catch((e: unknown) => e);
    expect(error, JSON.stringify(error)?.slice(0, 2000)).toBeInstanceOf(CassetteMissError);
    const miss = error as CassetteMissError;
    expect(miss.cassettePath).toBe(join(paths.cassettes, "paper", "worldcoder-sokoban-0.jsonl"));
    expect(miss.closest).toMatchObject({ position: 1, purpose: "synthesize-init", reason: "next-unreplayed" });
    expect(miss.closest!.diff.params).toEqual([]);
    expect(miss.closest!.diff.messages.map((m) => [m.index, m.role, m.hunks.map((h) => [h.removed, h.added])])).toEqual([[1, "user", [["plain", "modern"]]]]);
    expect(miss.message).toMatch(/message 1 \(user\) changed at line \d+: .*Write \[-plain-\]\{\+modern\+\} JavaScript/);
    expect(miss.message).toContain("pnpm worldcoder bench --suite paper --agents worldcoder --jobs worldcoder/sokoban/0 --mode record");
  }, 60_000);
});
