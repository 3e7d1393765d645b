import type { State } from "@worldcoder/core";

/** Lower-case words and numbers: what BM25 matches between a goal and a state change. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/**
 * The words of what changed between two states: for every leaf that differs, the path's keys
 * and the new value. "agent.carrying: key yellow" says more about "pick up the key" than the
 * whole state does.
 */
export function diffWords(before: State, after: State): string[] {
  const out: string[] = [];
  collect(before, after, [], out);
  return out;
}

function collect(a: unknown, b: unknown, path: string[], out: string[]): void {
  if (a === b) return;
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    for (const k of keys) {
      collect((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, k], out);
    }
    return;
  }
  for (const p of path) out.push(...words(p));
  if (b !== undefined) out.push(...words(typeof b === "string" ? b : JSON.stringify(b)));
}

/**
 * Okapi BM25 between a fixed query and documents added one by one; document frequencies and
 * the average length grow with the corpus (k1 1.5, b 0.75, as the original's planner uses).
 */
export class Bm25Scorer {
  private readonly query: string[];
  private readonly df = new Map<string, number>();
  private docs = 0;
  private totalLength = 0;

  constructor(
    queryText: string,
    private readonly k1 = 1.5,
    private readonly b = 0.75,
  ) {
    this.query = [...new Set(words(queryText))];
  }

  /** Adds the document to the corpus, then scores it. */
  addAndScore(doc: readonly string[]): number {
    const tf = new Map<string, number>();
    for (const w of doc) tf.set(w, (tf.get(w) ?? 0) + 1);
    this.docs += 1;
    this.totalLength += doc.length;
    for (const w of tf.keys()) this.df.set(w, (this.df.get(w) ?? 0) + 1);
    const avg = this.totalLength / this.docs || 1;
    let score = 0;
    for (const q of this.query) {
      const f = tf.get(q);
      if (!f) continue;
      const n = this.df.get(q) ?? 0;
      const idf = Math.log(1 + (this.docs - n + 0.5) / (n + 0.5));
      score += (idf * f * (this.k1 + 1)) / (f + this.k1 * (1 - this.b + (this.b * doc.length) / avg));
    }
    return score;
  }
}
