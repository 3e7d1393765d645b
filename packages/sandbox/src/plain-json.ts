/** Marks a value a program returned that is not plain JSON. */
export const NON_JSON_PREFIX = "non-JSON output: ";

/**
 * Copies a value an untrusted program returned into fresh plain JSON, or throws a TypeError whose
 * message starts with NON_JSON_PREFIX. Proxies and getters are read once, here, and only the copy
 * goes on: nothing the program built (prototype, accessor, proxy) reaches the planner or the host.
 *
 * Self-contained on purpose (no outside names): the QuickJS backend evaluates its source text.
 */
export function toPlainJson(value: unknown): unknown {
  const MAX_DEPTH = 64;
  const MAX_NODES = 1_000_000;
  let nodes = 0;
  // Keys of the path to the value being copied; joined into text only when a value is refused.
  const path: (string | number)[] = [];
  const fail = (what: string): never => {
    let where = "";
    for (const k of path) where += typeof k === "number" ? "[" + k + "]" : where ? "." + k : k;
    throw new TypeError("non-JSON output: " + what + " at " + (where || "the top level"));
  };
  const copy = (v: unknown): unknown => {
    if (++nodes > MAX_NODES) fail("more than " + MAX_NODES + " values");
    switch (typeof v) {
      case "string":
      case "boolean":
        return v;
      case "number":
        if (!Number.isFinite(v)) fail(String(v));
        return v;
      case "object": {
        if (v === null) return null;
        if (path.length >= MAX_DEPTH) fail("nesting deeper than " + MAX_DEPTH + " (a cycle?)");
        if (Array.isArray(v)) {
          const n = v.length;
          const out: unknown[] = [];
          for (let i = 0; i < n; i++) {
            const item = v[i];
            if (typeof item === "string") {
              if (++nodes > MAX_NODES) fail("more than " + MAX_NODES + " values");
              out.push(item);
            } else {
              path.push(i);
              out.push(copy(item));
              path.pop();
            }
          }
          return out;
        }
        const proto = Object.getPrototypeOf(v);
        if (proto !== Object.prototype && proto !== null) {
          let name = "object";
          try {
            const ctor = proto && proto.constructor;
            if (typeof ctor === "function" && typeof ctor.name === "string") name = ctor.name;
          } catch {
            // a hostile prototype: keep the generic name
          }
          fail("a " + name + " (only plain objects, arrays, strings, finite numbers, booleans and null)");
        }
        const out: Record<string, unknown> = {};
        const keys = Object.keys(v as object);
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i];
          path.push(k);
          const item = copy((v as Record<string, unknown>)[k]);
          path.pop();
          if (k === "__proto__") Object.defineProperty(out, k, { value: item, enumerable: true, writable: true, configurable: true });
          else out[k] = item;
        }
        return out;
      }
      default:
        return fail("a " + typeof v);
    }
  };
  return copy(value);
}

/** A fast deep copy of JSON we produced ourselves: the program gets its own copy to mutate. */
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    // Built with push: `new Array(n)` makes a holey array, slower to read for the program.
    const n = value.length;
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) {
      const item = value[i];
      out.push(item === null || typeof item !== "object" ? item : cloneJson(item));
    }
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const item = cloneJson((value as Record<string, unknown>)[k]);
    if (k === "__proto__") Object.defineProperty(out, k, { value: item, enumerable: true, writable: true, configurable: true });
    else out[k] = item;
  }
  return out as T;
}

const FAST_MAX_DEPTH = 64;

/**
 * The SES backend's hot path: the same copy as toPlainJson, without tracking the path. Anything
 * it refuses is copied again by toPlainJson, whose error names where the problem is.
 */
export function toPlainJsonFast(value: unknown): unknown {
  const budget = { nodes: 1_000_000 };
  const out = fastCopy(value, 0, budget);
  return out === REFUSED ? toPlainJson(value) : out;
}

const REFUSED = Symbol("refused");

function fastCopy(v: unknown, depth: number, budget: { nodes: number }): unknown {
  if (--budget.nodes < 0) return REFUSED;
  switch (typeof v) {
    case "string":
    case "boolean":
      return v;
    case "number":
      return Number.isFinite(v) ? v : REFUSED;
    case "object": {
      if (v === null) return null;
      if (depth >= FAST_MAX_DEPTH) return REFUSED;
      if (Array.isArray(v)) {
        const n = v.length;
        const out: unknown[] = [];
        for (let i = 0; i < n; i++) {
          const item = v[i];
          if (typeof item === "string") {
            if (--budget.nodes < 0) return REFUSED;
            out.push(item);
          } else {
            const c = fastCopy(item, depth + 1, budget);
            if (c === REFUSED) return REFUSED;
            out.push(c);
          }
        }
        return out;
      }
      if (Object.getPrototypeOf(v) !== Object.prototype) return REFUSED;
      const out: Record<string, unknown> = {};
      const keys = Object.keys(v as object);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k === "__proto__") return REFUSED; // rare: the slow path defines it as data
        const c = fastCopy((v as Record<string, unknown>)[k], depth + 1, budget);
        if (c === REFUSED) return REFUSED;
        out[k] = c;
      }
      return out;
    }
    default:
      return REFUSED;
  }
}
