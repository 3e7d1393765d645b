import { describe, expect, it } from "vitest";
import { RexScheduler } from "./rex.js";
import { createRng } from "./seeded-rng.js";

function pickCounts(scheduler: RexScheduler, n: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const id = scheduler.select();
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

describe("RexScheduler", () => {
  it("uses the posterior Beta(1 + C·h, 1 + C·(1 − h) + N)", () => {
    const rex = new RexScheduler(createRng(0), { c: 5 });
    rex.add(1, 0.6);
    rex.recordRefinement(1);
    rex.recordRefinement(1);
    expect(rex.posterior(1)).toEqual({ alpha: 4, beta: 5 });
  });

  it("mostly picks the higher-scoring program", () => {
    const rex = new RexScheduler(createRng(1));
    rex.add(1, 0.2);
    rex.add(2, 0.9);
    const counts = pickCounts(rex, 400);
    expect(counts.get(2)!).toBeGreaterThan(300);
    expect(counts.get(1) ?? 0).toBeGreaterThan(0); // still explores
  });

  it("moves away from a program refined many times in vain", () => {
    const rex = new RexScheduler(createRng(2));
    rex.add(1, 0.9);
    rex.add(2, 0.7);
    for (let i = 0; i < 20; i++) rex.recordRefinement(1);
    const counts = pickCounts(rex, 400);
    expect(counts.get(2)!).toBeGreaterThan(counts.get(1) ?? 0);
  });

  it("a larger C concentrates on the best score", () => {
    const share = (c: number): number => {
      const rex = new RexScheduler(createRng(3), { c });
      rex.add(1, 0.5);
      rex.add(2, 0.7);
      return pickCounts(rex, 400).get(2)! / 400;
    };
    expect(share(50)).toBeGreaterThan(share(1));
  });

  it("replays the same choices for the same seed", () => {
    const run = (): number[] => {
      const rex = new RexScheduler(createRng(9));
      rex.add(1, 0.4);
      rex.add(2, 0.5);
      rex.add(3, 0.6);
      return Array.from({ length: 20 }, () => rex.select());
    };
    expect(run()).toEqual(run());
  });

  it("a fresh-draft arm has prior Beta(1, 1) and beats poor programs", () => {
    const rex = new RexScheduler(createRng(4));
    rex.addFresh(-1);
    rex.add(1, 0.05);
    expect(rex.posterior(-1)).toEqual({ alpha: 1, beta: 1 });
    expect(pickCounts(rex, 400).get(-1)!).toBeGreaterThan(250);
  });
});
