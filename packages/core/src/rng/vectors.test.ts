import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { goldenDir } from "../testing/index.js";
import { NumpyGenerator } from "./numpy-generator.js";
import { NumpyRandomState } from "./numpy-random-state.js";
import { PyRandom } from "./py-random.js";

type Op = [string, ...number[]];
interface Vectors {
  generator: { seed: string; ops: Op[]; out: unknown[] }[];
  pyrandom: { seed: string; ops: Op[]; out: unknown[] }[];
  legacy: { seed: number; sizes: number[]; out: number[] }[];
}

const vectors = JSON.parse(readFileSync(join(goldenDir(), "rng", "vectors.json"), "utf8")) as Vectors;

describe("NumpyGenerator reproduces numpy Generator(PCG64(SeedSequence(seed)))", () => {
  for (const c of vectors.generator) {
    it(`seed ${c.seed}: ${c.ops.length} ops`, () => {
      const g = NumpyGenerator.fromSeed(c.seed);
      const got = c.ops.map(([name, a, b]) => {
        switch (name) {
          case "integers":
            return g.integers(a, b);
          case "random":
            return g.random();
          case "shuffle":
            return g.shuffle(Array.from({ length: a }, (_, i) => i));
          case "choice":
            return g.choice(a, b);
          default:
            throw new Error(`unknown op ${name}`);
        }
      });
      expect(got).toEqual(c.out);
    });
  }
});

describe("PyRandom reproduces CPython random.Random(seed)", () => {
  for (const c of vectors.pyrandom) {
    it(`seed ${c.seed}: ${c.ops.length} ops`, () => {
      const r = new PyRandom(c.seed);
      const got = c.ops.map(([name, a, b]) => {
        const range = (n: number) => Array.from({ length: n }, (_, i) => i);
        switch (name) {
          case "random":
            return r.random();
          case "randint":
            return r.randint(a, b);
          case "sample1":
            return r.sample(range(a), 1)[0];
          case "getrandbits":
            return r.getrandbits(a);
          case "choice":
            return r.choice(range(a));
          default:
            throw new Error(`unknown op ${name}`);
        }
      });
      expect(got).toEqual(c.out);
    });
  }
});

describe("NumpyRandomState reproduces numpy's legacy np.random", () => {
  for (const c of vectors.legacy) {
    it(`seed ${c.seed}: ${c.sizes.length} draws`, () => {
      const rs = new NumpyRandomState(c.seed);
      expect(c.sizes.map((n) => rs.randint(n))).toEqual(c.out);
    });
  }
});

it("covers all 6 000 golden vectors", () => {
  const n =
    vectors.generator.reduce((s, c) => s + c.ops.length, 0) +
    vectors.pyrandom.reduce((s, c) => s + c.ops.length, 0) +
    vectors.legacy.reduce((s, c) => s + c.sizes.length, 0);
  expect(n).toBe(6000);
});
