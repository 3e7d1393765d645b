import type { Action, State } from "@worldcoder/core";
import { getQuickJS, type QuickJSContext, type QuickJSHandle, type QuickJSRuntime, type QuickJSWASMModule } from "quickjs-emscripten";
import type { Backend, LoadedProgram } from "../loaded-program.js";
import { readReward } from "../loaded-program.js";
import { toPlainJson } from "../plain-json.js";
import { failure, programError } from "../program-error.js";
import { normalizeProgram, wrapProgram } from "../program-source.js";

/** QuickJS's own stack cap: deep recursion ends as a "stack overflow" error inside the VM. */
const QUICKJS_STACK_BYTES = 512 * 1024;

/**
 * Runs inside the VM before the program: removes the sources of nondeterminism, adds
 * structuredClone, and the validator that turns answers into plain JSON text. Answers cross
 * the wasm boundary only as JSON strings, so nothing the program builds can leave the VM.
 */
function prelude(): string {
  return `
const __toPlain = ${toPlainJson.toString()};
globalThis.structuredClone = function structuredClone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
};
delete globalThis.SharedArrayBuffer;
delete globalThis.Atomics;
Math.random = function random() { throw new Error("Math.random is not available: world models must be deterministic"); };
Date.now = function now() { throw new Error("Date.now is not available: world models must be deterministic"); };
`;
}

function epilogue(): string {
  return `
;(function (fns) {
  const missing = [typeof fns.transition !== "function" && "transition", typeof fns.reward !== "function" && "reward"].filter(Boolean);
  if (missing.length) return missing.join(" or ");
  const t = fns.transition, r = fns.reward;
  globalThis.__transition = (s, a) => JSON.stringify(__toPlain(t(JSON.parse(s), a)));
  globalThis.__reward = (s, a, n, g) => JSON.stringify(__toPlain(r(JSON.parse(s), a, JSON.parse(n), g)));
  // One crossing per planning step instead of two; __phase says which function failed.
  globalThis.__step = (s, a, g) => {
    globalThis.__phase = "transition";
    const n = JSON.stringify(__toPlain(t(JSON.parse(s), a)));
    globalThis.__phase = "reward";
    const out = "[" + n + "," + JSON.stringify(__toPlain(r(JSON.parse(s), a, JSON.parse(n), g))) + "]";
    globalThis.__phase = "";
    return out;
  };
  return "";
})`;
}

export interface QuickJsBackendOptions {
  memoryLimitBytes: number;
}

/**
 * The strict backend: each job gets a fresh QuickJS runtime in WebAssembly with a real memory
 * cap, a stack cap and an interrupt deadline, so a runaway program ends as a typed failure and
 * the worker lives on. The planner runs outside the VM and calls the program through JSON text.
 * The VM's job queue is never run, so promise callbacks a program queues never execute.
 */
