import type { Action, State } from "@worldcoder/core";
import { knownTypeNames } from "../alfworld/catalog.js";
import { SymbolTable, type ObfuscationCodec } from "./codec.js";
import type { ObfRandom } from "./seeded.js";

/**
 * The words of the command grammar and of the object attributes: the verbs, their particles and
 * what the verbs change (`hot` after `heat`…). Sentence glue ("you see a", "nothing happens") stays.
 */
const GRAMMAR = ["go", "to", "open", "close", "take", "from", "put", "in/on", "in", "on", "heat", "cool", "clean", "with", "use", "examine", "inventory", "look", "hot", "cold", "openable", "turn", "off"];

/**
 * ALFWorld: every type name (receptacles, objects) and every word of the command grammar becomes a
 * neutral word `v0…`, in commands, observations, goal sentences, and in the symbolic state's keys
 * and values (`"fridge 1"` → `"v41 1"`). No grid, so no transform; text commands are not
 * permuted (their words are). Instance numbers and `loc N` stay.
 */
export function alfworldCodec(random: ObfRandom, examples: readonly string[]): ObfuscationCodec {
  const vocabulary = [...GRAMMAR, ...knownTypeNames().filter((t) => !GRAMMAR.includes(t))];
  const pool = Array.from({ length: vocabulary.length + 40 }, (_, i) => `v${i}`);
  const words = SymbolTable.shuffled(vocabulary, pool, random);
  const convert = (value: State, word: (s: string) => string): State => {
    if (typeof value === "string") return word(value);
    if (Array.isArray(value)) return value.map((v) => convert(v, word));
    if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [word(k), convert(v, word)]));
    return value;
  };
  const enc = (s: string) => words.encodeWords(s);
  const dec = (s: string) => words.decodeWords(s);
  return {
    actionSpace: { kind: "text", examples: examples.map(enc) },
    encodeState: (s) => convert(s, enc),
    decodeState: (s) => convert(s, dec),
    encodeAction: (a: Action) => (typeof a === "string" ? enc(a) : a),
    decodeAction: (a: Action) => (typeof a === "string" ? dec(a) : a),
    encodeText: enc,
    decodeText: dec,
    mapping: () => ({
      domain: "alfworld",
      actions: examples.map((e) => ({ id: enc(e), name: enc(e), base: e, baseName: e })),
      symbols: words.record(),
      transform: null,
      goal: "goal sentences with every type and grammar word replaced by its symbol",
    }),
  };
}
