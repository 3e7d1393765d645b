import { describe, expect, it } from "vitest";
import { normalizeProgram } from "./program-source.js";

describe("normalizeProgram", () => {
  it("strips export keywords and keeps line numbers", () => {
    const source = "export function transition(s, a) {\n  return s;\n}\nexport const reward = () => ({ reward: 0, done: false });\nexport { transition as t };";
    const out = normalizeProgram(source);
    expect(out).toEqual({
      ok: true,
      script: "function transition(s, a) {\n  return s;\n}\nconst reward = () => ({ reward: 0, done: false });\n",
    });
  });

  it("strips export default from a function", () => {
    expect(normalizeProgram("export default function transition() {}")).toMatchObject({ script: "function transition() {}" });
  });

  it("refuses import statements", () => {
    expect(normalizeProgram('import fs from "node:fs";\nfunction transition() {}')).toMatchObject({ ok: false });
    expect(normalizeProgram('import { x } from "y";')).toMatchObject({ ok: false });
  });
});
