/**
 * A set of word ids (small non-negative integers) as an open-addressing table in one Int32Array.
 * The cue matcher asks at every word of a clause gap whether it is one of the words the gap stops
 * at; a `Set<number>` answered through a builtin call each time, this reads a slot or two inline.
 */
import { GOLDEN, halfFullBits } from '../hash.js';

/** An empty slot (ids are never negative). */
const EMPTY = -1;

/** Word ids, built once, then read only. */
export class IdSet {
  private readonly table: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  private readonly list: readonly number[];

  constructor(ids: Iterable<number>) {
    this.list = [...new Set(ids)];
    const bits = halfFullBits(this.list.length);
    this.table = new Int32Array(1 << bits).fill(EMPTY);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    for (const id of this.list) {
      if (!Number.isInteger(id) || id < 0 || id > 0x7fffffff) throw new RangeError(`IdSet: expected a non-negative 32-bit integer id, found ${id}`);
      let h = Math.imul(id, GOLDEN) >>> this.shift;
      while (this.table[h] !== EMPTY) h = (h + 1) & this.mask;
      this.table[h] = id;
    }
  }

  /** Whether `id` is in the set (false for -1, the id of an unknown word). */
  has(id: number): boolean {
    if (id < 0) return false;
    let h = Math.imul(id, GOLDEN) >>> this.shift;
    for (;;) {
      const v = this.table[h]!;
      if (v === id) return true;
      if (v === EMPTY) return false;
      h = (h + 1) & this.mask;
    }
  }

  /** How many ids there are. */
  get size(): number {
    return this.list.length;
  }

  /** The ids, in the order first given. */
  [Symbol.iterator](): Iterator<number> {
    return this.list[Symbol.iterator]();
  }
}
