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
