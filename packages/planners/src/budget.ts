import type { SearchBudget } from "./types.js";

/**
 * Counts expansions and watches the clock, read at every expansion: an expansion steps the model
 * once per action, which costs far more than reading the clock, and a slow model must not
 * overrun its time budget by many expansions.
 */
export class BudgetTracker {
  expansions = 0;
  private readonly deadline: number;
  private timedOut = false;

  constructor(
    private readonly budget: SearchBudget,
    private readonly now: () => number,
  ) {
    this.deadline = now() + budget.maxMillis;
  }

  /** Records one expansion; false when the budget is spent. */
  spend(): boolean {
    if (this.expansions >= this.budget.maxExpansions || this.timedOut) return false;
    this.expansions += 1;
    if (this.now() > this.deadline) this.timedOut = true;
    return true;
  }

  get exhausted(): boolean {
    return this.timedOut || this.expansions >= this.budget.maxExpansions;
  }
}

export function defaultNow(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}
