import type { MeanInterval, RateInterval } from "../stats/index.js";

/** Thousands separators without locale data, so reports read the same on every machine. */
export function int(value: number): string {
  const [whole, fraction] = String(value).split(".");
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function pct(rate: number): string {
  return `${(rate * 100).toFixed(1)} %`;
}

export function dollars(value: number): string {
  return `$${value.toFixed(value < 1 ? 4 : 2)}`;
}

export function orDash(value: number | null | undefined, show: (v: number) => string = int): string {
  return value === null || value === undefined ? "—" : show(value);
}

/** Markdown table cells cannot hold pipes or newlines. */
export function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A mean for a table: one decimal, grouped. */
export function mean(value: number): string {
  return int(Math.round(value * 10) / 10);
}

/**
 * `mean [low, high]` with the 95 % interval; the mean alone when one job gives no interval
 * (the table's seeds or runs column says so).
 * Bounds below zero are shown as 0: every figure here is a count or a cost.
 */
export function withInterval(ci: MeanInterval | null, show: (v: number) => string = mean): string {
  if (ci === null) return "—";
  if (ci.low === null || ci.high === null) return show(ci.mean);
  return `${show(ci.mean)} [${show(Math.max(0, ci.low))}, ${show(ci.high)}]`;
}

/** `80.0 % [49.0, 94.3] (8/10)`: the rate, its Wilson interval in percent, the counts. */
export function rateWithInterval(rate: RateInterval): string {
  const points = (v: number) => (v * 100).toFixed(1);
  return `${pct(rate.rate)} [${points(rate.low)}, ${points(rate.high)}] (${rate.successes}/${rate.trials})`;
}
