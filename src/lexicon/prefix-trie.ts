/**
 * A character trie for prefix lookups ("frustr*", "cancel*"): walking a word down the trie finds
 * every prefix entry in one pass over its characters, without slicing strings.
 *
 * It is built with a `Map` per node, then read from a flat copy made on the first lookup: every
 * edge (node, character) -> child in one open-addressing Int32Array. Words the word table does not
 * know walk the trie at each message; with a `Map` per node, each step read another Map in another
 * place of the heap.
 */
import { GOLDEN, halfFullBits } from '../hash.js';

interface Node<T> {
  next: Map<number, Node<T>>;
  values: T[];
}

/** An empty slot of the edge table (node ids are never negative). */
const EMPTY = -1;
/** An edge takes three numbers of the table: parent node, character (a UTF-16 code unit), child node. */
const EDGE = 3;

/** The read-only flat form: node 0 is the root. */
interface Flat<T> {
  /** [parent, character, child, ...], EDGE numbers per slot. */
  edges: Int32Array;
  shift: number;
  mask: number;
  /** The values of each node, undefined where it has none. */
  values: Array<T[] | undefined>;
}

function flatten<T>(root: Node<T>): Flat<T> {
  const nodes: Array<Node<T>> = [root];
  const list: Array<[parent: number, c: number, child: number]> = [];
  for (let id = 0; id < nodes.length; id++) {
    for (const [c, next] of nodes[id]!.next) {
      list.push([id, c, nodes.length]);
      nodes.push(next);
    }
  }
  const bits = halfFullBits(list.length);
  const edges = new Int32Array(EDGE << bits).fill(EMPTY);
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  for (const [parent, c, next] of list) {
    let h = slot(parent, c, shift);
    while (edges[EDGE * h] !== EMPTY) h = (h + 1) & mask;
    edges[EDGE * h] = parent;
    edges[EDGE * h + 1] = c;
    edges[EDGE * h + 2] = next;
  }
  return { edges, shift, mask, values: nodes.map((n) => (n.values.length > 0 ? n.values : undefined)) };
}

/** The first slot to probe for the edge (node, c). */
function slot(node: number, c: number, shift: number): number {
  return Math.imul(Math.imul(node, GOLDEN) ^ c, GOLDEN) >>> shift;
}

/** The child of `node` under character `c`, or -1. */
function child<T>(f: Flat<T>, node: number, c: number): number {
  const e = f.edges;
  let h = slot(node, c, f.shift);
  for (;;) {
    const parent = e[EDGE * h]!;
    if (parent === node && e[EDGE * h + 1] === c) return e[EDGE * h + 2]!;
    if (parent === EMPTY) return -1;
    h = (h + 1) & f.mask;
  }
}

/** Prefixes mapped to values; built once, then read only. */
export class PrefixTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };
  private count = 0;
  private flat: Flat<T> | undefined;

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
    this.flat = undefined;
  }

  /** Number of prefixes added. */
  get size(): number {
    return this.count;
  }

  private read(): Flat<T> {
    return (this.flat ??= flatten(this.root));
  }

  /** The values of every prefix of `word`, shortest first, or undefined when none. */
  all(word: string): T[] | undefined {
    const f = this.read();
    let node = 0;
    let out: T[] | undefined;
    for (let i = 0; i < word.length; i++) {
      node = child(f, node, word.charCodeAt(i));
      if (node === -1) break;
      const v = f.values[node];
      if (v !== undefined) (out ??= []).push(...v);
    }
    return out;
  }

  /** The value of the longest prefix of `word`, if any. */
  longest(word: string): T | undefined {
    const f = this.read();
    let node = 0;
    let best: T | undefined;
    for (let i = 0; i < word.length; i++) {
      node = child(f, node, word.charCodeAt(i));
      if (node === -1) break;
      const v = f.values[node];
      if (v !== undefined) best = v[v.length - 1];
    }
    return best;
  }
}
