import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readCassette } from "../cassette.js";
import { createLlmClient, type ManagedLlmClient } from "../client.js";
import { LlmTimeoutError, LlmUnavailableError } from "../errors.js";
import { END_MARKER, STOP_FILE, readAnswer } from "./inbox.js";
import { isLoopback, startBridge, type RunningBridge } from "./server.js";

const SECRET = "sk-test-BRIDGE-SECRET-0123456789";

let inbox: string;
let dir: string;
let cleanups: (() => Promise<void> | void)[];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "wc-bridge-"));
  inbox = join(dir, "inbox");
  cleanups = [];
});
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function bridge(options: Partial<Parameters<typeof startBridge>[0]> = {}): Promise<RunningBridge> {
  const running = await startBridge({ inbox, pollMs: 5, answeredBy: "test answerer", ...options });
  cleanups.push(() => running.close());
  return running;
}

function recorder(url: string, cassettePath: string, extra: { timeoutMs?: number } = {}): ManagedLlmClient {
  const client = createLlmClient({
    env: {},
    mode: "record",
    cassettePath,
    model: "bridge/assistant",
    priceAs: "gpt-4-0613",
    baseURL: url,
    apiKey: SECRET,
    ...extra,
  });
  cleanups.push(() => client.close());
  return client;
}

/**
 * Test double of an answerer: watches the inbox, reads each request's first line for the
 * answer file, and writes the reply in two steps (the second adds the end marker), so a
 * bridge that took half-written files would send the first half.
 */
