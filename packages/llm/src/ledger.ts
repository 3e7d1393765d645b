import type { LedgerEntry, LedgerTotals } from "@worldcoder/core";

/** A ledger entry as this package writes it: the core fields plus how the dollars were priced. */
export interface LlmLedgerEntry extends LedgerEntry {
  /** The model whose list price gave `dollars` (the `priceAs` option, else the model). */
  pricedAs: string;
  /** False when no price was known: `dollars` is 0 and must not be read as "free". */
  priceKnown: boolean;
}

/**
 * The calls of one run. Entries keep the order in which calls *started*, not finished, so
 * concurrent calls give the same ledger (and the same float sums) on every replay.
 */
export class CallLedger {
  private readonly slots: (LlmLedgerEntry | undefined)[] = [];

  /** Reserves the next place; fill it with `settle` when the call ends. */
  reserve(): number {
    this.slots.push(undefined);
    return this.slots.length - 1;
  }

  settle(slot: number, entry: LlmLedgerEntry): void {
    this.slots[slot] = entry;
  }

  entries(): readonly LlmLedgerEntry[] {
    return this.slots.filter((entry): entry is LlmLedgerEntry => entry !== undefined);
  }

  totals(): LedgerTotals {
    return totalsOf(this.entries());
  }
}

/** Run totals, always derived from the entries. */
export function totalsOf(entries: readonly LedgerEntry[]): LedgerTotals {
  let promptTokens = 0;
  let completionTokens = 0;
  let nanoDollars = 0;
  for (const entry of entries) {
    promptTokens += entry.promptTokens;
    completionTokens += entry.completionTokens;
    // Summed as integers so the total does not depend on float rounding order.
    nanoDollars += Math.round(entry.dollars * 1e9);
  }
  return { calls: entries.length, promptTokens, completionTokens, dollars: nanoDollars / 1e9 };
}
