import type { Action, State } from "@worldcoder/core";
import { ACTION_NAMES, COLOR_NAMES, DIR_DX, DIR_DY, IDX_TO_STATE } from "../minigrid/constants.js";
import type { MinigridSymbolicObject, MinigridSymbolicState } from "../minigrid/symbolic.js";
import { DiscreteActionCodec, SymbolTable, type ObfuscationCodec } from "./codec.js";
import { transformPoint, transformRows, transformVector, untransformPoint, untransformRows, type GridTransform } from "./grid-transform.js";
import type { ObfRandom } from "./seeded.js";

const TYPES = ["door", "key", "ball", "box", "goal", "lava", "floor"];
const WALL_CHARS = ["#", "."];
/** Neutral words; none of them occurs in a MiniGrid mission. */
const WORDS = Array.from({ length: 20 }, (_, i) => `w${i}`);
const CHARS = [..."abcdefghijkmnpqrstuvwxyz"];

/**
 * MiniGrid: the 7 actions permuted (a0–a6); object types, colours and door states become neutral
 * words (in states and in the mission sentence); the wall characters letters; the grid mirrored
 * and turned (positions, `"x,y"` keys, width/height and the agent's `dir` follow). Sentence glue
 * ("get to the", "pick up") stays: it is the goal, not the rules.
 */
export function minigridCodec(random: ObfRandom): ObfuscationCodec {
  const actions = new DiscreteActionCodec(ACTION_NAMES, random);
  const words = SymbolTable.shuffled([...TYPES, ...COLOR_NAMES, ...IDX_TO_STATE], WORDS, random);
  const walls = SymbolTable.shuffled(WALL_CHARS, CHARS, random);
  const transform: GridTransform = { mirror: random.int(2) === 1, quarterTurns: random.int(4) };
  const dirVector = (d: number): [number, number] => [DIR_DY[d], DIR_DX[d]];
  const dirOf = (v: [number, number]): number => [0, 1, 2, 3].find((d) => DIR_DY[d] === v[0] && DIR_DX[d] === v[1])!;
  const dirForward = [0, 1, 2, 3].map((d) => dirOf(transformVector(dirVector(d), transform)));
  const dirBackward: number[] = [];
  dirForward.forEach((e, d) => (dirBackward[e] = d));

  const mapObject = (o: MinigridSymbolicObject | null, f: (s: string) => string): State => {
    if (o === null) return null;
    // TwoKeyDoor's `locks` is a list of colours: each is renamed like any other colour.
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Array.isArray(v) ? v.map((c: string) => f(c)) : f(v as string)]));
  };
  const convert = (state: State, forward: boolean): State => {
    const s = state as MinigridSymbolicState;
    const word = forward ? (w: string) => words.encode(w) : (w: string) => words.decode(w);
    const wall = forward ? (w: string) => walls.encode(w) : (w: string) => walls.decode(w);
    const move = forward ? transformPoint : untransformPoint;
    // Points are [row, col] = [y, x].
    const at = (x: number, y: number) => move([y, x], s.height, s.width, transform);
    const agentAt = at(s.agent.x, s.agent.y);
    const objects: Record<string, State> = {};
    for (const [key, o] of Object.entries(s.objects)) {
      const [x, y] = key.split(",").map(Number);
      const [r, c] = at(x, y).point;
      objects[`${c},${r}`] = mapObject(o, word);
    }
    const wallRows = (forward ? transformRows : untransformRows)(s.walls.map((row) => [...row].map(wall).join("")), transform);
    return {
      width: agentAt.cols,
      height: agentAt.rows,
      agent: { x: agentAt.point[1], y: agentAt.point[0], dir: (forward ? dirForward : dirBackward)[s.agent.dir], carrying: mapObject(s.agent.carrying, word) },
      walls: wallRows,
      objects,
    };
  };
  return {
    actionSpace: actions.space,
    encodeState: (s) => convert(s, true),
    decodeState: (s) => convert(s, false),
    encodeAction: (a: Action) => actions.encode(a),
    decodeAction: (a: Action) => actions.decode(a),
    encodeText: (text) => words.encodeWords(text),
    decodeText: (text) => words.decodeWords(text),
    mapping: () => ({
      domain: "minigrid",
      actions: actions.list(),
      symbols: { ...words.record(), ...walls.record() },
      transform: { ...transform },
      goal: "mission sentences with every type, colour and door-state word replaced by its symbol",
      directions: dirForward,
    }),
  };
}

