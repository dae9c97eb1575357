/**
 * FNV-1a (32-bit): a small, stable string hash, shared by the word table and the reply's variant
 * choice; and what the id-keyed tables (IdSet, PairTable, PrefixTrie's edges) share: their
 * multiplicative hash constant and their size.
 */

/** FNV-1a offset basis, as an int32 (the same bits): the loop then never leaves 32-bit integers. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the first `limit` UTF-16 code units of `s` (all of them by default), unsigned. */
export function fnv1a(s: string, limit = s.length): number {
  let h = FNV_OFFSET;
  const n = Math.min(s.length, limit);
  for (let i = 0; i < n; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Knuth's multiplicative hash constant (2^32 / golden ratio): spreads consecutive ids over a table. */
export const GOLDEN = 0x9e3779b1;

/**
 * How many bits index an open-addressing table for `count` entries: 2^bits slots, at least twice
 * `count`, so the table is at most half full and a probe ends after a slot or two.
 */
export function halfFullBits(count: number): number {
  let bits = 1;
  while (1 << bits < count * 2) bits++;
  return bits;
}
