import { readFileSync, writeFileSync } from "node:fs";
import { expect, it } from "vitest";
import { recordTeleportEpisode, TELEPORT_GOLDEN_FORMAT, verifyTeleportEpisodes, type TeleportGoldenEpisode } from "./golden.js";

// Regenerate after a deliberate rule or generator change:
//   WORLDCODER_UPDATE_GOLDEN=1 npx vitest run src/sokoban/teleport/golden.test.ts
const FILE = new URL("./golden-traces.json", import.meta.url);
const CASES: [string, number][] = [
  ...[0, 1, 2, 3, 4, 5].map((s): [string, number] => ["Sokoban-Teleport-v0", s]),
  ...[0, 1, 2].map((s): [string, number] => ["Sokoban-Teleport-small-v0", s]),
];

if (process.env.WORLDCODER_UPDATE_GOLDEN === "1") {
  const episodes = CASES.map(([env, seed]) => recordTeleportEpisode(env, seed));
  // One line per step keeps the file small and its diffs readable.
  const lines = episodes.map(({ steps, ...head }) => `${JSON.stringify(head).slice(0, -1)},"steps":[\n${steps.map((s) => JSON.stringify(s)).join(",\n")}]}`);
  writeFileSync(FILE, `{"format":${JSON.stringify(TELEPORT_GOLDEN_FORMAT)},"episodes":[\n${lines.join(",\n")}\n]}\n`);
}

const golden = JSON.parse(readFileSync(FILE, "utf8")) as { format: string; episodes: TeleportGoldenEpisode[] };

it("replays the golden teleport traces: same levels, every step's grid, reward and termination", () => {
  expect(golden.format).toBe(TELEPORT_GOLDEN_FORMAT);
  expect(golden.episodes.map((e) => [e.env, e.seed])).toEqual(CASES);
  // The traces are worth having only if they reach the goal and pass through gates.
  expect(golden.episodes.filter((e) => e.steps.at(-1)?.terminated).length).toBeGreaterThanOrEqual(CASES.length - 1);
  expect(golden.episodes.filter((e) => teleports(e) > 0).length).toBeGreaterThanOrEqual(CASES.length - 2);
  expect(verifyTeleportEpisodes(golden.episodes)).toEqual([]);
});

it("names the step where a replay differs", () => {
  const [first] = golden.episodes;
  const broken = { ...first, steps: first.steps.map((s, i) => (i === 3 ? { ...s, reward: 99 } : s)) };
  expect(verifyTeleportEpisodes([broken])).toEqual([`${first.env} seed ${first.seed}: step 3 (action ${first.steps[3].action}) differs`]);
});

/** Steps where the player moved further than one cell: teleports. */
function teleports(e: TeleportGoldenEpisode): number {
  const at = (grid: string[]): number[] => {
    const r = grid.findIndex((row) => /[@+]/.test(row));
    return [r, grid[r].search(/[@+]/)];
  };
  let n = 0;
  let prev = at(e.start.grid);
  for (const s of e.steps) {
    const p = at(s.grid);
    if (Math.abs(p[0] - prev[0]) + Math.abs(p[1] - prev[1]) > 1) n++;
    prev = p;
  }
  return n;
}
