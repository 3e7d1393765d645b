import table from "./data/prices.json" with { type: "json" };

export interface ModelPrice {
  /** US dollars per million prompt tokens. */
  input: number;
  /** US dollars per million completion tokens. */
  output: number;
}

export interface PriceTable {
  source: string;
  asOf: string;
  models: Record<string, ModelPrice>;
}

/** The dated list-price table shipped with the package (src/data/prices.json). */
export const defaultPriceTable: PriceTable = table;

export interface PricedCall {
  dollars: number;
  /** The model whose price was used (`priceAs` when given). */
  pricedAs: string;
  /** False when the table has no row for the model: the call is priced at 0, and says so. */
  known: boolean;
}

/**
 * Dollars of one call. An unknown model costs 0 and is flagged (`known: false`), never
 * priced by a guess from a similar name.
 */
export function priceCall(
  model: string,
  promptTokens: number,
  completionTokens: number,
  prices: PriceTable = defaultPriceTable,
): PricedCall {
  const row = prices.models[model];
  if (!row) return { dollars: 0, pricedAs: model, known: false };
  // Rounded to a nano-dollar so that sums are the same whatever the platform's float formatting.
  const dollars = Math.round(((promptTokens * row.input + completionTokens * row.output) / 1e6) * 1e9) / 1e9;
  return { dollars, pricedAs: model, known: true };
}
