/**
 * A character trie for prefix lookups ("frustr*", "cancel*"): walking a word down the trie finds
 * every prefix entry in one pass over its characters, without slicing strings.
 */

interface Node<T> {
  next: Map<number, Node<T>>;
  values: T[];
}

/** Prefixes mapped to values; built once, then read only. */
export class PrefixTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };
  private count = 0;

  /** Adds `value` under `prefix`. */
  add(prefix: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < prefix.length; i++) {
      const c = prefix.charCodeAt(i);
      let n = node.next.get(c);
      if (!n) {
        n = { next: new Map(), values: [] };
        node.next.set(c, n);
      }
      node = n;
    }
    node.values.push(value);
    this.count++;
  }

  /** Number of prefixes added. */
  get size(): number {
    return this.count;
  }

  /** The values of every prefix of `word`, shortest first, or undefined when none. */
  all(word: string): T[] | undefined {
    let node: Node<T> | undefined = this.root;
    let out: T[] | undefined;
    for (let i = 0; i < word.length && node; i++) {
      node = node.next.get(word.charCodeAt(i));
      if (node && node.values.length > 0) (out ??= []).push(...node.values);
    }
    return out;
  }

  /** The value of the longest prefix of `word`, if any. */
  longest(word: string): T | undefined {
    let node: Node<T> | undefined = this.root;
    let best: T | undefined;
    for (let i = 0; i < word.length && node; i++) {
      node = node.next.get(word.charCodeAt(i));
      if (node && node.values.length > 0) best = node.values[node.values.length - 1];
    }
    return best;
  }
}
