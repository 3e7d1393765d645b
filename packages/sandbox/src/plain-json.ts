/** Marks a value a program returned that is not plain JSON. */
export const NON_JSON_PREFIX = "non-JSON output: ";

/**
 * Copies a value an untrusted program returned into fresh plain JSON, or throws a TypeError whose
 * message starts with NON_JSON_PREFIX. Proxies and getters are read once, here, and only the copy
 * goes on: nothing the program built (prototype, accessor, proxy) reaches the planner or the host.
 *
 * With `freeze`, every object and array of the copy is frozen: the SES backend hands such
 * copies to the next call without copying them again.
 *
 * Self-contained on purpose (no outside names): the QuickJS backend evaluates its source text.
 */
export function toPlainJson(value: unknown, freeze = false): unknown {
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
          const out = new Array(n);
          for (let i = 0; i < n; i++) {
            const item = v[i];
            if (typeof item === "string") {
              if (++nodes > MAX_NODES) fail("more than " + MAX_NODES + " values");
              out[i] = item;
            } else {
              path.push(i);
              out[i] = copy(item);
              path.pop();
            }
          }
          return freeze ? Object.freeze(out) : out;
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
        return freeze ? Object.freeze(out) : out;
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
    const n = value.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const item = value[i];
      out[i] = item === null || typeof item !== "object" ? item : cloneJson(item);
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

/** Freezes a JSON value we own, all the way down (job inputs, before any program sees them). */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  if (Array.isArray(value)) for (const item of value) deepFreeze(item);
  else for (const k of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[k]);
  return Object.freeze(value);
}
