/**
 * The word table's lookup structure: an open-addressing hash table over the words' characters, in
 * one Int32Array of slots. Every message looks up each of its words once; in a `Map` that lookup
 * first has V8 hash the freshly sliced token string (the hash is cached only on that one string,
 * which dies with the message) and then reads a bucket, an entry and the stored key, each in
 * another place of a table of ~17,000 words. Here the hash is a short loop over the characters
 * already in cache, and the probe reads one slot before the stored key.
 */
import { fnv1a } from '../hash.js';

/** Slots per word at most: the table is at most half full, so a probe rarely takes a second slot. */
const LOAD = 2;
/** An empty slot. */
const EMPTY = -1;

/** A read-only string-keyed table, built once from a `Map`; read like a `ReadonlyMap`. */
export class WordTable<V> {
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Key and value of each entry side by side ([k0, v0, k1, v1, ...]): a hit reads one place for both. */
  private readonly pairs: Array<string | V> = [];

  constructor(entries: Iterable<readonly [string, V]>) {
    const list = [...entries];
    let n = 16;
    while (n < list.length * LOAD) n *= 2;
    this.slots = new Int32Array(n).fill(EMPTY);
    this.mask = n - 1;
    for (const [k, v] of list) {
      let h = fnv1a(k) & this.mask;
      for (;;) {
        const at = this.slots[h]!;
        if (at === EMPTY) {
          this.slots[h] = this.pairs.length;
          this.pairs.push(k, v);
          break;
        }
        // a repeated key keeps its first value (the table is built from a Map, whose keys are unique)
        if (this.pairs[at] === k) break;
        h = (h + 1) & this.mask;
      }
    }
  }

  /** How many keys the table holds. */
  get size(): number {
    return this.pairs.length / 2;
  }

  /** The value stored under `key`, or undefined. */
  get(key: string): V | undefined {
    let h = fnv1a(key) & this.mask;
    for (;;) {
      const at = this.slots[h]!;
      if (at === EMPTY) return undefined;
      if (this.pairs[at] === key) return this.pairs[at + 1] as V;
      h = (h + 1) & this.mask;
    }
  }

  /** Whether `key` is in the table. */
  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** The keys, in the order they were added. */
  *keys(): IterableIterator<string> {
    for (let i = 0; i < this.pairs.length; i += 2) yield this.pairs[i] as string;
  }

  /** The values, in the order their keys were added. */
  *values(): IterableIterator<V> {
    for (let i = 1; i < this.pairs.length; i += 2) yield this.pairs[i] as V;
  }

  /** The [key, value] pairs, in the order they were added. */
  *[Symbol.iterator](): IterableIterator<[string, V]> {
    for (let i = 0; i < this.pairs.length; i += 2) yield [this.pairs[i] as string, this.pairs[i + 1] as V];
  }
}
