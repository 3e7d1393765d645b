/**
 * Whose fault an error is: the user's input or config, the system (I/O, time-outs),
 * or the behaviour of a model (an LLM answer, an untrusted program).
 */
export type ErrorFault = "user" | "system" | "model";

/** The one base class of every error the project raises on purpose. */
export class WorldCoderError extends Error {
  /** Stable, machine-readable code; reports count errors by it. */
  readonly code: string;
  readonly fault: ErrorFault;

  constructor(code: string, message: string, options: { fault?: ErrorFault; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.fault = options.fault ?? "system";
  }

  /** Wraps anything thrown into a WorldCoderError, keeping the original as `cause`. */
  static fromUnknown(error: unknown, code = "UNEXPECTED"): WorldCoderError {
    if (error instanceof WorldCoderError) return error;
    const message = error instanceof Error ? error.message : String(error);
    return new WorldCoderError(code, message, { cause: error });
  }
}

/** Bad input from the person running the tool: a config, a flag, a file. */
export class UserInputError extends WorldCoderError {
  constructor(code: string, message: string, options: { cause?: unknown } = {}) {
    super(code, message, { ...options, fault: "user" });
  }
}
