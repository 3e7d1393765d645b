/**
 * Pulls a JavaScript world-model program out of an LLM answer. Models wrap code in prose, split it
 * over several fenced blocks, forget the closing fence or add `export`; none of that should cost a
 * call. An answer without usable code is reported as a value, so the caller can count it.
 */
export type ExtractResult =
  | { ok: true; code: string; defines: { transition: boolean; reward: boolean } }
  | { ok: false; reason: "no-code" | "missing-functions"; message: string };

const FENCE = /```[ \t]*([A-Za-z0-9_+-]*)[^\n]*\n([\s\S]*?)(?:```|$)/g;
const CODE_LANGS = new Set(["", "js", "javascript", "mjs", "ts", "typescript", "jsx", "node"]);

/** Which of the two contract functions a piece of source declares. */
export function definedFunctions(code: string): { transition: boolean; reward: boolean } {
  return { transition: declares(code, "transition"), reward: declares(code, "reward") };
}

function declares(code: string, name: string): boolean {
  const fn = new RegExp(`\\bfunction\\s+${name}\\s*\\(`);
  const bound = new RegExp(`\\b(?:const|let|var)\\s+${name}\\s*=`);
  return fn.test(code) || bound.test(code);
}

/** Removes module syntax the sandbox's plain-script contract does not accept. */
export function normalizeProgram(code: string): string {
  return code
    .replace(/^\s*import\s[^\n]*\n/gm, "")
    .replace(/^(\s*)export\s+default\s+(?=function|async|class)/gm, "$1")
    .replace(/^(\s*)export\s+(?=function|const|let|var|class|async)/gm, "$1")
    .replace(/^\s*export\s*\{[^}]*\};?\s*$/gm, "")
    .replace(/^\s*module\.exports\s*=[^\n]*\n?/gm, "")
    .replace(/^\s*(?:module\.)?exports\.\w+\s*=\s*\w+;?\s*$/gm, "")
    .trim();
}

function fencedBlocks(answer: string): { lang: string; body: string }[] {
  const blocks: { lang: string; body: string }[] = [];
  for (const match of answer.matchAll(FENCE)) {
    blocks.push({ lang: (match[1] ?? "").toLowerCase(), body: match[2] ?? "" });
  }
  return blocks;
}

export function extractProgram(answer: string): ExtractResult {
  const blocks = fencedBlocks(answer).filter((b) => CODE_LANGS.has(b.lang) && b.body.trim() !== "");
  let code: string;
  if (blocks.length > 0) {
    const relevant = blocks.filter((b) => {
      const d = definedFunctions(b.body);
      return d.transition || d.reward;
    });
    // Several blocks: keep the last definition of each function and every helper block that precedes
    // it, since models often put helpers in a block of their own and restate a corrected version last.
    const chosen = relevant.length > 0 ? pickBlocks(blocks) : [blocks[blocks.length - 1]!];
    code = chosen.map((b) => b.body).join("\n\n");
  } else {
    // No fences: accept bare code when it starts at a declaration.
    const start = answer.search(/(^|\n)\s*(?:function\s+\w+\s*\(|(?:const|let|var)\s+\w+\s*=)/);
    if (start < 0) return { ok: false, reason: "no-code", message: "the answer contains no code block" };
    code = answer.slice(start);
  }
  code = normalizeProgram(code);
  const defines = definedFunctions(code);
  if (!defines.transition && !defines.reward) {
    return { ok: false, reason: "missing-functions", message: "the code defines neither transition nor reward" };
  }
  return { ok: true, code, defines };
}

/**
 * Chooses blocks when an answer has several: from the last block that declares `transition` and the
 * last that declares `reward`, keep those two plus every code block without either declaration
 * (helpers, constants). Blocks with superseded declarations are dropped.
 */
function pickBlocks(blocks: { lang: string; body: string }[]): { lang: string; body: string }[] {
  let lastTransition = -1;
  let lastReward = -1;
  blocks.forEach((b, i) => {
    const d = definedFunctions(b.body);
    if (d.transition) lastTransition = i;
    if (d.reward) lastReward = i;
  });
  return blocks.filter((b, i) => {
    const d = definedFunctions(b.body);
    if (!d.transition && !d.reward) return true;
    return i === lastTransition || i === lastReward;
  });
}

/**
 * Completes a partial answer with the parent's missing function: the parent is kept whole inside a
 * closure so its helpers cannot clash with the new code's names.
 */
export function completeWithParent(code: string, parent: string | null): string | null {
  const d = definedFunctions(code);
  if (d.transition && d.reward) return code;
  if (parent === null) return null;
  const p = definedFunctions(parent);
  const missing = d.transition ? "reward" : "transition";
  if (!p[missing]) return null;
  const params = missing === "reward" ? "state, action, nextState, goal" : "state, action";
  return [
    code,
    "",
    `// ${missing} kept from the previous program`,
    `const __previous = (() => {\n${parent}\nreturn { transition, reward };\n})();`,
    `function ${missing}(${params}) {\n  return __previous.${missing}(${params});\n}`,
  ].join("\n");
}
