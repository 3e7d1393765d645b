import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { referenceProgramPath } from "@worldcoder/sandbox/testing";
import { describe, expect, it } from "vitest";
import { checkModel } from "./check.js";

const dir = mkdtempSync(join(tmpdir(), "model-check-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("worldcoder model check", () => {
  it("fits the hand-written reference Sokoban program to a real rollout", async () => {
    const report = await checkModel({ file: referenceProgramPath("sokoban"), envId: "Sokoban-small-v0", backend: "ses", steps: 100, seed: 0, timeoutMs: 10_000 });
    expect(report).toMatchObject({ ok: true, error: null, fit: { transitions: 100, explained: 100, score: 1 } });
    expect(report.throughput?.transitionsPerSecond).toBeGreaterThan(0);
  });

  it("reports a broken program as a typed error, not a crash", async () => {
    const broken = file("broken.js", "function transition(s {\n");
    const report = await checkModel({ file: broken, envId: "Sokoban-small-v0", backend: "ses", steps: 10, seed: 0, timeoutMs: 10_000 });
    expect(report).toMatchObject({ ok: false, error: { stage: "load", kind: "syntax" } });
  });

  it("reports a hanging program as a time-out", async () => {
    const hang = file("hang.js", "function transition() { for (;;) {} }\nfunction reward() { return { reward: 0, done: false }; }");
    const report = await checkModel({ file: hang, envId: "Sokoban-small-v0", backend: "ses", steps: 5, seed: 0, timeoutMs: 300 });
    expect(report).toMatchObject({ ok: false, error: { stage: "fit", kind: "timeout" } });
  });
});
