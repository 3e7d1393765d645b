import { BOX, BOX_ON_TARGET, FIXED_TARGET, PLAYER, WALL } from "./constants.js";
import { gridToLayers } from "./symbolic.js";

export interface RenderInput {
  rows: number;
  cols: number;
  fixed: Uint8Array;
  state: Uint8Array;
  grid: string[];
  numEnvSteps: number;
  maxSteps: number;
  boxesOnTarget: number;
  numBoxes: number;
  lastReward: number;
  /** Teleport Sokoban: gate pairs as cell indices, drawn under boxes and the player. */
  gates?: readonly (readonly [number, number])[];
}

/** The grid plus one line of step information. */
export function renderText(input: RenderInput): string {
  const status =
    `step ${input.numEnvSteps}/${input.maxSteps}, boxes on target ${input.boxesOnTarget}/${input.numBoxes}, ` +
    `last reward ${input.lastReward}`;
  return [...input.grid, status].join("\n");
}

const TILE = 32;
// Colours follow gym-sokoban's tiny renderer where it has one (floor, target, box, player).
const COLOURS = {
  wall: "#4a4a4a",
  wallLine: "#2e2e2e",
  floor: "#f3f8ee",
  target: "#fe7e7d",
  box: "#8e7938",
  boxOnTarget: "#fe5f38",
  player: "#a0d438",
  playerOnTarget: "#dbd438",
  gates: ["#5b6cd6", "#2aa198", "#c04fc0", "#d08a1a"],
};

/** A standalone SVG picture of the room: one 32 px tile per cell, each with a class naming it. */
export function renderSvg(input: RenderInput): string {
  const { rows, cols, fixed, state } = input;
  const pairOf = new Map<number, number>();
  input.gates?.forEach(([a, b], k) => pairOf.set(a, k).set(b, k));
  const w = cols * TILE;
  const h = rows * TILE;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img">`,
    `<title>Sokoban${input.maxSteps > 0 ? `, step ${input.numEnvSteps}` : ""}, ${input.boxesOnTarget} of ${input.numBoxes} boxes on target</title>`,
  ];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const x = c * TILE;
      const y = r * TILE;
      const v = state[i];
      if (v === WALL) {
        parts.push(
          `<g class="wall"><rect x="${x}" y="${y}" width="${TILE}" height="${TILE}" fill="${COLOURS.wall}"/>` +
            `<path d="M${x} ${y + 11}h${TILE}M${x} ${y + 22}h${TILE}M${x + 16} ${y}v11M${x + 8} ${y + 11}v11M${x + 24} ${y + 11}v11M${x + 16} ${y + 22}v10" stroke="${COLOURS.wallLine}" stroke-width="1.5"/></g>`,
        );
        continue;
      }
      parts.push(`<rect class="floor" x="${x}" y="${y}" width="${TILE}" height="${TILE}" fill="${COLOURS.floor}"/>`);
      const pair = pairOf.get(i);
      if (pair !== undefined) {
        // Twins share a colour and a number, so a picture shows which gate leads where.
        const colour = COLOURS.gates[pair % COLOURS.gates.length];
        parts.push(
          `<g class="gate"><circle cx="${x + 16}" cy="${y + 16}" r="12" fill="none" stroke="${colour}" stroke-width="3" stroke-dasharray="4 2"/>` +
            `<text x="${x + 16}" y="${y + 20}" font-size="11" font-family="sans-serif" text-anchor="middle" fill="${colour}">${pair + 1}</text></g>`,
        );
      }
      const onTarget = fixed[i] === FIXED_TARGET;
      if (onTarget && v !== BOX_ON_TARGET) {
        parts.push(
          `<circle class="target" cx="${x + 16}" cy="${y + 16}" r="9" fill="none" stroke="${COLOURS.target}" stroke-width="3"/>`,
        );
      }
      if (v === BOX || v === BOX_ON_TARGET) {
        const cls = v === BOX_ON_TARGET ? "box-on-target" : "box";
        const fill = v === BOX_ON_TARGET ? COLOURS.boxOnTarget : COLOURS.box;
        parts.push(
          `<g class="${cls}"><rect x="${x + 3}" y="${y + 3}" width="26" height="26" rx="3" fill="${fill}" stroke="#3a2f10" stroke-width="2"/>` +
            `<path d="M${x + 6} ${y + 6}L${x + 26} ${y + 26}M${x + 26} ${y + 6}L${x + 6} ${y + 26}" stroke="#3a2f10" stroke-width="2"/></g>`,
        );
      } else if (v === PLAYER) {
        const cls = onTarget ? "player-on-target" : "player";
        const fill = onTarget ? COLOURS.playerOnTarget : COLOURS.player;
        parts.push(
          `<g class="${cls}"><circle cx="${x + 16}" cy="${y + 11}" r="6" fill="${fill}" stroke="#2f3d10" stroke-width="2"/>` +
            `<path d="M${x + 8} ${y + 28}q8 -14 16 0z" fill="${fill}" stroke="#2f3d10" stroke-width="2"/></g>`,
        );
      }
    }
  }
  parts.push("</svg>");
  return parts.join("\n");
}

/** Draws a symbolic state `{ grid }` (no env needed), e.g. for report pictures. */
export function renderSokobanStateSvg(state: { grid: readonly string[] }): string {
  const layers = gridToLayers(state.grid);
  let boxes = 0;
  let onTarget = 0;
  for (const v of layers.state) {
    if (v === BOX || v === BOX_ON_TARGET) boxes++;
    if (v === BOX_ON_TARGET) onTarget++;
  }
  return renderSvg({
    ...layers,
    grid: [...state.grid],
    numEnvSteps: 0,
    maxSteps: 0,
    boxesOnTarget: onTarget,
    numBoxes: boxes,
    lastReward: 0,
  });
}
