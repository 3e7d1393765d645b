/**
 * A min-heap over (primary, secondary, insertion order). The insertion order makes ties
 * deterministic, so a search expands the same nodes on every run.
 */
export class BinaryHeap<T> {
  private readonly items: { p: number; s: number; n: number; value: T }[] = [];
  private counter = 0;

  get size(): number {
    return this.items.length;
  }

  push(value: T, primary: number, secondary = 0): void {
    const item = { p: primary, s: secondary, n: this.counter++, value };
    const items = this.items;
    let i = items.length;
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(item, items[parent])) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = item;
  }

  pop(): T | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      const n = items.length;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && less(items[r], items[l]) ? r : l;
        if (!less(items[c], last)) break;
        items[i] = items[c];
        i = c;
      }
      items[i] = last;
    }
    return top.value;
  }
}

function less(a: { p: number; s: number; n: number }, b: { p: number; s: number; n: number }): boolean {
  if (a.p !== b.p) return a.p < b.p;
  if (a.s !== b.s) return a.s < b.s;
  return a.n < b.n;
}
