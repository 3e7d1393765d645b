import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CassetteExchange } from "./cassette.js";
import { createLlmClient, type ManagedLlmClient } from "./client.js";
import { CassetteMissError } from "./errors.js";
import type { ChatRequest } from "./types.js";

// A real exchange, recorded through the bridge: WorldCoder's first draft of a Sokoban model.
const recordedLine = readFileSync(new URL("../../../fixtures/cassettes/paper/worldcoder-sokoban-0.jsonl", import.meta.url), "utf8").split("\n")[0]!;
const recorded = JSON.parse(recordedLine) as CassetteExchange;
const RERECORD = "pnpm worldcoder bench --suite paper --agents worldcoder --jobs worldcoder/sokoban/0 --mode record";

let dir: string;
let clients: ManagedLlmClient[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "wc-miss-"));
  clients = [];
});
afterEach(async () => {
  for (const c of clients) await c.close();
  rmSync(dir, { recursive: true, force: true });
});

function replayer(lines: readonly string[]): ManagedLlmClient {
  const path = join(dir, `cassette-${clients.length}.jsonl`);
  writeFileSync(path, lines.map((l) => `${l}\n`).join(""));
  const made = createLlmClient({ env: {}, mode: "replay", model: recorded.request.model, cassettePath: path, rerecordCommand: RERECORD });
  clients.push(made);
  return made;
}

/** The recorded request as the agent asks it, after `edit`. */
function askAsRecorded(edit: (request: ChatRequest) => void = () => {}): ChatRequest {
  const request: ChatRequest = {
    messages: recorded.request.messages.map((m) => ({ ...m })),
    temperature: recorded.request.temperature!,
    maxTokens: recorded.request.max_tokens!,
  };
  edit(request);
  return request;
}

async function missOf(client: ManagedLlmClient, request: ChatRequest, purpose = recorded.purpose): Promise<CassetteMissError> {
  const error = await client.complete(request, purpose).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CassetteMissError);
  return error as CassetteMissError;
}

describe("a replay miss explains itself against the closest recording", () => {
  it("serves the recorded request unchanged (the cassette line is sound)", async () => {
    const answer = await replayer([recordedLine]).complete(askAsRecorded(), recorded.purpose);
    expect(answer.content).toContain("function transition");
  });

  it("names the message, the line and the word a prompt edit changed, and the command that re-records the run", async () => {
    const user = recorded.request.messages[1]!.content;
    expect(user).toContain("Write plain JavaScript");
    const miss = await missOf(
      replayer([recordedLine]),
      askAsRecorded((r) => {
        r.messages[1]!.content = user.replace("Write plain JavaScript", "Write modern JavaScript");
      }),
    );
    expect(miss.closest).toMatchObject({ position: 1, purpose: "synthesize-init", occurrence: 0, reason: "next-unreplayed" });
    expect(miss.closest!.diff.params).toEqual([]);
    expect(miss.closest!.diff.messages).toHaveLength(1);
    const change = miss.closest!.diff.messages[0]!;
    expect(change).toMatchObject({ index: 1, role: "user", kind: "changed" });
    expect(change.hunks).toEqual([expect.objectContaining({ removed: "plain", added: "modern", line: user.slice(0, user.indexOf("Write plain")).split("\n").length })]);
    expect(change.hunks[0]!.before).toMatch(/Write $/);
    expect(change.hunks[0]!.after).toMatch(/^ JavaScript/);
    expect(miss.message).toMatch(/message 1 \(user\) changed at line \d+: .*Write \[-plain-\]\{\+modern\+\} JavaScript/);
    expect(miss.message).toContain("Closest recording: exchange 1 of the cassette (purpose synthesize-init, occurrence 0)");
    expect(miss.message).toContain(RERECORD);
    expect(miss.rerecordCommand).toBe(RERECORD);
  });

  it("names a request parameter that differs", async () => {
    const miss = await missOf(
      replayer([recordedLine]),
      askAsRecorded((r) => {
        r.temperature = 0.5;
        r.maxTokens = 1000;
      }),
    );
    expect(miss.closest!.diff.messages).toEqual([]);
    expect(miss.closest!.diff.params).toEqual([
      { field: "temperature", recorded: 1, requested: 0.5 },
      { field: "max_tokens", recorded: 4096, requested: 1000 },
    ]);
    expect(miss.message).toContain("parameter temperature: recorded 1, now 0.5");
    expect(miss.message).toContain("parameter max_tokens: recorded 4096, now 1000");
  });

  it("names a message that is new or gone", async () => {
    const added = await missOf(replayer([recordedLine]), askAsRecorded((r) => r.messages.push({ role: "user", content: "And quickly." })));
    expect(added.message).toContain("message 2 (user) is new");
    const removed = await missOf(replayer([recordedLine]), askAsRecorded((r) => r.messages.shift()));
    expect(removed.closest!.diff.messages.at(-1)).toMatchObject({ index: 1, kind: "removed" });
    expect(removed.message).toMatch(/message 0 \(user\) was recorded with role system/);
  });

  it("says when the run asks the very same request more often than it was recorded", async () => {
    const client = replayer([recordedLine]);
    await client.complete(askAsRecorded(), recorded.purpose);
    const miss = await missOf(client, askAsRecorded());
    expect(miss.closest).toMatchObject({ position: 1, reason: "most-similar" });
    expect(miss.message).toContain("It is this very request, already replayed: the run asks it more often (occurrence 1)");
  });

  it("prefers the next exchange of the same purpose not replayed yet over a replayed one that is more alike", async () => {
    const second: CassetteExchange = {
      ...recorded,
      key: "f".repeat(64),
      request: { ...recorded.request, messages: [recorded.request.messages[0]!, { role: "user", content: "A different second prompt." }] },
    };
    const other: CassetteExchange = { ...recorded, key: "e".repeat(64), purpose: "react-step" };
    const client = replayer([JSON.stringify(other), recordedLine, JSON.stringify(second)]);
    await client.complete(askAsRecorded(), recorded.purpose);
    const miss = await missOf(client, askAsRecorded((r) => (r.messages[1]!.content = "A different second prompt, edited.")));
    expect(miss.closest).toMatchObject({ position: 3, reason: "next-unreplayed" });
    expect(miss.message).toContain("message 1 (user) changed at line 1: A different second prompt{+, edited+}.");
  });

  it("says so when the cassette is empty", async () => {
    const miss = await missOf(replayer([]), askAsRecorded());
    expect(miss.closest).toBeNull();
    expect(miss.message).toContain("holds no exchange at all");
  });
});
