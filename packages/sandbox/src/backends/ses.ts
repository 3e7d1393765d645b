import type { Action, State } from "@worldcoder/core";
import type { Backend, LoadedProgram } from "../loaded-program.js";
import { readReward } from "../loaded-program.js";
import { cloneJson, toPlainJson, toPlainJsonFast } from "../plain-json.js";
import { describeThrown, failure, ProgramError, programError } from "../program-error.js";
import { normalizeProgram, wrapHeuristic, wrapProgram } from "../program-source.js";

/**
 * Globals a compartment has after lockdown that a world model has no use for. Binary buffers go
 * because their memory lives outside the V8 heap the worker's resourceLimits cap; the SES
 * constructors go because a model has no business building evaluators.
 */
const HIDDEN_GLOBALS = [
  "ArrayBuffer", "SharedArrayBuffer", "DataView", "Atomics", "WebAssembly",
  "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array",
  "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
  "lockdown", "repairIntrinsics", "hardenIntrinsics", "Compartment", "ModuleSource", "StaticModuleRecord",
];

/**
 * Written in the compartment's own code (not an endowment): LLM programs often copy states
 * with structuredClone, which plain JS engines lack outside hosts.
 */
const PRELUDE = `globalThis.structuredClone = function structuredClone(value) {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
};`;

function newCompartment(name: string): Compartment {
  const c = new Compartment({ __options__: true, globals: {}, name });
  const g = c.globalThis;
  for (const key of HIDDEN_GLOBALS) {
    if (key in g && !delete g[key]) g[key] = undefined;
  }
  c.evaluate(PRELUDE);
  return c;
}

/**
 * The default backend: SES `lockdown()` has frozen every shared intrinsic of this worker (the
 * entry calls it once), and each job's program runs in a fresh Compartment with no endowments:
 * no process, require, import(), timers, fetch, Date.now or Math.random.
 */
export function createSesBackend(): Backend {
  return {
    name: "ses",
    load(source) {
      const normalized = normalizeProgram(source);
      if (!normalized.ok) return failure("syntax", normalized.message);
      let exported: { transition?: unknown; reward?: unknown };
      try {
        const compartment = newCompartment("world-model");
        exported = compartment.evaluate(wrapProgram(normalized.script)) as typeof exported;
      } catch (error) {
        if (error instanceof SyntaxError) return failure("syntax", `the program does not parse: ${describeThrown(error)}`);
        const pe = programError("loading the program", error);
        return failure(pe.kind, pe.message);
      }
      const transitionFn = exported.transition;
      const rewardFn = exported.reward;
      const missing = [typeof transitionFn !== "function" && "transition", typeof rewardFn !== "function" && "reward"].filter(Boolean);
      if (missing.length > 0) {
        return failure(
          "missing-function",
          `the program defines no function named ${missing.join(" or ")}; expected function transition(state, action) and function reward(state, action, nextState, goal)`,
        );
      }
      const t = transitionFn as (s: State, a: Action) => unknown;
      const r = rewardFn as (s: State, a: Action, n: State, g: string) => unknown;
      // Each call gets its own copies: a program may change what it is given (LLM code often
      // does) without touching the planner's states.
      const program: LoadedProgram = {
        transition(state, action) {
          try {
            return toPlainJsonFast(t(cloneJson(state), action)) as State;
          } catch (error) {
            throw programError("transition", error);
          }
        },
        reward(state, action, nextState, goal) {
          try {
            return readRewardOnce(r(cloneJson(state), action, cloneJson(nextState), goal));
          } catch (error) {
            throw programError("reward", error);
          }
        },
        dispose() {
          // A compartment is garbage once nothing refers to it.
        },
      };
      return program;
    },
    loadHeuristic(source) {
      const compartment = newCompartment("heuristic");
      const fn = compartment.evaluate(wrapHeuristic(source)) as unknown;
      if (typeof fn !== "function") throw new Error("the heuristic source defines no function named heuristic");
      const h = fn as (s: State, g: string) => unknown;
      return (state, goal) => {
        const v = h(state, goal);
        return typeof v === "number" && !Number.isNaN(v) ? v : 0;
      };
    },
  };
}

/**
 * Reads `reward` and `done` (or `[reward, done]`) once each and keeps only the two primitives:
 * a getter or proxy runs once, and nothing the program built is kept.
 */
function readRewardOnce(value: unknown): { reward: number; done: boolean } {
  let reward: unknown;
  let done: unknown;
  if (Array.isArray(value)) {
    if (value.length === 2) {
      reward = value[0];
      done = value[1];
    }
  } else if (value !== null && typeof value === "object") {
    reward = (value as { reward?: unknown }).reward;
    done = (value as { done?: unknown }).done;
  }
  if (typeof reward === "number" && Number.isFinite(reward) && typeof done === "boolean") return { reward, done };
  return readReward(toPlainJson(value));
}
