import "ses";

/**
 * Freezes this worker's shared intrinsics once, before any program is evaluated. Error stacks
 * stay readable (errorTaming "unsafe") because line numbers help the LLM fix its program; the
 * stacks never leave the worker except as text.
 */
export function lockdownWorker(): void {
  lockdown({ errorTaming: "unsafe", consoleTaming: "unsafe", stackFiltering: "concise", overrideTaming: "moderate" });
}
