import { COLOR_RGB, type ColorName } from "./constants.js";
import {
  EMPTY,
  S_LOCKED,
  S_OPEN,
  T_BALL,
  T_BOX,
  T_DOOR,
  T_FLOOR,
  T_GOAL,
  T_KEY,
  T_LAVA,
  T_WALL,
  cellState,
  cellType,
  colorName,
  stateName,
  typeName,
  type Cell,
} from "./cell.js";
import { lockColors, lockMask } from "./locks.js";
import type { MinigridWorldView } from "./symbolic.js";
import { viewCells } from "./view.js";

export interface MinigridRenderable extends MinigridWorldView {
  readonly mission: string;
  /** Shown in the text rendering when known. */
  readonly stepCount?: number;
  readonly maxSteps?: number;
}

const ARROWS = [">>", "vv", "<<", "^^"];
const DIR_WORDS = ["right", "down", "left", "up"];
const COLOR_LETTER: Readonly<Record<ColorName, string>> = { red: "r", green: "g", blue: "b", purple: "p", yellow: "y", grey: "e" };

/**
 * Two characters per cell: a shape letter and a colour letter (r g b p y, e = grey), e.g. `Ky` a
 * yellow key, `Lg` a locked green door, `Dg` closed, `/g` open; `##` wall, `G ` goal, `~~` lava,
 * `Ob` a blue ball, `Bp` a purple box; the agent is `>>` `vv` `<<` `^^`.
 */
export function renderMinigridText(env: MinigridRenderable): string {
  const { grid } = env;
  const lines: string[] = [];
  for (let y = 0; y < grid.height; y++) {
    let line = "";
    for (let x = 0; x < grid.width; x++) {
      line += x === env.agentX && y === env.agentY ? ARROWS[env.agentDir] : cellText(grid.get(x, y));
    }
    lines.push(line.trimEnd());
  }
  // Two characters cannot show a door's remaining locks (TwoKeyDoor): one line per such door.
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      const c = grid.get(x, y);
      if (cellType(c) === T_DOOR && lockMask(c) !== 0) lines.push(`door (${x},${y}) locks: ${lockColors(c).join(", ")}`);
    }
  }
  const carried = env.carrying === EMPTY ? "nothing" : `${colorName(env.carrying)} ${typeName(env.carrying)}`;
  const step = env.stepCount === undefined ? "" : `; step ${env.stepCount}/${env.maxSteps ?? "?"}`;
  lines.push(`agent (${env.agentX},${env.agentY}) facing ${DIR_WORDS[env.agentDir]}, carrying ${carried}${step}`);
  if (env.mission !== "") lines.push(`mission: ${env.mission}`);
  return lines.join("\n");
}

function cellText(c: Cell): string {
  if (c === EMPTY) return "  ";
  const col = COLOR_LETTER[colorName(c)];
  switch (cellType(c)) {
    case T_WALL:
      return "##";
    case T_GOAL:
      return "G ";
    case T_LAVA:
      return "~~";
    case T_FLOOR:
      return "_" + col;
    case T_DOOR: {
      const s = cellState(c);
      return (s === S_OPEN ? "/" : s === S_LOCKED ? "L" : "D") + col;
    }
    case T_KEY:
      return "K" + col;
    case T_BALL:
      return "O" + col;
    case T_BOX:
      return "B" + col;
    default:
      return "??";
  }
}

const TILE = 32;

/**
 * An SVG picture: the full grid with coloured objects, the agent as a red triangle pointing its
 * way, and the cells of its 7×7 view shaded; the mission is written underneath.
 */
export function renderMinigridSvg(env: MinigridRenderable): string {
  const { grid } = env;
  const w = grid.width * TILE;
  const h = grid.height * TILE;
  const carried = env.carrying === EMPTY ? "" : ` (carrying ${colorName(env.carrying)} ${typeName(env.carrying)})`;
  // Wrap the caption to the picture's width (about 7 px per character at 13 px).
  const caption = wrap(env.mission + carried, Math.max(12, Math.floor(w / 7.2)));
  const total = h + 8 + 17 * caption.length;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${total}" viewBox="0 0 ${w} ${total}" font-family="sans-serif">`,
  );
  out.push(`<title>${escapeXml(env.mission)}</title>`);
  out.push(`<rect x="0" y="0" width="${w}" height="${h}" fill="#000"/>`);
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      const c = grid.get(x, y);
      if (c !== EMPTY) out.push(cellSvg(c, x * TILE, y * TILE));
    }
  }
  // Grid lines over the tiles, as MiniGrid draws them.
  for (let x = 0; x <= grid.width; x++) out.push(`<line x1="${x * TILE}" y1="0" x2="${x * TILE}" y2="${h}" stroke="#333" stroke-width="1"/>`);
  for (let y = 0; y <= grid.height; y++) out.push(`<line x1="0" y1="${y * TILE}" x2="${w}" y2="${y * TILE}" stroke="#333" stroke-width="1"/>`);
  const shaded: string[] = [];
  for (const [vx, vy] of viewCells(env.agentX, env.agentY, env.agentDir)) {
    if (grid.inBounds(vx, vy)) shaded.push(`<rect x="${vx * TILE}" y="${vy * TILE}" width="${TILE}" height="${TILE}"/>`);
  }
  out.push(`<g fill="#fff" fill-opacity="0.18">${shaded.join("")}</g>`);
  out.push(agentSvg(env.agentX, env.agentY, env.agentDir));
  caption.forEach((line, k) => out.push(`<text x="4" y="${h + 19 + 17 * k}" font-size="13" fill="#222">${escapeXml(line)}</text>`));
  out.push(`</svg>`);
  return out.join("\n");
}

