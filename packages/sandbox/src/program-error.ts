import { NON_JSON_PREFIX } from "./plain-json.js";
import type { SandboxErrorKind, SandboxFailure } from "./types.js";

/** A failure of the untrusted program inside a job, carried up to the job boundary. */
export class ProgramError extends Error {
  constructor(
    readonly kind: SandboxErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "ProgramError";
  }
}

const MAX_MESSAGE = 600;

/**
 * A readable one-line text for anything a program threw. Reading a hostile value (a proxy, a
 * getter on `message`) may itself throw; that never escapes from here.
 */
export function describeThrown(error: unknown): string {
  try {
    let text: string;
    if (error instanceof Error) {
      const name = typeof error.name === "string" ? error.name : "Error";
      const message = typeof error.message === "string" ? error.message : "";
      text = `${name}: ${message}`;
      // A SyntaxError's stack points into the evaluator, not into the program.
      const where = error instanceof SyntaxError ? null : programLocation(error);
      if (where) text += ` (${where})`;
    } else if (typeof error === "string" || typeof error === "number" || typeof error === "boolean" || error === null || error === undefined) {
      text = `the value ${JSON.stringify(error) ?? String(error)} was thrown`;
    } else {
      text = "a non-Error object was thrown";
    }
    return text.length > MAX_MESSAGE ? text.slice(0, MAX_MESSAGE) + "…" : text;
  } catch {
    return "an unreadable value was thrown";
  }
}

/** The first stack line inside the program (eval'd code), e.g. "line 12". */
function programLocation(error: Error): string | null {
  const stack = typeof error.stack === "string" ? error.stack : "";
  const m = /<anonymous>:(\d+):(\d+)/.exec(stack) ?? /eval at [^\n]*:(\d+):(\d+)\)/.exec(stack);
  return m ? `line ${m[1]}` : null;
}

/** Which kind of failure a thrown value stands for. */
export function classifyThrown(error: unknown): SandboxErrorKind {
  try {
    if (error instanceof ProgramError) return error.kind;
    const message = error instanceof Error && typeof error.message === "string" ? error.message : "";
    if (message.startsWith(NON_JSON_PREFIX)) return "non-json";
    if (error instanceof RangeError && /call stack/i.test(message)) return "recursion";
    if (/stack overflow/i.test(message)) return "recursion"; // QuickJS
    if (/^interrupted$/i.test(message)) return "timeout"; // QuickJS interrupt handler
    if (/out of memory/i.test(message)) return "heap"; // QuickJS memory limit
  } catch {
    // fall through
  }
  return "thrown";
}

/** Wraps what a program function threw, naming the function. */
export function programError(fn: string, error: unknown): ProgramError {
  if (error instanceof ProgramError) return error;
  const kind = classifyThrown(error);
  const text = describeThrown(error);
  const message =
    kind === "non-json"
      ? `${fn} returned ${text.replace(/^TypeError: /, "")}`
      : kind === "recursion"
        ? `${fn} recursed too deeply: ${text}`
        : kind === "timeout"
          ? `${fn} did not finish before the job's deadline and was interrupted`
          : kind === "heap"
            ? `${fn} ran out of memory (the sandbox's heap cap)`
            : `${fn} threw ${text}`;
  return new ProgramError(kind, message);
}

export function failure(kind: SandboxErrorKind, message: string): SandboxFailure {
  return { ok: false, kind, message };
}

export function failureFrom(error: unknown, context = ""): SandboxFailure {
  const pe = programError("the program", error);
  return failure(pe.kind, context ? `${context}: ${pe.message}` : pe.message);
}
