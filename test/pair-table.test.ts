import { describe, expect, it } from 'vitest';
import { PairTable } from '../src/lexicon/pair-table.js';

/** What the table must answer, by brute force over the entries given (the first of a repeated pair wins). */
function reference(entries: ReadonlyArray<readonly [number, number, number]>, first: number, second: number): number {
  return entries.find(([f, s]) => f === first && s === second)?.[2] ?? -99;
}

describe('PairTable: (first id, second id) -> value from one Int32Array', () => {
  it.each([
    ['no pairs', [], [[0, 0], [1, 2]]],
    ['one pair; its reverse is another pair', [[3, 7, 11]], [[3, 7], [7, 3], [3, 8], [4, 7]]],
    ['many seconds under one first', [[5, 1, 10], [5, 2, 20], [5, 3, 30]], [[5, 1], [5, 2], [5, 3], [5, 4], [1, 5]]],
    ['a negative first key (numbers) beside word ids', [[-2, 4, 1], [4, 4, 2], [0, 4, 3]], [[-2, 4], [4, 4], [0, 4], [-2, 0]]],
    ['a repeated pair keeps its first value', [[1, 1, 5], [1, 1, 6]], [[1, 1]]],
    ['value 0 is a value', [[9, 9, 0]], [[9, 9], [9, 8]]],
  ] as Array<[string, Array<[number, number, number]>, Array<[number, number]>]>)('%s', (_name, entries, asks) => {
    const t = new PairTable(entries);
    expect(t.size).toBe(new Set(entries.map(([f, s]) => `${f},${s}`)).size);
    for (const [f, s] of asks) expect(t.get(f, s, -99)).toBe(reference(entries, f, s));
  });

  it('finds every pair of a table crowded with colliding keys', () => {
    const entries: Array<[number, number, number]> = [];
    for (let f = 0; f < 60; f++) for (let s = 0; s < 60; s += 7) entries.push([f, s, f * 1000 + s]);
    const t = new PairTable(entries);
    for (let f = -1; f <= 61; f++) for (let s = 0; s < 62; s++) expect(t.get(f, s, -99)).toBe(reference(entries, f, s));
  });

  it.each([
    ['the empty-slot key as a first id', [-1, 0, 1]],
    ['a negative second id', [0, -1, 1]],
    ['a fraction', [0.5, 1, 1]],
  ] as Array<[string, [number, number, number]]>)('throws on %s, saying what it found', (_name, entry) => {
    expect(() => new PairTable([entry])).toThrow(/expected a first id other than -1 and a non-negative second id, found/);
  });
});
