import type { Action, State } from "@worldcoder/core";
import { SOKOBAN_ACTION_NAMES, SOKOBAN_GOAL_TEXT } from "../sokoban/constants.js";
import { DiscreteActionCodec, SymbolTable, type ObfuscationCodec } from "./codec.js";
import { transformPoint, transformRows, untransformPoint, untransformRows, type GridTransform } from "./grid-transform.js";
import type { ObfRandom } from "./seeded.js";

// Every character a Sokoban or teleport-Sokoban grid holds, and the neutral letters they become
// (no `l`/`o`, which read like `1`/`0` or a gate).
const GRID_CHARS = ["#", " ", ".", "$", "*", "@", "+", "o"];
const POOL = [..."abcdefghijkmnpqrstuvwxyz"];
/** The teleport state's `gates` field gets a name that says nothing about what gates do. */
const GATES_KEY = "pairs";

type Point = [number, number];
type GridState = { grid: string[]; gates?: [Point, Point][] };

/**
 * Sokoban, Boxoban and teleport Sokoban: grid characters become shuffled letters, the grid is
 * mirrored and turned, the 9 actions are permuted and named a0–a8, `gates` becomes `pairs`, and
 * the goal names only a letter: "push every box onto a target" ⇔ no box off a target is left.
 */
export function sokobanCodec(random: ObfRandom): ObfuscationCodec {
  const actions = new DiscreteActionCodec(SOKOBAN_ACTION_NAMES, random);
  const symbols = SymbolTable.shuffled(GRID_CHARS, POOL, random);
  const transform: GridTransform = { mirror: random.int(2) === 1, quarterTurns: random.int(4) };
  const goal = `reach a state whose grid shows no \`${symbols.encode("$")}\``;
  const mapChars = (row: string, f: (ch: string) => string): string => [...row].map(f).join("");

  const encodeState = (state: State): State => {
    const s = state as GridState;
    const out: Record<string, State> = { grid: transformRows(s.grid.map((r) => mapChars(r, (ch) => symbols.encode(ch))), transform) };
    if (s.gates) {
      const [rows, cols] = [s.grid.length, s.grid[0]?.length ?? 0];
      out[GATES_KEY] = s.gates.map((pair) => pair.map((p) => transformPoint(p, rows, cols, transform).point)) as State;
    }
    return out;
  };
  const decodeState = (state: State): State => {
    const s = state as { grid: string[]; [GATES_KEY]?: [Point, Point][] };
    const out: Record<string, State> = { grid: untransformRows(s.grid, transform).map((r) => mapChars(r, (ch) => symbols.decode(ch))) };
    const pairs = s[GATES_KEY];
    if (pairs) {
      const [rows, cols] = [s.grid.length, s.grid[0]?.length ?? 0];
      out.gates = pairs.map((pair) => pair.map((p) => untransformPoint(p, rows, cols, transform).point)) as State;
    }
    return out;
  };
  return {
    actionSpace: actions.space,
    encodeState,
    decodeState,
    encodeAction: (a: Action) => actions.encode(a),
    decodeAction: (a: Action) => actions.decode(a),
    encodeText: (text) => (text === SOKOBAN_GOAL_TEXT ? goal : text),
    decodeText: (text) => (text === goal ? SOKOBAN_GOAL_TEXT : text),
    mapping: () => ({
      domain: "sokoban",
      actions: actions.list(),
      symbols: { ...symbols.record(), gates: GATES_KEY },
      transform: { ...transform },
      goal: [{ base: SOKOBAN_GOAL_TEXT, shown: goal }],
    }),
  };
}
