import { afterAll, describe, expect, it } from "vitest";
import { createSandbox } from "./index.js";
import type { SandboxResult } from "./types.js";

/**
 * Hostile-code corpus: every program here tries to escape, exhaust or corrupt the sandbox. Each
 * case asserts what happened, and that the host and the pool keep working afterwards.
 */
/** Bombs take a watchdog period each; WORLDCODER_SKIP_SLOW=1 skips them locally (CI runs them). */
const slow = process.env.WORLDCODER_SKIP_SLOW === "1" ? it.skip : it;
const REWARD = "\nfunction reward() { return { reward: 0, done: false }; }";
const GOAL = "";

/** A transition that evaluates probes and returns what each gave (or threw). */
function probeProgram(probes: Record<string, string>): string {
  const lines = Object.entries(probes).map(
    ([k, expr]) => `  try { out[${JSON.stringify(k)}] = String(${expr}); } catch (e) { out[${JSON.stringify(k)}] = "throws"; }`,
  );
  return `function transition(state, action) {\n  const out = {};\n${lines.join("\n")}\n  return out;\n}${REWARD}`;
}

function nextStateOf(result: SandboxResult<{ ok: true; nextState: unknown }>): Record<string, string> {
  if (!result.ok) throw new Error(`${result.kind}: ${result.message}`);
  return result.nextState as Record<string, string>;
}

