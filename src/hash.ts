/** FNV-1a (32-bit): a small, stable string hash, shared by the word table and the reply's variant choice. */

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
