/**
 * Dutch compound splitting against a vocabulary of known stems: "internetstoring" is "internet" +
 * "storing", "vertragingscompensatie" is "vertraging" + (linking s) + "compensatie". A compound and
 * the same words written apart ("storing op mijn internet") then share their parts.
 *
 * Linear in the length of the text: each word is tried at most once per cut point, words longer than
 * MAX_COMPOUND are left whole, and the caller memoises the result per word.
 */

/** A word shorter than this is not split: two parts of at least MIN_HEAD and MIN_TAIL letters. */
export const MIN_COMPOUND = 7;
/** Longer words are left whole: no real compound needs more, and it bounds the work per word. */
export const MAX_COMPOUND = 40;
/** The first part keeps at least this many letters ("stroom", "fiets"; not "aan" or "in"). */
export const MIN_HEAD = 4;
/** The last part keeps at least this many letters ("pad" in "fietspad", "gat"). */
export const MIN_TAIL = 3;
/** Without a known tail, the rest after a known head must be at least this long to be a word ("storing"), not a suffix ("ing"). */
export const MIN_FREE_TAIL = 5;
/** Linking sounds between the parts ("vertraging-s-compensatie", "pannen-koek"), tried after the bare cut. */
const LINKS = ['s', 'en', 'e'];

/**
 * Splits `word` into [head, tail] when one of them is known: first the longest known head (its
 * rest, less a linking sound when that makes it known, is the tail; an unknown rest must be at least
 * MIN_FREE_TAIL letters), else the longest known tail. `known` tells whether a part names something
 * other than the whole word (the caller compares stems). Returns undefined when no cut is found;
 * never throws.
 */
export function splitCompound(word: string, known: (part: string) => boolean): [string, string] | undefined {
  const n = word.length;
  if (n < MIN_COMPOUND || n > MAX_COMPOUND) return undefined;
  // the longest known head whose rest is known too ("internet|storing", not "internets|toring");
  // failing that, the longest known head with a rest long enough to be a word
  let loose: [string, string] | undefined;
  for (let i = n - MIN_TAIL; i >= MIN_HEAD; i--) {
    const head = word.slice(0, i);
    if (!known(head)) continue;
    const tail = word.slice(i);
    if (known(tail)) return [head, tail];
    for (const l of LINKS) {
      if (tail.length - l.length >= MIN_TAIL && tail.startsWith(l) && known(tail.slice(l.length))) return [head, tail.slice(l.length)];
    }
    if (!loose && tail.length >= MIN_FREE_TAIL) loose = [head, tail];
  }
  if (loose) return loose;
  for (let i = MIN_HEAD; i <= n - MIN_TAIL; i++) {
    const tail = word.slice(i);
    if (known(tail)) return [word.slice(0, i), tail];
  }
  return undefined;
}