describe.each(["ses", "quickjs"] as const)("hostile programs in the %s sandbox", (backend) => {
  // QuickJS interprets: its bombs need more time to go off than V8's.
  const sandbox = createSandbox({ backend, workers: 2, heapMb: backend === "ses" ? 64 : 32, timeoutMs: backend === "ses" ? 1500 : 4000 });
  afterAll(() => sandbox.close());
  const run = (program: string, state: unknown = { n: 1 }, action = 0) => sandbox.evaluate(program, state as never, action, GOAL);

  it("sees none of the host's powers", async () => {
    const out = nextStateOf(
      await run(
        probeProgram({
          process: "typeof process",
          require: "typeof require",
          module: "typeof module",
          setTimeout: "typeof setTimeout",
          setImmediate: "typeof setImmediate",
          queueMicrotask: "typeof queueMicrotask",
          fetch: "typeof fetch",
          sharedArrayBuffer: "typeof SharedArrayBuffer",
          atomics: "typeof Atomics",
          webAssembly: "typeof WebAssembly",
          constructorEscape: "({}).constructor.constructor('return typeof process')()",
          functionThis: "Function('return typeof this.process')()",
          globalProcess: "typeof globalThis.process",
        }),
      ),
    );
    for (const [probe, value] of Object.entries(out)) {
      expect([probe, value === "undefined" || value === "throws"]).toEqual([probe, true]);
    }
  });

  it("refuses import() and import statements as syntax errors", async () => {
    const dynamic = await run(`function transition(s) { return import("node:fs"); }${REWARD}`);
    expect(dynamic).toMatchObject({ ok: false, kind: "syntax" });
    const staticImport = await run(`import fs from "node:fs";\nfunction transition(s) { return s; }${REWARD}`);
    expect(staticImport).toMatchObject({ ok: false, kind: "syntax", message: expect.stringMatching(/import/) });
  });

  it("has no nondeterminism: Date.now and Math.random throw", async () => {
    const out = nextStateOf(await run(probeProgram({ now: "Date.now()", random: "Math.random()" })));
    expect(out).toEqual({ now: "throws", random: "throws" });
  });

  slow("ends an infinite loop as a time-out, and the pool keeps working", async () => {
    const result = await run(`function transition(s) { for (;;) {} }${REWARD}`);
    expect(result).toMatchObject({ ok: false, kind: "timeout" });
    expect(await run(`function transition(s) { return s; }${REWARD}`)).toMatchObject({ ok: true, nextState: { n: 1 } });
  });

  slow("contains a loop in a promise callback (SES: a time-out of its own job; QuickJS: never run)", async () => {
    const program = `function transition(s) { Promise.resolve().then(function spin() { for (;;) {} }); return s; }${REWARD}`;
    expect(await run(program)).toMatchObject(backend === "ses" ? { ok: false, kind: "timeout" } : { ok: true });
    expect(await run(`function transition(s) { return s; }${REWARD}`)).toMatchObject({ ok: true });
  });

  it("ends unbounded recursion as a recursion failure", async () => {
    const result = await run(`function transition(s) { return transition(s) + 1; }${REWARD}`);
    expect(result).toMatchObject({ ok: false, kind: "recursion" });
  });

  slow("ends a memory bomb as a heap failure, and the pool keeps working", async () => {
    const result = await run(`function transition(s) { const keep = []; for (;;) keep.push(keep.length, s); }${REWARD}`);
    expect(result).toMatchObject({ ok: false, kind: "heap" });
    expect(await run(`function transition(s) { return s; }${REWARD}`)).toMatchObject({ ok: true });
  });

  slow("refuses an output too large to be a state", async () => {
    const result = await run(`function transition(s) { const a = []; for (let i = 0; i < 1100000; i++) a.push(0); return a; }${REWARD}`);
    if (backend === "ses") {
      expect(result).toMatchObject({ ok: false, kind: "non-json", message: expect.stringMatching(/more than 1000000 values/) });
    } else {
      // QuickJS's 32 MiB cap may be reached while copying, before the count is.
      expect(result.ok).toBe(false);
      if (!result.ok) expect(["non-json", "heap"]).toContain(result.kind);
    }
  });

  it("keeps prototype pollution inside the one job", async () => {
    const polluter = `function transition(s) { try { Object.prototype.polluted = 1; Array.prototype.push = null; } catch (e) {} return { seen: ({}).polluted === 1 }; }${REWARD}`;
    await run(polluter);
    const out = nextStateOf(await run(probeProgram({ polluted: "({}).polluted", push: "typeof [].push" })));
    expect(out).toEqual({ polluted: "undefined", push: "function" });
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("cannot corrupt the planner's states by mutating its input", async () => {
    // Each step bumps n by mutating the input in place; the goal is n = 3 by action 1 only.
    const program = `function transition(s, a) { s.n += a; s.trail = (s.trail || 0) + 1; return { n: s.n }; }
function reward(s, a, next) { s.n = 99; next.n = 99; return { reward: 1, done: false }; }`;
    const target = `function transition(s, a) { s.n += a; return { n: s.n }; }
function reward(s, a, next) { const win = next.n === 3; s.n = -1; next.n = -1; return { reward: win ? 1 : 0, done: win }; }`;
    const plan = await sandbox.plan(target, { n: 0 }, GOAL, {
      planner: "bfs",
      actions: [1, 2],
      budget: { maxExpansions: 100, maxMillis: 5000 },
    });
    expect(plan).toMatchObject({ ok: true, status: "solved", actions: [1, 2] });
    const fit = await sandbox.fit(program, [{ state: { n: 1 }, action: 1, nextState: { n: 2 }, reward: 1, done: false, goal: { text: "" } }]);
    expect(fit).toMatchObject({ ok: true, explained: [true] });
  });

  it("hands back a plain copy of a returned proxy, and reads getters once", async () => {
    const proxy = `function transition(s) { return new Proxy({}, { ownKeys: () => ["x"], getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true }), get: () => 7 }); }${REWARD}`;
    expect(await run(proxy)).toMatchObject({ ok: true, nextState: { x: 7 } });
    const getter = `let reads = 0; function transition(s) { return { get x() { reads += 1; return reads; } }; }${REWARD}`;
    expect(await run(getter)).toMatchObject({ ok: true, nextState: { x: 1 } });
    const throwingGetter = `function transition(s) { return { get x() { throw new Error("gotcha"); } }; }${REWARD}`;
    expect(await run(throwingGetter)).toMatchObject({ ok: false, kind: "thrown", message: expect.stringMatching(/gotcha/) });
  });

  it.each([
    ["a function", "return () => 1;", /a function/],
    ["a promise", "return Promise.resolve(s);", /a Promise/],
    ["NaN", "return { x: NaN };", /NaN at x/],
    ["a cycle", "const a = {}; a.a = a; return a;", /nesting deeper/],
    ["undefined", "return undefined;", /a undefined/],
  ])("refuses %s as a state", async (_name, body, message) => {
    const result = await run(`function transition(s) { ${body} }${REWARD}`);
    expect(result).toMatchObject({ ok: false, kind: "non-json", message: expect.stringMatching(message) });
  });

  it("refuses a reward that is not { reward, done }", async () => {
    const result = await run(`function transition(s) { return s; }\nfunction reward() { return 1; }`);
    expect(result).toMatchObject({ ok: false, kind: "non-json", message: expect.stringMatching(/expected \{ reward: number, done: boolean \}/) });
  });

  it("reports thrown values, even unreadable ones", async () => {
    expect(await run(`function transition(s) { throw 42; }${REWARD}`)).toMatchObject({ ok: false, kind: "thrown", message: expect.stringMatching(/42/) });
    const hostile = `function transition(s) { throw new Proxy(new Error("x"), { get() { throw new Error("no"); } }); }${REWARD}`;
    expect(await run(hostile)).toMatchObject({ ok: false, kind: "thrown" });
  });

  it("reports syntax errors and missing functions", async () => {
    expect(await run("function transition(s) { return s")).toMatchObject({ ok: false, kind: "syntax" });
    expect(await run("function transition(s) { return s; }")).toMatchObject({
      ok: false,
      kind: "missing-function",
      message: expect.stringMatching(/reward/),
    });
  });

  it("accepts export function and [reward, done] pairs", async () => {
    const program = "export function transition(s) { return s; }\nexport function reward() { return [0.5, true]; }";
    expect(await run(program)).toEqual({ ok: true, nextState: { n: 1 }, reward: 0.5, done: true });
  });
});

describe("the SES compartment", () => {
  const sandbox = createSandbox({ backend: "ses" });
  afterAll(() => sandbox.close());

  it("has frozen intrinsics and no binary buffers (their memory escapes the heap cap)", async () => {
    const out = nextStateOf(
      await sandbox.evaluate(
        probeProgram({
          frozen: "Object.isFrozen(Object.prototype) && Object.isFrozen(Array.prototype)",
          arrayBuffer: "typeof ArrayBuffer",
          uint8: "typeof Uint8Array",
          compartment: "typeof Compartment",
          lockdown: "typeof lockdown",
          stackHook: "(Error.prepareStackTrace = () => 'hooked', typeof new Error('e').stack)",
        }),
        {},
        0,
        GOAL,
      ),
    );
    expect(out).toEqual({
      frozen: "true",
      arrayBuffer: "undefined",
      uint8: "undefined",
      compartment: "undefined",
      lockdown: "undefined",
      stackHook: expect.stringMatching(/string|throws/),
    });
  });
});
