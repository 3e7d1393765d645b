import type { Household } from "./household.js";
import type { AlfworldTask } from "./scene.js";
import { MIDDLE_OF_ROOM } from "./symbolic.js";
import { sortNames } from "./text.js";

export interface CardInput {
  world: Household;
  task: AlfworldTask;
  lastObservation: string;
  steps: number;
  won: boolean;
}

function objectLabel(world: Household, name: string): string {
  const o = world.objects.get(name)!;
  const flags = [o.hot && "hot", o.cold && "cold", o.clean && "clean", o.on && "on"].filter(Boolean);
  return flags.length ? `${name} (${flags.join(", ")})` : name;
}

/** The card as lines: task, agent, last observation, then every receptacle with what it holds. */
export function cardLines(input: CardInput): string[] {
  const { world, task } = input;
  const here = world.location === null ? MIDDLE_OF_ROOM : world.at!;
  const lines = [
    `Task: ${task.text}${input.won ? "  [done]" : ""}`,
    `Step ${input.steps} | at ${here} | holding ${world.holding ? objectLabel(world, world.holding) : "nothing"}`,
    ...input.lastObservation.split("\n").map((line, i) => (i === 0 ? "> " : "  ") + line),
    "",
  ];
  const width = Math.max(...[...world.receptacles.keys()].map((n) => n.length));
  for (const name of sortNames(world.receptacles.keys())) {
    const r = world.receptacles.get(name)!;
    const mark = r.location === world.location ? "*" : " ";
    const state = r.openable ? (r.open ? "open  " : "closed") : "      ";
    const contents = sortNames(r.contents).map((n) => objectLabel(world, n));
    // Powered variant: the appliance's switch after its door state (no column for ALFWorld's receptacles).
    const power = r.on === null ? "" : r.on ? " [on] " : " [off]";
    lines.push(`${mark} ${name.padEnd(width)} ${state}${power} ${contents.length ? contents.join(", ") : "-"}`);
  }
  return lines;
}

export function renderText(input: CardInput): string {
  return cardLines(input).join("\n") + "\n";
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The same card as a standalone SVG: monospace lines, the agent's receptacles highlighted. */
export function renderSvg(input: CardInput): string {
  const lines = cardLines(input);
  const observationEnd = lines.indexOf("");
  const lineHeight = 16;
  const charWidth = 7.2;
  const width = Math.ceil(Math.max(40, ...lines.map((l) => l.length)) * charWidth) + 24;
  const height = lines.length * lineHeight + 24;
  const rows = lines.map((line, i) => {
    const y = 20 + i * lineHeight;
    const weight = i === 0 ? ' font-weight="bold"' : "";
    const fill = line.startsWith("*") ? "#1f6feb" : i >= 2 && i < observationEnd ? "#6e4c00" : "#1b1f24";
    return `<text x="12" y="${y}" fill="${fill}"${weight} xml:space="preserve">${escapeXml(line)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="ui-monospace, Menlo, Consolas, monospace" font-size="12">`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="6" fill="#fbfaf5" stroke="#8c959f"/>`,
    ...rows,
    "</svg>",
  ].join("\n");
}
