import type { SearchBudget } from "./types.js";

/**
 * Counts expansions and watches the clock. The clock is read every few expansions only:
 * reading it costs more than a small model's step.
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
    if ((this.expansions & 15) === 0 && this.now() > this.deadline) this.timedOut = true;
    return true;
  }

  get exhausted(): boolean {
    return this.timedOut || this.expansions >= this.budget.maxExpansions;
  }
}

export function defaultNow(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}
