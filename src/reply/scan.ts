/**
 * Character scans of the reply's quotes: one loop over a quote says whether the slower regular
 * expressions of the reply (control characters, runs of white space, HTML escapes) are needed at all.
 */

/** {@link scanQuote}: the quote holds a control character, white space other than a single ASCII space, or either in doubt. */
export const ODD_TEXT = 1;
/** {@link scanQuote}: the quote holds a character HTML escapes (`&<>"'`). */
export const HTML_TEXT = 2;

/**
 * Whether `c` is white space to a regular expression's `\s` and to `String.prototype.trim`:
 * ECMAScript's WhiteSpace (tab, vertical tab, form feed, no-break and the Unicode space separators,
 * the byte order mark) and LineTerminator (line feed, carriage return, line and paragraph separator).
 */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * One pass over a quote that says which of the slower steps it needs: the regular expressions of
 * `shorten` and `printable` in reply.ts (ODD_TEXT) and of `escapeHtml` (HTML_TEXT). Three
 * regular-expression tests per quote cost more than this one loop. In doubt it says ODD_TEXT, so
 * the quote takes the exact slow path; HTML_TEXT is only complete without ODD_TEXT.
 */
export function scanQuote(s: string): number {
  let flags = 0;
  let prevSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) {
      prevSpace = false;
      if (c === 0x26 || c === 0x3c || c === 0x3e || c === 0x22 || c === 0x27) flags |= HTML_TEXT;
    } else if (c === 0x20) {
      if (prevSpace) return flags | ODD_TEXT;
      prevSpace = true;
    } else if (c < 0xa1 || isSpaceCode(c)) {
      // the C0 and C1 controls, DEL, the no-break space and the other white space
      return flags | ODD_TEXT;
    } else {
      prevSpace = false;
    }
  }
  return flags;
}

/**
 * Whether `text`, trimmed and split at white space, has at least `n` (2 or more) words: the test
 * `text.trim().split(/\s+/).length >= n` without building the list.
 */
export function hasWords(text: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words >= n) return true;
    }
  }
  return false;
}
