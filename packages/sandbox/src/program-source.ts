/**
 * A world-model program is the text of an ES2022 module without imports. It may declare its
 * functions plainly or with `export`; both run as one script, so `export` keywords are removed
 * (line numbers stay the same) and imports are refused with a readable message.
 */
export function normalizeProgram(source: string): { ok: true; script: string } | { ok: false; message: string } {
  if (/^\s*import\s[^(]/m.test(source) || /^\s*import\s*["'{*]/m.test(source)) {
    return { ok: false, message: "the program imports a module; world-model programs must be self-contained (no import statements)" };
  }
  if (/\bimport\s*\(/.test(source)) {
    return { ok: false, message: "the program calls import(); world-model programs must be self-contained" };
  }
  const script = source
    .replace(/^(\s*)export\s+default\s+(?=(?:async\s+)?function\b|class\b)/gm, "$1")
    .replace(/^(\s*)export\s+(?=(?:async\s+)?function\b|const\b|let\b|var\b|class\b)/gm, "$1")
    .replace(/^(\s*)export\s*\{[^}]*\}\s*;?/gm, "$1");
  return { ok: true, script };
}

/**
 * Wraps the script so that evaluating it returns its two functions. The source starts on the
 * first line, so the line numbers in syntax errors and stacks match the program's own.
 */
export function wrapProgram(script: string): string {
  return (
    `(function () {${script}\n;return {` +
    ` transition: typeof transition === "function" ? transition : undefined,` +
    ` reward: typeof reward === "function" ? reward : undefined }; })()`
  );
}

/** Wraps trusted heuristic text so that evaluating it returns its `heuristic` function. */
export function wrapHeuristic(script: string): string {
  return `(function () {${script}\n;return typeof heuristic === "function" ? heuristic : undefined; })()`;
}
