import { UserInputError, type Action, type ActionSpace, type State } from "@worldcoder/core";
import type { ObfRandom } from "./seeded.js";

/** What `describeObfuscation` returns: plain JSON, enough to decode a run by hand. */
export type ObfuscationMapping = {
  id: string;
  baseId: string;
  seed: number;
  domain: string;
  /** Obfuscated action → base action (with both names); text domains list verb words instead. */
  actions: { id: Action; name: string; base: Action; baseName: string }[];
  /** Base symbol → neutral symbol: grid characters, object types, colours, words, field names. */
  symbols: Record<string, string>;
  /** Grid domains: the coordinate transform (mirror first, then clockwise quarter turns). */
  transform: { mirror: boolean; quarterTurns: number } | null;
  goal: { base: string; shown: string }[] | string;
  /** MiniGrid: `directions[d]` is the obfuscated `dir` of base `dir` d. */
  directions?: number[];
};

/**
 * Both directions of one obfuscation. `decode(encode(x))` is `x` for every state, action and text
 * the base env produces (tested); decoding something no encoding produced is best effort.
 */
export interface ObfuscationCodec {
  readonly actionSpace: ActionSpace;
  encodeState(state: State): State;
  decodeState(state: State): State;
  encodeAction(action: Action): Action;
  decodeAction(action: Action): Action;
  /** Goal sentences and text observations. */
  encodeText(text: string): string;
  decodeText(text: string): string;
  mapping(): Omit<ObfuscationMapping, "id" | "baseId" | "seed">;
}

/** A permutation of `n` discrete actions, named `a0…a{n−1}` in obfuscated order. */
export class DiscreteActionCodec {
  /** `toBase[i]` is the base action of obfuscated action i. */
  readonly toBase: number[];
  private readonly fromBase: number[];
  readonly space: ActionSpace;

  constructor(
    private readonly baseNames: readonly string[],
    random: ObfRandom,
  ) {
    this.toBase = random.shuffle(baseNames.map((_, i) => i));
    this.fromBase = [];
    this.toBase.forEach((b, i) => (this.fromBase[b] = i));
    this.space = { kind: "discrete", n: baseNames.length, names: baseNames.map((_, i) => `a${i}`) };
  }

  encode(action: Action): number {
    return this.check(this.fromBase, action);
  }

  decode(action: Action): number {
    return this.check(this.toBase, action);
  }

  private check(table: number[], action: Action): number {
    if (typeof action !== "number" || !Number.isInteger(action) || action < 0 || action >= table.length) {
      throw new UserInputError("BAD_ACTION", `action must be an integer 0..${table.length - 1}, got ${JSON.stringify(action)}`);
    }
    return table[action];
  }

  list(): ObfuscationMapping["actions"] {
    return this.toBase.map((b, i) => ({ id: i, name: `a${i}`, base: b, baseName: this.baseNames[b] }));
  }
}

/** A one-to-one map of strings (symbols, words) with its inverse. */
export class SymbolTable {
  readonly forward = new Map<string, string>();
  readonly backward = new Map<string, string>();

  constructor(pairs: Iterable<[string, string]>) {
    for (const [from, to] of pairs) {
      if (this.forward.has(from) || this.backward.has(to)) throw new Error(`symbol table is not one to one at ${from} -> ${to}`);
      this.forward.set(from, to);
      this.backward.set(to, from);
    }
  }

  /** Pairs `names[i]` with the shuffled `pool` symbols. */
  static shuffled(names: readonly string[], pool: readonly string[], random: ObfRandom): SymbolTable {
    const drawn = random.shuffle(pool).slice(0, names.length);
    return new SymbolTable(names.map((n, i): [string, string] => [n, drawn[i]]));
  }

  encode(s: string): string {
    return this.forward.get(s) ?? s;
  }

  decode(s: string): string {
    return this.backward.get(s) ?? s;
  }

  /** Whole words of a sentence, each through the table (other words unchanged). */
  encodeWords(text: string): string {
    return text.replace(/[A-Za-z0-9/_]+/g, (w) => this.forward.get(w) ?? w);
  }

  decodeWords(text: string): string {
    return text.replace(/[A-Za-z0-9/_]+/g, (w) => this.backward.get(w) ?? w);
  }

  record(): Record<string, string> {
    return Object.fromEntries(this.forward);
  }
}
