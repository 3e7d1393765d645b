import type { Suite } from "./types.js";

/** Boxoban levels read from the committed level files (DeepMind's boxoban-levels, Apache-2.0). */
export const boxobanSuite: Suite = {
  name: "boxoban",
  description: "Boxoban levels from files: five levels drawn by seed from unfiltered/train/000 and from medium/train/000.",
  tracks: [
    { id: "boxoban-unfiltered", description: "unfiltered/train/000.txt, five levels drawn by seed", tasks: [{ envId: "Boxoban-v0", seeds: [0, 1, 2, 3, 4], levelFile: "fixtures/levels/boxoban/unfiltered/train/000.txt" }] },
    { id: "boxoban-medium", description: "medium/train/000.txt, five levels drawn by seed", tasks: [{ envId: "Boxoban-v0", seeds: [0, 1, 2, 3, 4], levelFile: "fixtures/levels/boxoban/medium/train/000.txt" }] },
  ],
  // Three job seeds: WorldCoder's exploration and Thompson sampling follow the seed.
  seeds: [0, 1, 2],
  // ReAct is left out: one recorded call per step over 10×10 rooms with four boxes is too long to record by hand.
  agents: ["worldcoder", "random"],
  budget: { maxEnvSteps: 20_000, maxLlmCalls: 20, maxDollars: 20 },
  priceAs: "gpt-4-0613",
};
