import { describe, expect, it } from "vitest";
import { completeWithParent, extractProgram } from "./extract-code.js";

const both = "function transition(state, action) { return state; }\nfunction reward(s, a, n, g) { return { reward: 0, done: false }; }";

describe("extractProgram", () => {
  it("takes a fenced javascript block out of prose", () => {
    const r = extractProgram(`Let me think.\n\n\`\`\`javascript\n${both}\n\`\`\`\nThat should work.`);
    expect(r.ok && r.code).toBe(both);
  });

  it("joins helper blocks with the last definitions and drops superseded ones", () => {
    const answer = [
      "First try:",
      "```js\nfunction transition(state, action) { return 1; }\n```",
      "Helpers:",
      "```js\nconst DIRS = [[0, 1]];\n```",
      "Final:",
      "```javascript\nfunction transition(state, action) { return DIRS; }\n```",
      "```javascript\nfunction reward(state, action, nextState, goal) { return { reward: 1, done: true }; }\n```",
    ].join("\n");
    const r = extractProgram(answer);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.code).not.toContain("return 1;");
    expect(r.code).toContain("const DIRS");
    expect(r.defines).toEqual({ transition: true, reward: true });
  });

  it("accepts an unterminated fence and strips module syntax", () => {
    const r = extractProgram("```javascript\nexport function transition(s, a) { return s; }\nexport const reward = () => ({ reward: 0, done: false });\nmodule.exports = { transition, reward };\n");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.code).not.toMatch(/export|module\.exports/);
    expect(r.defines).toEqual({ transition: true, reward: true });
  });

  it("accepts bare code without fences", () => {
    const r = extractProgram(`Here it is:\n${both}`);
    expect(r.ok && r.code.startsWith("function transition")).toBe(true);
  });

  it("reports an answer without code as a value", () => {
    expect(extractProgram("I am not sure what the rules are.")).toMatchObject({ ok: false, reason: "no-code" });
    expect(extractProgram("```javascript\nconst x = 1;\n```")).toMatchObject({ ok: false, reason: "missing-functions" });
  });
});

describe("completeWithParent", () => {
  it("borrows the missing function from the parent inside a closure", () => {
    const code = completeWithParent("function transition(state, action) { return state; }", both);
    expect(code).toContain("__previous.reward(state, action, nextState, goal)");
    const run = new Function(`${code}\nreturn reward(1, 2, 3, "g");`) as () => unknown;
    expect(run()).toEqual({ reward: 0, done: false });
    expect(completeWithParent("function transition(s, a) { return s; }", null)).toBeNull();
  });
});
