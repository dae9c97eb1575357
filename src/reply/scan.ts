/**
 * Character scans of the reply's quotes: one loop over a quote says whether the slower regular
 * expressions of the reply (control characters, runs of white space, HTML escapes) are needed at all.
 */
import { isSpaceCode } from '../text/chars.js';

/** {@link scanQuote}: the quote holds a control character, white space other than a single ASCII space, or either in doubt. */
export const ODD_TEXT = 1;
/** {@link scanQuote}: the quote holds a character HTML escapes (`&<>"'`). */
export const HTML_TEXT = 2;

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
