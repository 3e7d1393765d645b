import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "@worldcoder/core/testing";
import { describe, expect, it } from "vitest";
import { CassetteWriter, cassettePathFor, readCassette } from "./cassette.js";
import { createLlmClient } from "./client.js";
import { llmConfigFromEnv } from "./config.js";
import { redactSecrets } from "./redact.js";

const historicalV1 = join(repoRoot(), "fixtures", "cassette-format", "historical", "v1.jsonl");

describe("cassette format", () => {
  it("still replays a v1 cassette, byte for byte twice in a row, with no key and no base URL", async () => {
    const system = { role: "system" as const, content: "You write world models as JavaScript programs." };
    const replayOnce = async (): Promise<string> => {
      const llm = createLlmClient({ env: { WORLDCODER_MODEL: "gpt-4o-mini", WORLDCODER_TEMPERATURE: "0" }, cassettePath: historicalV1 });
      try {
        const out = [
          await llm.complete({ messages: [system, { role: "user", content: "Write transition(state, action) for a 3x3 grid." }] }, "synthesize-transition"),
          await llm.complete({ messages: [system, { role: "user", content: "Write reward(state, action, nextState, goal)." }], temperature: 1 }, "synthesize-reward"),
          await llm.complete({ messages: [system, { role: "user", content: "Write reward(state, action, nextState, goal)." }], temperature: 1 }, "synthesize-reward"),
        ];
        return JSON.stringify({ out, ledger: llm.ledgerEntries(), totals: llm.totals() });
      } finally {
        await llm.close();
      }
    };
    const first = await replayOnce();
    expect(await replayOnce()).toBe(first);
    const parsed = JSON.parse(first) as { out: { content: string }[]; totals: unknown };
    expect(parsed.out.map((r) => r.content)).toEqual([
      "answer 1 to: Write transition(state, action) for a 3x3 grid.",
      "answer 2 to: Write reward(state, action, nextState, goal).",
      "answer 3 to: Write reward(state, action, nextState, goal).",
    ]);
    // gpt-4o-mini list price: $0.15 / $0.60 per million tokens.
    expect(parsed.totals).toEqual({ calls: 3, promptTokens: 36, completionTokens: 21, dollars: 0.0000180 });
  });

  it("keeps every line before a torn last line, and appends on a fresh line after it", () => {
    const dir = mkdtempSync(join(tmpdir(), "wc-cassette-"));
    try {
      const path = join(dir, "run.jsonl");
      const [line] = readFileSync(historicalV1, "utf8").split("\n");
      writeFileSync(path, `${line}\n${line.slice(0, 40)}`);
      expect(readCassette(path)).toHaveLength(1);
      new CassetteWriter(path, []).append(JSON.parse(line));
      expect(readCassette(path)).toHaveLength(2);
      writeFileSync(path, `${line.slice(0, 40)}\n${line}\n`);
      expect(() => readCassette(path)).toThrow(/not JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("names cassettes <root>/<suite>/<run>.jsonl and refuses ids that would escape the folder", () => {
    expect(cassettePathFor("fixtures/cassettes", "smoke", "worldcoder-minigrid-0")).toBe(join("fixtures/cassettes", "smoke", "worldcoder-minigrid-0.jsonl"));
    expect(() => cassettePathFor("c", "..", "run")).toThrow(/suite/);
    expect(() => cassettePathFor("c", "smoke", "a/b")).toThrow(/run/);
  });
});

describe("redaction", () => {
  it("removes configured keys and the usual shapes of secrets", () => {
    const text = 'key sk-abcdefghijklmnop, Bearer abc.def.ghijkl, https://x.azure.com/?api-key=zzz123&v=1 {"Authorization":"Basic dXNlcjpwYXNz"} my-own-secret-value';
    const out = redactSecrets(text, ["my-own-secret-value", "x"]);
    for (const secret of ["abcdefghijklmnop", "abc.def.ghijkl", "zzz123", "dXNlcjpwYXNz", "my-own-secret-value"]) expect(out).not.toContain(secret);
    expect(out).toContain("v=1");
  });
});

describe("configuration", () => {
  it("reads the documented variables, replay by default", () => {
    expect(llmConfigFromEnv({})).toEqual({ mode: "replay", model: "bridge/assistant" });
    expect(
      llmConfigFromEnv({
        WORLDCODER_MODE: "record",
        WORLDCODER_MODEL: "gpt-4o",
        WORLDCODER_TEMPERATURE: "0.5",
        WORLDCODER_SEED: "7",
        OPENAI_API_KEY: "k",
        OPENAI_BASE_URL: "http://127.0.0.1:8787/v1",
      }),
    ).toEqual({ mode: "record", model: "gpt-4o", temperature: 0.5, seed: 7, apiKey: "k", baseURL: "http://127.0.0.1:8787/v1" });
    expect(() => llmConfigFromEnv({ WORLDCODER_MODE: "online" })).toThrow(/WORLDCODER_MODE/);
    expect(() => llmConfigFromEnv({ WORLDCODER_SEED: "1.5" })).toThrow(/integer/);
  });

  it("refuses record and live without an endpoint, and never reads the key in replay", () => {
    expect(() => createLlmClient({ env: { WORLDCODER_MODE: "live" } })).toThrow(/OPENAI_API_KEY/);
    expect(() => createLlmClient({ env: { WORLDCODER_MODE: "record", OPENAI_API_KEY: "k" } })).toThrow(/cassette/);
  });
});