function startAnswerer(reply: (requestMarkdown: string) => string): void {
  const done = new Set<string>();
  let running = true;
  const loop = async (): Promise<void> => {
    while (running) {
      for (const name of existsSync(inbox) ? readdirSync(inbox).sort() : []) {
        if (!name.endsWith(".request.md") || done.has(name)) continue;
        done.add(name);
        const markdown = readFileSync(join(inbox, name), "utf8");
        const target = /^Answer file: (.+)$/m.exec(markdown.split("\n")[0])![1];
        const text = reply(markdown);
        writeFileSync(target, text.slice(0, Math.ceil(text.length / 2)));
        await new Promise((r) => setTimeout(r, 20));
        writeFileSync(target, `${text}\n${END_MARKER}\n`);
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  void loop();
  cleanups.push(() => {
    running = false;
  });
}

describe("bridge end to end over loopback", () => {
  it("turns requests into inbox files and answers into chat completions, recorded with provenance", async () => {
    const running = await bridge();
    let count = 0;
    startAnswerer((markdown) => {
      count += 1;
      const prompt = /message 2 of 2: user ========\n\n([^\n]*)/.exec(markdown)?.[1];
      return count === 1 ? `---\nanswered-by: assistant via bridge (family unknown)\n---\nReply to ${prompt}` : `Reply to ${prompt}`;
    });
    const path = join(dir, "cassettes", "bridge-suite", "run-1.jsonl");
    const client = recorder(running.url, path);
    const ask = (text: string) => ({
      messages: [
        { role: "system" as const, content: "You write world models." },
        { role: "user" as const, content: text },
      ],
      temperature: 1,
    });
    const first = await client.complete(ask("Write transition()."), "synthesize-transition");
    const [a, b] = await Promise.all([client.complete(ask("Write reward()."), "r"), client.complete(ask("Write reward()."), "r")]);
    expect(first.content).toBe("Reply to Write transition().");
    expect(first.model).toBe("bridge/assistant");
    expect([a.content, b.content]).toEqual(["Reply to Write reward().", "Reply to Write reward()."]);
    expect(first.usage.promptTokens).toBeGreaterThan(10);

    const files = readdirSync(inbox).sort();
    expect(files).toContain("0001.request.md");
    expect(files).toContain("0001.request.json");
    expect(files).toContain("0003.answer.md");
    const markdown = readFileSync(join(inbox, "0001.request.md"), "utf8");
    expect(markdown.split("\n")[0]).toBe(`Answer file: ${join(inbox, "0001.answer.md")}`);
    expect(markdown).toContain(END_MARKER);
    expect(JSON.parse(readFileSync(join(inbox, "0001.request.json"), "utf8")).messages[1].content).toBe("Write transition().");
    for (const name of files) expect(readFileSync(join(inbox, name), "utf8")).not.toContain(SECRET);

    const exchanges = readCassette(path);
    expect(exchanges).toHaveLength(3);
    expect(exchanges[0].provenance).toMatchObject({
      endpoint: "bridge",
      model: "bridge/assistant",
      answeredBy: "assistant via bridge (family unknown)",
      bridgeVersion: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
    expect(exchanges[1].provenance.answeredBy).toBe("test answerer");
    expect(readFileSync(path, "utf8")).not.toContain(SECRET);
    expect(client.ledgerEntries()[0]).toMatchObject({ model: "bridge/assistant", pricedAs: "gpt-4-0613", priceKnown: true });

    await running.close();
    const replayer = createLlmClient({ env: {}, mode: "replay", cassettePath: path, model: "bridge/assistant", priceAs: "gpt-4-0613" });
    cleanups.push(() => replayer.close());
    expect((await replayer.complete(ask("Write transition()."), "synthesize-transition")).content).toBe(first.content);
    await replayer.complete(ask("Write reward()."), "r");
    await replayer.complete(ask("Write reward()."), "r");
    expect(replayer.totals()).toEqual(client.totals());
  });

  it("answers a late or missing answer with a clear time-out", async () => {
    const running = await bridge({ timeoutMs: 50 });
    const client = recorder(running.url, join(dir, "t.jsonl"));
    const error = await client.complete({ messages: [{ role: "user", content: "anyone?" }] }, "p").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmTimeoutError);
    expect((error as Error).message).toContain("0001.answer.md");
    expect(readCassette(join(dir, "t.jsonl"))).toHaveLength(0);
  });

  it("fails waiting requests when STOP appears, and writes STOP when it closes", async () => {
    const running = await bridge();
    const client = recorder(running.url, join(dir, "s.jsonl"));
    const pending = client.complete({ messages: [{ role: "user", content: "wait" }] }, "p").catch((e: unknown) => e);
    while (!existsSync(join(inbox, "0001.request.md"))) await new Promise((r) => setTimeout(r, 5));
    writeFileSync(join(inbox, STOP_FILE), "");
    const error = await pending;
    expect(error).toBeInstanceOf(LlmUnavailableError);
    expect((error as Error).message).toContain("STOP");
    rmSync(join(inbox, STOP_FILE));
    await running.close();
    expect(existsSync(join(inbox, STOP_FILE))).toBe(true);
  });

  it("refuses clients that are not on loopback", async () => {
    expect(["127.0.0.1", "::1", "::ffff:127.0.0.1"].every(isLoopback)).toBe(true);
    expect(["10.0.0.5", "192.168.1.2", "::ffff:10.1.1.1", undefined].some(isLoopback)).toBe(false);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === "IPv4" && !a.internal);
    if (!external) return; // no non-loopback interface on this machine: the unit checks above stand
    const running = await bridge({ host: "0.0.0.0" });
    const response = await fetch(`http://${external.address}:${running.port}/v1/models`);
    expect(response.status).toBe(403);
  });
});

describe("answer files", () => {
  it("takes a file only once its end marker is written, and reads its front matter", () => {
    const path = join(dir, "0001.answer.md");
    writeFileSync(path, "---\nanswered-by: Ada\n---\nHalf of the");
    expect(readAnswer(path)).toBeUndefined();
    writeFileSync(`${path}.tmp`, `---\nanswered-by: Ada\n---\nHalf of the answer.\n\n${END_MARKER}\n\n`);
    renameSync(`${path}.tmp`, path);
    expect(readAnswer(path)).toEqual({ content: "Half of the answer.", answeredBy: "Ada" });
  });
});
