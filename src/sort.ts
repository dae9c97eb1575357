/** Sorting the short lists of one message (its cues). */

/**
 * Up to this many items are sorted by insertion: a message has a handful of cues, and at that size
 * the set-up of `Array.prototype.sort` (a copy into its work area, a call per comparison from a
 * builtin) cost more than the sort itself. Longer lists (a megabyte of text) go to the built-in
 * sort, which stays O(n log n).
 */
const INSERTION_MAX = 32;

/** Sorts `items` in place, stably (equal items keep their order, as with `Array.prototype.sort`). */
export function sortStable<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_MAX) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const x = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, x) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = x;
  }
  return items;
}
