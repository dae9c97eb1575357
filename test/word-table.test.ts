import { describe, expect, it } from 'vitest';
import { fnv1a } from '../src/hash.js';
import { WordTable } from '../src/lexicon/word-table.js';

describe('WordTable: the word table as an open-addressing hash over characters', () => {
  it.each([
    ['empty', [], ['', 'a']],
    ['one word', ['niet'], ['nie', 'niets', 'Niet', '']],
    ['words with diacritics and apostrophes', ['één', 'geërgerd', "z'n", 'don’t'], ['een', 'geergerd', 'zn', "don't"]],
    ['the empty string as a key', ['', 'x'], ['y']],
    ['astral characters', ['😡', 'ok👍'], ['😠', 'ok']],
  ])('%s', (_name, keys, absent) => {
    const t = new WordTable(keys.map((k, i) => [k, i] as const));
    keys.forEach((k, i) => expect(t.get(k)).toBe(i));
    for (const k of absent) {
      expect(t.get(k)).toBeUndefined();
      expect(t.has(k)).toBe(false);
    }
    expect(t.size).toBe(keys.length);
    expect([...t.keys()]).toEqual(keys);
    expect([...t.values()]).toEqual(keys.map((_, i) => i));
    expect([...t]).toEqual(keys.map((k, i) => [k, i]));
  });

  it('keeps the first value of a key given twice', () => {
    const t = new WordTable([['a', 1], ['a', 2], ['b', 3]] as const);
    expect(t.get('a')).toBe(1);
    expect(t.size).toBe(2);
  });

  it('agrees with Map on 20,000 generated words, found and not found, with collisions in the table', () => {
    let x = 99;
    const rnd = (n: number): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
    const word = (): string => Array.from({ length: 1 + rnd(9) }, () => 'abcdeéfghijklmnopqrstuvwxyz’'[rnd(28)]).join('');
    const ref = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) ref.set(word(), i);
    const t = new WordTable(ref);
    expect(t.size).toBe(ref.size);
    for (const [k, v] of ref) expect(t.get(k)).toBe(v);
    for (let i = 0; i < 20_000; i++) {
      const w = word();
      // sliced out of a longer string, as token forms are: found by its characters, not its identity
      const sliced = `#${w}#`.slice(1, -1);
      expect(t.get(sliced)).toBe(ref.get(w));
    }
  });

  it('hashes by characters: equal strings built differently hash alike, and the hash is unsigned 32-bit', () => {
    expect(fnv1a('klacht')).toBe(fnv1a(['kl', 'acht'].join('')));
    expect(fnv1a('klacht')).not.toBe(fnv1a('klachT'));
    for (const w of ['', 'a', 'onacceptabel', '😡']) {
      const h = fnv1a(w);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
    }
  });

  it('reads at most `limit` characters when given one (the reply seed of a megabyte costs no more than of an e-mail)', () => {
    expect(fnv1a('klachtenlijn', 6)).toBe(fnv1a('klacht'));
    expect(fnv1a('klachtenlijn', 6)).not.toBe(fnv1a('klachtenlijn'));
    expect(fnv1a('kort', 100)).toBe(fnv1a('kort'));
  });
});