function cellSvg(c: Cell, px: number, py: number): string {
  const col = COLOR_RGB[colorName(c)];
  const cx = px + TILE / 2, cy = py + TILE / 2;
  const locks = lockColors(c);
  const lockText = locks.length > 0 ? `, locks ${locks.join(" ")}` : "";
  const label = `<title>${typeName(c)}${cellType(c) === T_DOOR ? ` ${stateName(c)}` : ""} ${colorName(c)}${lockText}</title>`;
  switch (cellType(c)) {
    case T_WALL:
      return `<rect x="${px}" y="${py}" width="${TILE}" height="${TILE}" fill="${col}"/>`;
    case T_GOAL:
      return `<rect x="${px}" y="${py}" width="${TILE}" height="${TILE}" fill="${col}">${label}</rect>`;
    case T_FLOOR:
      return `<rect x="${px + 1}" y="${py + 1}" width="${TILE - 2}" height="${TILE - 2}" fill="${col}" fill-opacity="0.5">${label}</rect>`;
    case T_LAVA: {
      const waves = [0.3, 0.5, 0.7]
        .map((f) => {
          const yy = py + f * TILE;
          return `<path d="M${px + 3} ${yy} q${TILE / 8} -4 ${TILE / 4} 0 t${TILE / 4} 0 t${TILE / 4} 0 t${TILE / 4 - 6} 0" stroke="#000" fill="none" stroke-width="1.5"/>`;
        })
        .join("");
      return `<g><rect x="${px}" y="${py}" width="${TILE}" height="${TILE}" fill="#ff8000"/>${waves}${label}</g>`;
    }
    case T_DOOR: {
      const s = cellState(c);
      if (s === S_OPEN) {
        return `<g><rect x="${px + TILE - 5}" y="${py}" width="5" height="${TILE}" fill="${col}"/>${label}</g>`;
      }
      if (s === S_LOCKED && locks.length > 0) {
        // One keyhole per remaining lock, in the colour of the key it takes.
        const holes = locks.map((k, i) => `<rect x="${px + 5 + i * 9}" y="${cy - 4}" width="7" height="8" fill="${COLOR_RGB[k]}" stroke="#000"/>`).join("");
        return `<g><rect x="${px}" y="${py}" width="${TILE}" height="${TILE}" fill="${col}" fill-opacity="0.55" stroke="${col}" stroke-width="2"/>${holes}${label}</g>`;
      }
      if (s === S_LOCKED) {
        return `<g><rect x="${px}" y="${py}" width="${TILE}" height="${TILE}" fill="${col}" fill-opacity="0.55" stroke="${col}" stroke-width="2"/><rect x="${cx + 4}" y="${cy - 1}" width="8" height="3" fill="#000"/>${label}</g>`;
      }
      return `<g><rect x="${px + 1}" y="${py + 1}" width="${TILE - 2}" height="${TILE - 2}" fill="#000" stroke="${col}" stroke-width="2"/><rect x="${px + 5}" y="${py + 5}" width="${TILE - 10}" height="${TILE - 10}" fill="none" stroke="${col}"/><circle cx="${cx + 8}" cy="${cy}" r="2" fill="${col}"/>${label}</g>`;
    }
    case T_KEY:
      return `<g fill="${col}"><circle cx="${cx}" cy="${py + 10}" r="6" fill="none" stroke="${col}" stroke-width="3"/><rect x="${cx - 1.5}" y="${py + 15}" width="3" height="13"/><rect x="${cx}" y="${py + 20}" width="6" height="3"/><rect x="${cx}" y="${py + 25}" width="5" height="3"/>${label}</g>`;
    case T_BALL:
      return `<circle cx="${cx}" cy="${cy}" r="${TILE * 0.31}" fill="${col}">${label}</circle>`;
    case T_BOX:
      return `<rect x="${px + 5}" y="${py + 5}" width="${TILE - 10}" height="${TILE - 10}" fill="none" stroke="${col}" stroke-width="3">${label}</rect>`;
    default:
      return "";
  }
}

function agentSvg(x: number, y: number, dir: number): string {
  const cx = x * TILE + TILE / 2, cy = y * TILE + TILE / 2;
  // A triangle pointing right, rotated by 90° per direction step (dir 1 = down, clockwise).
  return `<polygon points="${cx + 11},${cy} ${cx - 9},${cy - 9} ${cx - 9},${cy + 9}" fill="#ff0000" transform="rotate(${dir * 90} ${cx} ${cy})"><title>agent</title></polygon>`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
