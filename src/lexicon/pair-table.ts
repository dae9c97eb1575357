/**
 * A read-only map from a pair of word ids to a number, as an open-addressing table in one
 * Int32Array. The cue matcher asks at most word positions which patterns start with this word and
 * the next one; a `Map` per first word answered through a builtin call and a hash table in another
 * place of the heap, this reads three numbers of one array.
 */
import { GOLDEN, halfFullBits } from '../hash.js';

/** A slot takes three numbers: first id, second id, value. */
const SLOT = 3;
/** An empty slot's first id (first ids are word ids, never negative, or a negative key below this one). */
const EMPTY = -1;

/** (first, second) -> value; built once from a list, then read only. */
export class PairTable {
  private readonly table: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  /** How many pairs there are. */
  readonly size: number;

  /**
   * `entries` are `[first, second, value]`; a repeated pair keeps its first value. First ids may be
   * any 32-bit integer except -1; second ids must be non-negative.
   */
  constructor(entries: ReadonlyArray<readonly [number, number, number]>) {
    const bits = halfFullBits(entries.length);
    this.table = new Int32Array(SLOT << bits).fill(EMPTY);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    let size = 0;
    for (const [first, second, value] of entries) {
      if (first === EMPTY || !Number.isInteger(first) || second < 0 || !Number.isInteger(second)) {
        throw new RangeError(`PairTable: expected a first id other than -1 and a non-negative second id, found (${first}, ${second})`);
      }
      let h = slot(first, second, this.shift);
      for (;;) {
        const f = this.table[SLOT * h]!;
        if (f === EMPTY) {
          this.table[SLOT * h] = first;
          this.table[SLOT * h + 1] = second;
          this.table[SLOT * h + 2] = value;
          size++;
          break;
        }
        if (f === first && this.table[SLOT * h + 1] === second) break;
        h = (h + 1) & this.mask;
      }
    }
    this.size = size;
  }

  /** The value of (first, second), or `missing` when the pair is not in the table. */
  get(first: number, second: number, missing: number): number {
    const t = this.table;
    let h = slot(first, second, this.shift);
    for (;;) {
      const f = t[SLOT * h]!;
      if (f === first && t[SLOT * h + 1] === second) return t[SLOT * h + 2]!;
      if (f === EMPTY) return missing;
      h = (h + 1) & this.mask;
    }
  }
}

/** The first slot to probe for (first, second). */
function slot(first: number, second: number, shift: number): number {
  return Math.imul(Math.imul(first, GOLDEN) ^ second, GOLDEN) >>> shift;
}
