import { describe, expect, it } from 'vitest';
import { hasWords, scanQuote } from '../src/reply/scan.js';
import { isSpaceCode } from '../src/text/chars.js';

/** Every character the quote helpers treat specially, and a few they must not. */
const CHARS = [
  ' ', '\t', '\n', '\v', '\f', '\r', '\u0000', '\u001b', '\u007f', '\u0085', '\u009f', '\u00a0', '\u00a1', '\u1680', '\u180e',
  '\u2000', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', 'a', 'é', '…', '😀', '&', '<', '>', '"', "'",
];

describe('isSpaceCode: the white space of \\s and trim', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    expect(wrong).toEqual([]);
  });
});

describe('hasWords: trim, split at white space, count', () => {
  const texts = ['', ' ', 'a', 'a b', ' a  b\tc ', 'a b c d', 'a\u00a0b\u2003c\u3000d', '  één twee drie vier  ', 'x\ny', 'a\u200bb c d'];
  for (const a of CHARS) for (const b of CHARS) texts.push(`w${a}x${b}y z`, `${a}${b}q r s t`, `${a}p${b}`);
  it.each([2, 3, 4, 5])('agrees with split(/\\s+/) at %i words', (n) => {
    for (const t of texts) expect(hasWords(t, n), JSON.stringify(t)).toBe(t.trim().split(/\s+/).length >= n);
  });
});

describe('scanQuote: which regular expressions a quote needs', () => {
  const ODD = /[^\S ]| {2}|\p{Cc}/u;
  const HTML = /[&<>"']/;
  const quotes = ['', 'plain text here', 'two  spaces', 'caf\u00e9 & co', '"quoted"', 'tab\there', 'nbsp\u00a0here', 'line\u2028sep', 'nul\u0000', 'nel\u0085', 'ell…ipsis 😀'];
  for (const a of CHARS) for (const b of CHARS) quotes.push(`${a}${b}`, `x ${a} y${b}z`);
  it('flags every quote the slow path could change, and no plain one', () => {
    for (const q of quotes) {
      const flags = scanQuote(q);
      const odd = (flags & 1) !== 0;
      expect(odd, JSON.stringify(q)).toBe(ODD.test(q));
      if (!odd) expect((flags & 2) !== 0, JSON.stringify(q)).toBe(HTML.test(q));
    }
  });
});
