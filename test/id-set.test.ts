import { describe, expect, it } from 'vitest';
import { IdSet } from '../src/lexicon/id-set.js';
import { sortStable } from '../src/sort.js';

describe('IdSet: word ids in an open-addressing table', () => {
  it.each([
    ['empty', [], [], [0, 1, -1]],
    ['one id', [7], [7], [0, 6, 8, -1]],
    ['consecutive ids', [0, 1, 2, 3, 4, 5], [0, 3, 5], [6, -1, 100]],
    ['ids that collide in a small table', [1, 17, 33, 49, 65], [1, 17, 33, 49, 65], [2, 81, 97]],
    ['large ids', [2_000_000_000, 123_456], [2_000_000_000, 123_456], [2_000_000_001, 0]],
    ['duplicates given twice', [4, 4, 9], [4, 9], [5]],
  ])('%s', (_name, ids, inside, outside) => {
    const s = new IdSet(ids);
    for (const id of inside) expect(s.has(id)).toBe(true);
    for (const id of outside) expect(s.has(id)).toBe(false);
    expect(s.size).toBe(new Set(ids).size);
    expect([...s]).toEqual([...new Set(ids)]);
  });

  it('agrees with Set on a thousand random ids', () => {
    let x = 12345;
    const rnd = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % 50_000;
    const ids = Array.from({ length: 1000 }, rnd);
    const s = new IdSet(ids);
    const ref = new Set(ids);
    for (let id = 0; id < 50_000; id++) expect(s.has(id)).toBe(ref.has(id));
  });

  it.each([[-3], [1.5], [Number.NaN]])('throws on an id that is not a non-negative integer (%s)', (bad) => {
    expect(() => new IdSet([1, bad])).toThrow(/expected a non-negative 32-bit integer id, found/);
  });
});

describe('sortStable: insertion sort for short lists, the built-in sort for long ones', () => {
  const byKey = (a: { k: number }, b: { k: number }): number => a.k - b.k;
  it.each([
    ['empty', []],
    ['one', [3]],
    ['sorted', [1, 2, 3, 4]],
    ['reversed', [5, 4, 3, 2, 1]],
    ['ties keep their order', [2, 1, 2, 1, 2, 0]],
    ['longer than the insertion limit', Array.from({ length: 200 }, (_, i) => (i * 7919) % 13)],
  ])('%s: same order as Array.prototype.sort', (_name, keys) => {
    const items = keys.map((k, i) => ({ k, i }));
    const expected = [...items].sort(byKey);
    expect(sortStable([...items], byKey)).toEqual(expected);
  });
});
