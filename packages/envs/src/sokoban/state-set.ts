/**
 * A set of non-negative safe integers in one open-addressed Float64Array: the reverse-play search
 * stores up to 300 000 keys above 2^31, where a `Set<number>` boxes every key on the heap.
 * `clear()` is O(1) (a generation stamp), so one set serves every search of a process.
 */
export class NumberSet {
  private keys: Float64Array;
  private stamps: Uint32Array;
  private generation = 1;
  private mask: number;
  size = 0;

  constructor(expected = 1 << 16) {
    let cap = 1 << 4;
    while (cap < expected * 2) cap <<= 1;
    this.keys = new Float64Array(cap);
    this.stamps = new Uint32Array(cap);
    this.mask = cap - 1;
  }

  clear(): void {
    this.size = 0;
    this.generation++;
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 1;
    }
  }

  /** Adds `key`; returns false when it was already present. */
  add(key: number): boolean {
    if (this.size * 2 >= this.keys.length) this.grow();
    const { keys, stamps, mask, generation } = this;
    let i = hash(key) & mask;
    for (;;) {
      if (stamps[i] !== generation) {
        stamps[i] = generation;
        keys[i] = key;
        this.size++;
        return true;
      }
      if (keys[i] === key) return false;
      i = (i + 1) & mask;
    }
  }

  has(key: number): boolean {
    const { keys, stamps, mask, generation } = this;
    let i = hash(key) & mask;
    for (;;) {
      if (stamps[i] !== generation) return false;
      if (keys[i] === key) return true;
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldStamps = this.stamps;
    const oldGeneration = this.generation;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.stamps = new Uint32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    this.generation = 1;
    this.size = 0;
    for (let i = 0; i < oldKeys.length; i++) if (oldStamps[i] === oldGeneration) this.add(oldKeys[i]);
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
