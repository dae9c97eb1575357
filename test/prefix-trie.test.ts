import { describe, expect, it } from 'vitest';
import { PrefixTrie } from '../src/lexicon/prefix-trie.js';

/** What the trie must answer, by brute force over the prefixes given. */
function reference(entries: ReadonlyArray<readonly [string, number]>, word: string): { all: number[] | undefined; longest: number | undefined } {
  const hits = entries.filter(([p]) => p.length > 0 && word.startsWith(p)).sort((a, b) => a[0].length - b[0].length);
  const all = hits.map(([, v]) => v);
  const deepest = hits.filter(([p]) => p.length === hits.at(-1)?.[0].length);
  return { all: all.length > 0 ? all : undefined, longest: deepest.at(-1)?.[1] };
}

describe('PrefixTrie: prefix lookups from a flat edge table', () => {
  it.each([
    ['no prefixes', [], ['frustrated', '']],
    ['one prefix', [['frustr', 1]], ['frustrated', 'frustr', 'frust', 'xfrustr', '']],
    ['nested prefixes, shortest first', [['ergern', 1], ['erg', 2], ['ergernis', 3]], ['ergernissen', 'ergerlijk', 'erg', 'er']],
    ['two values under one prefix: longest gives the last', [['cancel', 1], ['cancel', 2]], ['cancelled', 'cance']],
    ['non-ASCII and astral characters', [['geërg', 1], ['😡', 2], ['ü', 3]], ['geërgerd', 'geergerd', '😡😡', 'über']],
  ] as Array<[string, Array<[string, number]>, string[]]>)('%s', (_name, entries, words) => {
    const t = new PrefixTrie<number>();
    for (const [p, v] of entries) t.add(p, v);
    expect(t.size).toBe(entries.length);
    for (const w of words) {
      const ref = reference(entries, w);
      expect(t.all(w)).toEqual(ref.all);
      expect(t.longest(w)).toBe(ref.longest);
    }
  });

  it('answers alike after more prefixes are added once it was read', () => {
    const t = new PrefixTrie<number>();
    t.add('klacht', 1);
    expect(t.longest('klachten')).toBe(1);
    t.add('klachten', 2);
    expect(t.longest('klachten')).toBe(2);
    expect(t.all('klachtenlijn')).toEqual([1, 2]);
  });

  it('agrees with brute force on 3,000 generated prefixes and 5,000 words', () => {
    let x = 7;
    const rnd = (n: number): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
    const letters = 'aeiklnorstuéë';
    const word = (max: number): string => Array.from({ length: 1 + rnd(max) }, () => letters[rnd(letters.length)]).join('');
    const entries = Array.from({ length: 3000 }, (_, i) => [word(6), i] as const);
    const t = new PrefixTrie<number>();
    for (const [p, v] of entries) t.add(p, v);
    for (let i = 0; i < 5000; i++) {
      const w = word(10);
      const ref = reference(entries, w);
      expect(t.all(w)).toEqual(ref.all);
      expect(t.longest(w)).toBe(ref.longest);
    }
  });
});
