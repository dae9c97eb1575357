import { describe, expect, it } from 'vitest';
import { tokenize, type TokenKind } from '../src/text/tokenize.js';
import { fold } from '../src/text/chars.js';

function kinds(text: string): Array<[string, TokenKind]> {
  return tokenize(text).map((t) => [t.text, t.kind]);
}

describe('tokenize', () => {
  it.each<[string, Array<[string, TokenKind]>]>([
    ['geïrriteerd café', [['geïrriteerd', 'word'], ['café', 'word']]],
    ["don't can't", [["don't", 'word'], ["can't", 'word']]],
    ["da's 't z'n m'n", [["da's", 'word'], ["'t", 'word'], ["z'n", 'word'], ["m'n", 'word']]],
    ['ik ben het zat 😡😡', [['ik', 'word'], ['ben', 'word'], ['het', 'word'], ['zat', 'word'], ['😡', 'emoji'], ['😡', 'emoji']]],
    ['top :) echt', [['top', 'word'], [':)', 'emoticon'], ['echt', 'word']]],
    ['@KPN #storing', [['@KPN', 'handle'], ['#storing', 'hashtag']]],
    ['zie https://example.nl/a?b=1.', [['zie', 'word'], ['https://example.nl/a?b=1', 'url'], ['.', 'punct']]],
    ['mail jan.de.vries@example.com nu', [['mail', 'word'], ['jan.de.vries@example.com', 'email'], ['nu', 'word']]],
    ['20 minuten', [['20', 'number'], ['minuten', 'word']]],
    ['€49,95 en $20', [['€49,95', 'money'], ['en', 'word'], ['$20', 'money']]],
    ['al 3x gebeld', [['al', 'word'], ['3x', 'number'], ['gebeld', 'word']]],
    ['the 2nd time', [['the', 'word'], ['2nd', 'number'], ['time', 'word']]],
    ['om 10:14 op 12-11-2026', [['om', 'word'], ['10:14', 'time'], ['op', 'word'], ['12-11-2026', 'date']]],
    ['order #4471', [['order', 'word'], ['#4471', 'ref']]],
    ['z.s.m. aub', [['z.s.m.', 'word'], ['aub', 'word']]],
    ['e.g. this', [['e.g.', 'word'], ['this', 'word']]],
    ['waarom???', [['waarom', 'word'], ['???', 'punct']]],
    ['NU!!!', [['NU', 'word'], ['!!!', 'punct']]],
    ['e-mail', [['e-mail', 'word']]],
    ['Tom &amp; Jerry', [['Tom', 'word'], ['&amp;', 'symbol'], ['Jerry', 'word']]],
    ['👍🏽 ok', [['👍🏽', 'emoji'], ['ok', 'word']]],
    ['👨‍👩‍👧 family', [['👨‍👩‍👧', 'emoji'], ['family', 'word']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Hé, ík wacht al 20 min! 😡 @NS_online';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('folds diacritics and case in norm', () => {
    expect(tokenize('Geïrriteerd ÉÉN')[0]!.norm).toBe('geirriteerd');
    expect(tokenize('Geïrriteerd ÉÉN')[1]!.caps).toBe(true);
  });

  it('marks line breaks', () => {
    const [a, b] = tokenize('eerste\ntweede');
    expect(a!.breakBefore).toBe(false);
    expect(b!.breakBefore).toBe(true);
  });

  it.each(['', '   ', '\u0000\u0001', '\ud800', '\udfff abc', '\u202Eabc'])('never throws on odd text %j', (text) => {
    expect(() => tokenize(text)).not.toThrow();
  });
});

describe('tokenize: folded forms of non-ASCII tokens (remembered per string)', () => {
  it.each([
    ['Geïrriteerd', 'geirriteerd'],
    ['don’t', "don't"],
    ['ÉÉN', 'een'],
    ['café', 'cafe'],
    ['❤️', '❤'],
    ['€', '€'],
  ])('%s -> %s, the first time and again', (word, norm) => {
    for (let pass = 0; pass < 3; pass++) {
      const t = tokenize(`x ${word} y`).find((k) => k.start === 2)!;
      expect(t.norm).toBe(norm);
      expect(fold(word)).toBe(norm);
    }
  });

  it('tells apart strings that differ only in case or accent', () => {
    const norms = ['Één', 'één', 'EÉN', 'een'].map((w) => tokenize(w)[0]!.norm);
    expect(norms).toEqual(['een', 'een', 'een', 'een']);
    expect(tokenize('Ça ça')[0]!.norm).toBe(tokenize('Ça ça')[1]!.norm);
  });
});