export async function createQuickJsBackend(options: QuickJsBackendOptions): Promise<Backend> {
  const quickjs: QuickJSWASMModule = await getQuickJS();
  return {
    name: "quickjs",
    load(source, deadline) {
      const normalized = normalizeProgram(source);
      if (!normalized.ok) return failure("syntax", normalized.message);
      const runtime: QuickJSRuntime = quickjs.newRuntime();
      runtime.setMemoryLimit(options.memoryLimitBytes);
      runtime.setMaxStackSize(QUICKJS_STACK_BYTES);
      runtime.setInterruptHandler(() => performance.now() > deadline);
      const vm: QuickJSContext = runtime.newContext();
      const disposeAll = () => {
        try {
          vm.dispose();
          runtime.dispose();
        } catch {
          // a VM that ran out of memory may fail to free; the worker drops it anyway
        }
      };
      const pre = vm.evalCode(prelude(), "prelude.js");
      if (pre.error) {
        const message = JSON.stringify(vm.dump(pre.error));
        pre.error.dispose();
        disposeAll();
        return failure("worker-crash", `the QuickJS prelude failed: ${message}`);
      }
      pre.value.dispose();
      const loaded = vm.evalCode(`${epilogue()}(${wrapProgram(normalized.script)})`, "program.js");
      if (loaded.error) {
        const error = toError(vm, loaded.error);
        disposeAll();
        if (error.name === "SyntaxError") return failure("syntax", `the program does not parse: SyntaxError: ${error.message}`);
        const pe = programError("loading the program", error);
        return failure(pe.kind, pe.message);
      }
      const missing = vm.getString(loaded.value);
      loaded.value.dispose();
      if (missing) {
        disposeAll();
        return failure(
          "missing-function",
          `the program defines no function named ${missing}; expected function transition(state, action) and function reward(state, action, nextState, goal)`,
        );
      }
      const transitionFn = vm.getProp(vm.global, "__transition");
      const rewardFn = vm.getProp(vm.global, "__reward");
      const stepFn = vm.getProp(vm.global, "__step");
      const phase = (): string => {
        try {
          const h = vm.getProp(vm.global, "__phase");
          const p = vm.typeof(h) === "string" ? vm.getString(h) : "";
          h.dispose();
          return p || "the program";
        } catch {
          return "the program";
        }
      };
      const call = (fn: QuickJSHandle, name: string | (() => string), args: QuickJSHandle[]): unknown => {
        const result = vm.callFunction(fn, vm.undefined, ...args);
        for (const a of args) a.dispose();
        if (result.error) {
          const error = toError(vm, result.error);
          throw programError(typeof name === "string" ? name : name(), error);
        }
        const text = vm.getString(result.value);
        result.value.dispose();
        return JSON.parse(text);
      };
      const actionHandle = (action: Action) => (typeof action === "number" ? vm.newNumber(action) : vm.newString(action));
      const program: LoadedProgram = {
        transition(state, action) {
          return call(transitionFn, "transition", [vm.newString(JSON.stringify(state)), actionHandle(action)]) as State;
        },
        reward(state, action, nextState, goal) {
          const out = call(rewardFn, "reward", [
            vm.newString(JSON.stringify(state)),
            actionHandle(action),
            vm.newString(JSON.stringify(nextState)),
            vm.newString(goal),
          ]);
          return readReward(out);
        },
        step(state, action, goal) {
          const out = call(stepFn, phase, [vm.newString(JSON.stringify(state)), actionHandle(action), vm.newString(goal)]) as [State, unknown];
          return { nextState: out[0], ...readReward(out[1]) };
        },
        dispose() {
          transitionFn.dispose();
          rewardFn.dispose();
          stepFn.dispose();
          disposeAll();
        },
      };
      return program;
    },
    loadHeuristic(source) {
      // Trusted text (written beside the prompts, never by the LLM): plain evaluation is enough.
      const fn = new Function(`${source}\n;return typeof heuristic === "function" ? heuristic : undefined;`)() as unknown;
      if (typeof fn !== "function") throw new Error("the heuristic source defines no function named heuristic");
      const h = fn as (s: State, g: string) => unknown;
      return (state, goal) => {
        const v = h(state, goal);
        return typeof v === "number" && !Number.isNaN(v) ? v : 0;
      };
    },
  };
}

/** An Error rebuilt from a VM error handle (which is disposed here). */
function toError(vm: QuickJSContext, handle: QuickJSHandle): Error {
  let dumped: unknown;
  try {
    dumped = vm.dump(handle);
  } catch {
    dumped = null;
  } finally {
    handle.dispose();
  }
  if (dumped && typeof dumped === "object") {
    const d = dumped as { name?: unknown; message?: unknown };
    const error = new Error(typeof d.message === "string" ? d.message : JSON.stringify(dumped));
    error.name = typeof d.name === "string" ? d.name : "Error";
    return error;
  }
  const error = new Error(String(dumped));
  error.name = "thrown";
  return error;
}
