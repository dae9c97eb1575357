/**
 * Character classes for the tokenizer, without regular expressions on the hot path for ASCII.
 * Non-ASCII code points fall back to cached Unicode property tests.
 */

/** Caches of Unicode property tests for non-ASCII code points, bounded in size. */
const CACHE_LIMIT = 4096;

function cachedTest(re: RegExp): (cp: number) => boolean {
  const cache = new Map<number, boolean>();
  return (cp) => {
    let v = cache.get(cp);
    if (v === undefined) {
      v = re.test(String.fromCodePoint(cp));
      if (cache.size < CACHE_LIMIT) cache.set(cp, v);
    }
    return v;
  };
}

const letterOrMark = cachedTest(/^[\p{L}\p{M}]$/u);
const pictographic = cachedTest(/^\p{Extended_Pictographic}$/u);

/** True for a letter (any script) or a combining mark. */
export function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  return letterOrMark(cp);
}

/** True for an ASCII digit. */
export function isDigit(cp: number): boolean {
  return cp >= 48 && cp <= 57;
}

/** True for white space, including no-break and zero-width spaces. */
export function isSpace(cp: number): boolean {
  return (
    cp === 32 || (cp >= 9 && cp <= 13) || cp === 0xa0 || cp === 0x2028 || cp === 0x2029 ||
    (cp >= 0x2000 && cp <= 0x200b) || cp === 0x202f || cp === 0x205f || cp === 0x3000 || cp === 0xfeff
  );
}

/** True for a pictographic emoji base (not digits or # which are also emoji-capable). */
export function isPictographic(cp: number): boolean {
  return cp >= 0xa9 && pictographic(cp);
}

/** Code points that extend an emoji: variation selectors, skin tones, ZWJ, keycap, tags. */
export function isEmojiModifier(cp: number): boolean {
  return (
    cp === 0xfe0f || cp === 0xfe0e || cp === 0x200d || cp === 0x20e3 ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)
  );
}

/** Regional indicator symbols (pairs make flags). */
export function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** Apostrophes: straight and typographic. */
export function isApostrophe(cp: number): boolean {
  return cp === 39 || cp === 0x2019 || cp === 0x2018 || cp === 0x00b4 || cp === 0x0060;
}

/** The length in UTF-16 units of the code point. */
export function cpLength(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

const FOLD = /\p{M}/gu;
/** Called through `.call` so the lookup does not depend on which string representation `s` has. */
const toLowerCase = String.prototype.toLowerCase;

/**
 * {@link fold} of `token`, which is `text.slice(start, end)`. The characters are read from `text`:
 * slices come in several string representations (flat, sliced, one- or two-byte), and reading them
 * directly made every character read a megamorphic property lookup.
 */
export function foldSlice(text: string, start: number, end: number, token: string): string {
  let upper = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return foldCached(token);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? toLowerCase.call(token) : token;
}

/** Folds of tokens with a character beyond ASCII (é, ’, emoji): a lookup costs less than NFD and two regex replaces. */
const foldCache = new Map<string, string>();

/** {@link fold} of `s`, remembered for up to CACHE_LIMIT strings. */
function foldCached(s: string): string {
  let v = foldCache.get(s);
  if (v === undefined) {
    v = fold(s);
    if (foldCache.size < CACHE_LIMIT) foldCache.set(s, v);
  }
  return v;
}

/**
 * Lower-cases and folds diacritics (geïrriteerd -> geirriteerd) and typographic apostrophes,
 * so that lexicon lookups survive missing accents and phone keyboards.
 */
export function fold(s: string): string {
  let ascii = true;
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) {
      ascii = false;
      break;
    }
    if (c >= 65 && c <= 90) upper = true;
  }
  if (ascii) return upper ? s.toLowerCase() : s;
  const lower = s.toLowerCase();
  return lower.normalize('NFD').replace(FOLD, '').replace(/[\u2018\u2019\u00b4`]/g, "'");
}

/**
 * Whether `c` is white space to a regular expression's `\s` and to `String.prototype.trim`:
 * ECMAScript's WhiteSpace (tab, vertical tab, form feed, no-break and the Unicode space separators,
 * the byte order mark) and LineTerminator (line feed, carriage return, line and paragraph separator).
 */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
