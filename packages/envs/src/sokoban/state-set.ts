/**
 * A set of non-negative safe integers in one open-addressed Float64Array: the reverse-play search
 * stores up to 300 000 keys above 2^31, where a `Set<number>` boxes every key on the heap.
 */
export class NumberSet {
  private table: Float64Array;
  private mask: number;
  size = 0;

  constructor(expected = 1 << 16) {
    let cap = 1 << 4;
    while (cap < expected * 2) cap <<= 1;
    this.table = new Float64Array(cap).fill(-1);
    this.mask = cap - 1;
  }

  /** Adds `key`; returns false when it was already present. */
  add(key: number): boolean {
    if (this.size * 2 >= this.table.length) this.grow();
    const table = this.table;
    const mask = this.mask;
    let i = hash(key) & mask;
    for (;;) {
      const v = table[i];
      if (v === key) return false;
      if (v === -1) {
        table[i] = key;
        this.size++;
        return true;
      }
      i = (i + 1) & mask;
    }
  }

  has(key: number): boolean {
    const table = this.table;
    const mask = this.mask;
    let i = hash(key) & mask;
    for (;;) {
      const v = table[i];
      if (v === key) return true;
      if (v === -1) return false;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2).fill(-1);
    this.mask = this.table.length - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i++) if (old[i] !== -1) this.add(old[i]);
  }
}

function hash(key: number): number {
  const lo = key >>> 0;
  const hi = (key / 4294967296) >>> 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x27d4eb2d), 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
