import type { State } from "@worldcoder/core";

/** The first field of a state that is a grid (equal-length row strings), if any. */
export function gridOf(state: State): { key: string; rows: string[] } | null {
  if (state === null || typeof state !== "object" || Array.isArray(state)) return null;
  for (const [key, v] of Object.entries(state)) {
    if (Array.isArray(v) && v.length > 0 && v.every((r) => typeof r === "string" && r.length === (v[0] as string).length)) {
      return { key, rows: v as string[] };
    }
  }
  return null;
}

/** Text: the grid rows, then the other fields as JSON, then the step line. Nothing names a game. */
export function renderObfuscatedText(state: State, status: string): string {
  const grid = gridOf(state);
  if (!grid) return [JSON.stringify(state, null, 1), status].join("\n");
  const rest = Object.fromEntries(Object.entries(state as object).filter(([k]) => k !== grid.key));
  return [...grid.rows, ...(Object.keys(rest).length > 0 ? [JSON.stringify(rest)] : []), status].join("\n");
}

const TILE = 24;

/** SVG: one tile per grid cell, coloured by its symbol and labelled with it; other fields below. */
export function renderObfuscatedSvg(state: State, status: string): string {
  const grid = gridOf(state);
  const rows = grid?.rows ?? [];
  const cols = rows[0]?.length ?? 0;
  const rest = grid ? Object.fromEntries(Object.entries(state as object).filter(([k]) => k !== grid.key)) : state;
  const caption = [JSON.stringify(rest), status].filter((s) => s !== "{}");
  const w = Math.max(cols * TILE, 320);
  const h = rows.length * TILE + caption.length * 16 + 8;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img">`, "<title>obfuscated environment</title>"];
  rows.forEach((row, r) =>
    [...row].forEach((ch, c) => {
      const hue = (ch.codePointAt(0)! * 47) % 360;
      parts.push(
        `<g class="cell"><rect x="${c * TILE}" y="${r * TILE}" width="${TILE}" height="${TILE}" fill="hsl(${hue},45%,80%)" stroke="#fff"/>` +
          `<text x="${c * TILE + TILE / 2}" y="${r * TILE + 16}" font-size="12" font-family="monospace" text-anchor="middle">${escapeXml(ch)}</text></g>`,
      );
    }),
  );
  caption.forEach((line, i) =>
    parts.push(`<text x="2" y="${rows.length * TILE + 14 + i * 16}" font-size="11" font-family="monospace">${escapeXml(line.slice(0, 200))}</text>`),
  );
  parts.push("</svg>");
  return parts.join("\n");
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" })[c]!);
}
