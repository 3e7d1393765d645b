import { describe, expect, it } from "vitest";
import { diffRequests, formatRequestDiff, textHunks } from "./request-diff.js";

const words = (n: number, word = "w") => Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ");

describe("request diff", () => {
  it("finds each changed place with its line and a little text around it", () => {
    const old = `${words(30)}\nthe grid has walls\n${words(30)}\nrow 0 at the top`;
    const now = `${words(30)}\nthe grid has fences\n${words(30)}\nrow 0 at the bottom`;
    const hunks = textHunks(old, now);
    expect(hunks.map((h) => [h.line, h.removed, h.added])).toEqual([
      [2, "walls", "fences"],
      [4, "top", "bottom"],
    ]);
    // The context is clipped at a word boundary, not the whole 30 words.
    expect(hunks[0]!.before).toMatch(/^…w\d+ .*\nthe grid has $/s);
    expect(hunks[0]!.before.length).toBeLessThan(60);
    expect(hunks[0]!.after).toMatch(/^\nw0 w1 .*…$/);
  });

  it("shows at most three places per message and counts the rest", () => {
    const old = Array.from({ length: 6 }, (_, i) => `line ${i} old`).join("\n");
    const now = old.replace(/old/g, "new");
    const diff = diffRequests({ model: "m", messages: [{ role: "user", content: old }] }, { model: "m", messages: [{ role: "user", content: now }] });
    expect(diff.messages[0]!.hunks).toHaveLength(3);
    expect(diff.messages[0]!.moreHunks).toBe(3);
    expect(formatRequestDiff(diff).at(-1)).toBe("message 0 (user): 3 more change(s)");
  });

  it("treats a rewritten message as one change instead of diffing it word by word", () => {
    const hunks = textHunks(words(1500, "a"), words(1500, "b"));
    expect(hunks).toHaveLength(1);
    expect(hunks[0]!.removed).toMatch(/^a0 a1 .*…$/);
  });

  it("compares model, temperature, max_tokens, seed and stop", () => {
    const diff = diffRequests(
      { model: "gpt-4", messages: [], temperature: 1, seed: 3, stop: ["x"] },
      { model: "gpt-4o", messages: [], temperature: 1, max_tokens: 10 },
    );
    expect(formatRequestDiff(diff)).toEqual([
      'parameter model: recorded "gpt-4", now "gpt-4o"',
      "parameter max_tokens: recorded (not set), now 10",
      "parameter seed: recorded 3, now (not set)",
      'parameter stop: recorded ["x"], now (not set)',
    ]);
  });
});
