import type { Rng } from "./seeded-rng.js";

/** WorldCoder's `bandits_c`: how strongly a program's score pulls the prior towards it. */
export const DEFAULT_REX_C = 5;

export interface RexArmState {
  id: number;
  /** The program's heuristic score h in [0, 1]; null for the fresh-draft arm, whose prior is Beta(1, 1). */
  heuristic: number | null;
  /** N: how many times this program was refined without the child solving the task. */
  refinements: number;
}

/**
 * REx: refinement as an arm-acquiring bandit. Every program is an arm with posterior
 * Beta(1 + C·h, 1 + C·(1 − h) + N); the next program to refine is the arm with the largest single
 * Beta sample (Thompson sampling). High scores are tried first, but a program refined many times
 * in vain loses to fresher, slightly worse ones — exploration without a tuned schedule.
 */
export class RexScheduler {
  private readonly arms: RexArmState[] = [];
  private readonly c: number;

  constructor(
    private readonly rng: Rng,
    options: { c?: number } = {},
  ) {
    this.c = options.c ?? DEFAULT_REX_C;
  }

  add(id: number, heuristic: number): void {
    this.push({ id, heuristic: Math.min(1, Math.max(0, heuristic)), refinements: 0 });
  }

  /**
   * An arm with no program behind it: pulling it asks for a new first draft (WorldCoder's
   * InitAction, REx's Beta(s, s) prior when h is unknown). It wins when every program looks poor.
   */
  addFresh(id: number): void {
    this.push({ id, heuristic: null, refinements: 0 });
  }

  posterior(id: number): { alpha: number; beta: number } {
    const arm = this.arm(id);
    if (arm.heuristic === null) return { alpha: 1, beta: 1 + arm.refinements };
    return { alpha: 1 + this.c * arm.heuristic, beta: 1 + this.c * (1 - arm.heuristic) + arm.refinements };
  }

  /** Draws one sample per arm (in insertion order, so replays draw alike) and returns the best arm. */
  select(): number {
    if (this.arms.length === 0) throw new Error("RexScheduler: no programs to choose from");
    let best = this.arms[0]!.id;
    let bestSample = -1;
    for (const arm of this.arms) {
      const { alpha, beta } = this.posterior(arm.id);
      const sample = this.rng.beta(alpha, beta);
      if (sample > bestSample) {
        bestSample = sample;
        best = arm.id;
      }
    }
    return best;
  }

  private push(arm: RexArmState): void {
    if (this.arms.some((a) => a.id === arm.id)) throw new Error(`RexScheduler: arm ${arm.id} already exists`);
    this.arms.push(arm);
  }

  /** Counts a refinement of `id` whose child did not satisfy the whole specification. */
  recordRefinement(id: number): void {
    this.arm(id).refinements += 1;
  }

  get size(): number {
    return this.arms.length;
  }

  snapshot(): readonly RexArmState[] {
    return this.arms.map((a) => ({ ...a }));
  }

  private arm(id: number): RexArmState {
    const arm = this.arms.find((a) => a.id === id);
    if (!arm) throw new Error(`RexScheduler: unknown arm ${id}`);
    return arm;
  }
}
