import { describe, expect, it } from "vitest";
import { NumpyGenerator } from "./numpy-generator.js";
import { Pcg64 } from "./pcg64.js";

describe("NumpyGenerator helpers", () => {
  it("the limb arithmetic of PCG64 matches a BigInt reference over many steps", () => {
    const g = Pcg64.fromSeed(12345);
    const mult = (2549297995355413924n << 64n) | 4865540595714422341n;
    const mask = (1n << 128n) - 1n;
    let state = g.stateBigInt();
    const probe = g.clone();
    probe.next64();
    const inc = (probe.stateBigInt() - state * mult) & mask;
    for (let i = 0; i < 2000; i++) {
      state = (state * mult + inc) & mask;
      g.next64();
      expect(g.stateBigInt()).toBe(state);
      const hi = state >> 64n;
      const x = (hi ^ (state & 0xffffffffffffffffn)) & 0xffffffffffffffffn;
      const rot = hi >> 58n;
      const out = ((x >> rot) | (x << ((64n - rot) & 63n))) & 0xffffffffffffffffn;
      expect((BigInt(g.hi) << 32n) | BigInt(g.lo)).toBe(out);
    }
  });

  it("clone continues the same stream, including the cached 32-bit half", () => {
    const a = NumpyGenerator.fromSeed(7);
    a.integers(0, 5); // leaves a high half cached
    const b = a.clone();
    const xs = Array.from({ length: 20 }, () => a.integers(0, 100));
    expect(Array.from({ length: 20 }, () => b.integers(0, 100))).toEqual(xs);
  });

  it("bool, choiceOf and subset reduce to integers() as MiniGrid's helpers do", () => {
    const a = NumpyGenerator.fromSeed(3);
    const b = NumpyGenerator.fromSeed(3);
    expect(a.bool()).toBe(b.integers(0, 2) === 0);
    expect(a.choiceOf(["x", "y", "z"])).toBe(["x", "y", "z"][b.integers(0, 3)]);
    const pool = [10, 11, 12, 13];
    const first = pool[b.integers(0, 4)];
    const rest = pool.filter((v) => v !== first);
    expect(a.subset(pool, 2)).toEqual([first, rest[b.integers(0, 3)]]);
    expect(a.uniform(2, 4)).toBe(2 + 2 * b.random());
  });

  it("integers(lo, lo + 1) draws nothing", () => {
    const a = NumpyGenerator.fromSeed(9);
    const b = NumpyGenerator.fromSeed(9);
    expect(a.integers(4, 5)).toBe(4);
    expect(a.random()).toBe(b.random());
  });

  it("rejects an empty range with a stable code", () => {
    expect(() => NumpyGenerator.fromSeed(1).integers(3, 3)).toThrow(expect.objectContaining({ code: "RNG_RANGE" }));
  });
});
