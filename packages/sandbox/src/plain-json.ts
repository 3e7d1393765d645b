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
  const fail = (path: string, what: string): never => {
    throw new TypeError("non-JSON output: " + what + " at " + (path || "the top level"));
  };
  const copy = (v: unknown, path: string, depth: number): unknown => {
    if (++nodes > MAX_NODES) fail(path, "more than " + MAX_NODES + " values");
    switch (typeof v) {
      case "string":
      case "boolean":
        return v;
      case "number":
        if (!Number.isFinite(v)) fail(path, String(v));
        return v;
      case "object": {
        if (v === null) return null;
        if (depth >= MAX_DEPTH) fail(path, "nesting deeper than " + MAX_DEPTH + " (a cycle?)");
        if (Array.isArray(v)) {
          const n = v.length;
          const out = new Array(n);
          for (let i = 0; i < n; i++) out[i] = copy(v[i], path + "[" + i + "]", depth + 1);
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
          fail(path, "a " + name + " (only plain objects, arrays, strings, finite numbers, booleans and null)");
        }
        const out: Record<string, unknown> = {};
        const keys = Object.keys(v as object);
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i];
          const item = copy((v as Record<string, unknown>)[k], path ? path + "." + k : k, depth + 1);
          if (k === "__proto__") Object.defineProperty(out, k, { value: item, enumerable: true, writable: true, configurable: true });
          else out[k] = item;
        }
        return out;
      }
      default:
        return fail(path, "a " + typeof v);
    }
  };
  return copy(value, "", 0);
}

/** A fast deep copy of JSON we produced ourselves: the program gets its own copy to mutate. */
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneJson(value[i]);
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
