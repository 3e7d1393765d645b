import { describe, expect, it } from "vitest";
import { createRng } from "./seeded-rng.js";

describe("createRng", () => {
  it("replays the same stream for the same seed", () => {
    const a = createRng(7);
    const b = createRng(7);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(createRng(8).next()).not.toBe(xs[0]);
  });

  it("draws integers in range and forks without shifting the parent", () => {
    const a = createRng(1);
    const b = createRng(1);
    a.fork("x").next();
    expect(a.next()).toBe(b.next());
    for (let i = 0; i < 200; i++) {
      const k = a.int(5);
      expect(k >= 0 && k < 5 && Number.isInteger(k)).toBe(true);
    }
  });

  it("samples Beta with the right mean", () => {
    const rng = createRng(3);
    let sum = 0;
    const n = 4000;
    for (let i = 0; i < n; i++) sum += rng.beta(6, 2);
    expect(sum / n).toBeCloseTo(0.75, 1);
    const small = rng.beta(0.5, 0.5);
    expect(small).toBeGreaterThanOrEqual(0);
    expect(small).toBeLessThanOrEqual(1);
  });
});
