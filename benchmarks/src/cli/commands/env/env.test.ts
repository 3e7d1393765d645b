import { readFileSync, mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { goldenDir } from "@worldcoder/core/testing";
import { afterAll, describe, expect, it, vi } from "vitest";
import { main } from "../../main.js";
import { playEnv, type PlayInput } from "./play.js";

const scratch = mkdtempSync(join(tmpdir(), "wc-env-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const alfworldFile = join(goldenDir(), "alfworld", "react_alfworld_consistent.jsonl");

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => ((err += String(chunk)), true));
  const before = process.exitCode;
  try {
    const code = await main(["node", "worldcoder", ...args]);
    return { code, out, err };
  } finally {
    process.exitCode = before;
    vi.restoreAllMocks();
  }
}

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (chunk) => (text += String(chunk)));
  return { stream, text: () => text };
}

describe("worldcoder env list", () => {
  it("lists every domain's ids", async () => {
    const { code, out } = await run("env", "list", "--json");
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Array<{ id: string; domain: string }>;
    expect(rows.map((r) => r.id)).toContain("ALFWorld-PickAndPlace-v0");
    expect(rows.map((r) => r.id)).toContain("MiniGrid-DoorKey-5x5-v0");
  });
});

describe("worldcoder env verify", () => {
  it("prints per env id how many records and steps match", async () => {
    const { code, out } = await run("env", "verify", alfworldFile);
    expect(code).toBe(0);
    expect(out).toMatch(/ALFWorld-PickAndPlace-v0\s+records 4\/4 {2}steps \d+\/\d+/);
    expect(out).toContain("all golden records match");
  });

  it("exits non-zero on a mismatch and names the first differing field", async () => {
    const lines = readFileSync(alfworldFile, "utf8").trim().split("\n");
    const record = JSON.parse(lines[0]);
    const take = record.steps.findIndex((s: { action: string }) => s.action.startsWith("take "));
    record.steps[take].observation = "You pick up the cat 1 from the countertop 1.";
    const path = join(scratch, "edited.jsonl");
    writeFileSync(path, [JSON.stringify(record), ...lines.slice(1)].join("\n"));
    const { code, out } = await run("env", "verify", path);
    expect(code).toBe(1);
    expect(out).toContain(`first mismatch: prompts/alfworld_3prompts.json#react_put_2, step ${take}, field "observation"`);
    expect(out).toContain('expected "You pick up the cat 1 from the countertop 1."');
  });

  it("gives JSON with --json", async () => {
    const { out } = await run("env", "verify", alfworldFile, "--json");
    expect(JSON.parse(out)).toMatchObject({ ok: true, files: [{ domain: "alfworld" }] });
  });
});

describe("worldcoder env play", () => {
  it("rejects an unknown env id with the known ids", async () => {
    const { code, err } = await run("env", "play", "MiniGrid-Nope-v0", "--actions", "forward");
    expect(code).toBe(2);
    expect(err).toContain('unknown env id "MiniGrid-Nope-v0"');
    expect(err).toContain("[UNKNOWN_ENV]");
  });

  it("rejects an invalid action, listing the valid ones", async () => {
    const { code, err } = await run("env", "play", "MiniGrid-Empty-5x5-v0", "--seed", "1", "--actions", "forward;jump");
    expect(code).toBe(2);
    expect(err).toContain('invalid action "jump"');
    expect(err).toContain("2 forward");
  });

  it("plays scripted ALFWorld commands in a transcript's scene to the win", async () => {
    const out = collect();
    const summary = await playEnv({
      id: "ALFWorld-Scene-v0",
      scene: "act_put_2",
      actions: ["go to countertop 1", "take soapbottle 2 from countertop 1", "go to garbagecan 1", "put soapbottle 2 in/on garbagecan 1"],
      input: new PassThrough(),
      output: out.stream,
    });
    expect(summary).toMatchObject({ steps: 4, totalReward: 1, terminated: true });
    expect(out.text()).toContain("You put the soapbottle 2 in/on the garbagecan 1.");
  });

  it("reads typed lines: commands, key names, errors that do not end the game, q", async () => {
    const input = new PassThrough();
    const out = collect();
    const done = playEnv({ id: "MiniGrid-Empty-5x5-v0", seed: 0, input, output: out.stream });
    input.end("up\nforward\njump\nq\n");
    const summary = await done;
    expect(summary.steps).toBe(2);
    expect(out.text()).toContain('invalid action "jump"');
  });

  it("answers ? with the admissible ALFWorld commands", async () => {
    const input = new PassThrough();
    const out = collect();
    const done = playEnv({ id: "ALFWorld-PickAndPlace-v0", seed: 2, input, output: out.stream });
    input.end("?\ndance\nq\n");
    const summary = await done;
    expect(summary.steps).toBe(1);
    expect(out.text()).toContain("inventory\nlook");
    expect(out.text()).toContain("Nothing happens.");
  });

  it("maps arrow keys on a terminal and quits on q", async () => {
    const input = new PassThrough() as PassThrough & PlayInput;
    input.isTTY = true;
    const modes: boolean[] = [];
    input.setRawMode = (mode: boolean) => modes.push(mode);
    const out = collect();
    const done = playEnv({ id: "MiniGrid-Empty-5x5-v0", seed: 0, input, output: out.stream });
    input.write("\x1b[A");
    input.write("\x1b[C");
    input.write("z");
    input.write("q");
    const summary = await done;
    expect(summary.steps).toBe(2);
    expect(modes).toEqual([true, false]);
    expect(out.text()).toContain('unknown key "z"');
  });
});
