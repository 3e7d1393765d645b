/**
 * Okapi BM25 over short texts (mission strings), used to find the earlier goals most similar to a
 * new one. k1 = 1.5 and b = 0.75 as in the original WorldCoder; idf is the non-negative Lucene
 * variant so that a word present in every document still counts a little.
 */
export interface Bm25Options {
  k1?: number;
  b?: number;
}

export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

export class Bm25Index {
  private readonly docs: string[][];
  private readonly df = new Map<string, number>();
  private readonly avgLength: number;
  private readonly k1: number;
  private readonly b: number;

  constructor(documents: readonly string[], options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.5;
    this.b = options.b ?? 0.75;
    this.docs = documents.map(tokenize);
    for (const doc of this.docs) for (const term of new Set(doc)) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    const total = this.docs.reduce((sum, d) => sum + d.length, 0);
    this.avgLength = this.docs.length === 0 ? 0 : total / this.docs.length;
  }

  /** One score per document, in document order. */
  scores(query: string): number[] {
    const terms = tokenize(query);
    const n = this.docs.length;
    return this.docs.map((doc) => {
      let score = 0;
      const tf = new Map<string, number>();
      for (const t of doc) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const term of terms) {
        const f = tf.get(term) ?? 0;
        if (f === 0) continue;
        const df = this.df.get(term) ?? 0;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        const norm = this.avgLength === 0 ? 1 : 1 - this.b + (this.b * doc.length) / this.avgLength;
        score += (idf * f * (this.k1 + 1)) / (f + this.k1 * norm);
      }
      return score;
    });
  }

  /** Indices of the k best documents, best first; ties keep document order. */
  top(query: string, k: number): number[] {
    const scored = this.scores(query).map((score, index) => ({ score, index }));
    scored.sort((x, y) => y.score - x.score || x.index - y.index);
    return scored.slice(0, k).map((s) => s.index);
  }
}
