/**
 * The cue pattern language (see `CuePatternSchema`): compiled into an index on the first
 * element, then matched at each token position. Gaps are bounded (0..2 tokens), so matching is
 * linear in the number of tokens.
 */
import type { z } from 'zod';
import type { Token } from '../text/tokenize.js';
import { PrefixTrie } from './prefix-trie.js';
import type { CuesFileSchema } from './schema.js';

/** The longest gap `~` stands for. */
const MAX_GAP = 2;
/** Prefix elements need at least this many letters, so `a*` cannot match everything. */
const MIN_PREFIX = 3;

type Element =
  | { type: 'alt'; exact: ReadonlySet<string>; prefixes: readonly string[] }
  | { type: 'num' }
  | { type: 'gap' };

/** One compiled pattern. */
export interface CuePattern {
  source: string;
  kind: string;
  weight: number;
  elements: readonly Element[];
  /** The pattern spells out a negation itself ("niet tevreden"): a negator before it does not flip it. */
  negated: boolean;
}

/** Patterns under one first word, split on their second word where that is a plain word. */
interface FirstWord {
  /** Patterns of one element, or whose second element is not a plain word. */
  any: CuePattern[];
  /** second word -> patterns */
  next: Map<string, CuePattern[]>;
}

/** Patterns indexed by what their first element accepts. */
export interface CompiledCues {
  byWord: ReadonlyMap<string, FirstWord>;
  byPrefix: PrefixTrie<CuePattern>;
  byNumber: readonly CuePattern[];
  numberWords: ReadonlySet<string>;
}

function parseElement(src: string): Element {
  if (src === '#') return { type: 'num' };
  if (src === '~') return { type: 'gap' };
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of src.split('|')) {
    if (alt.endsWith('*') && alt.length > MIN_PREFIX) prefixes.push(alt.slice(0, -1));
    else exact.add(alt.replace(/\*$/, ''));
  }
  return { type: 'alt', exact, prefixes };
}

function push(map: Map<string, CuePattern[]>, key: string, p: CuePattern): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

/** Compiles a validated cue file; `negators` are the language's negation words. */
export function compileCues(file: z.infer<typeof CuesFileSchema>, negators: ReadonlySet<string>): CompiledCues {
  const byWord = new Map<string, FirstWord>();
  const byPrefix = new PrefixTrie<CuePattern>();
  const byNumber: CuePattern[] = [];
  for (const group of file.groups) {
    for (const [source, weight] of Object.entries(group.patterns)) {
      const words = source.split(' ');
      const p: CuePattern = {
        source,
        kind: group.kind,
        weight,
        elements: words.map(parseElement),
        negated: words.some((w) => w.split('|').some((alt) => negators.has(alt))),
      };
      const first = p.elements[0]!;
      const second = p.elements[1];
      if (first.type === 'num') byNumber.push(p);
      else if (first.type === 'alt') {
        for (const w of first.exact) {
          let fw = byWord.get(w);
          if (!fw) byWord.set(w, (fw = { any: [], next: new Map() }));
          if (second?.type === 'alt' && second.prefixes.length === 0) for (const n of second.exact) push(fw.next, n, p);
          else fw.any.push(p);
        }
        for (const pre of first.prefixes) byPrefix.add(pre, p);
      }
    }
  }
  return {
    byWord,
    byPrefix,
    byNumber,
    numberWords: new Set(file.numberWords),
  };
}

/**
 * The tokens the patterns see, as parallel arrays (no object per token): normalized form, whether
 * it counts as a number, and its index in the full token list. `length` is how many are in use.
 */
export interface MatchSeq {
  norm: string[];
  num: boolean[];
  index: number[];
  length: number;
}

function accepts(el: Element, seq: MatchSeq, i: number): boolean {
  if (el.type === 'num') return seq.num[i]!;
  if (el.type !== 'alt') return true;
  const norm = seq.norm[i]!;
  if (el.exact.has(norm)) return true;
  for (const p of el.prefixes) if (norm.startsWith(p)) return true;
  return false;
}

/** Matches `p` at position `i`; returns the index after the last matched token, or -1. */
function matchAt(p: CuePattern, seq: MatchSeq, i: number, e = 0): number {
  const els = p.elements;
  while (e < els.length) {
    const el = els[e]!;
    if (el.type === 'gap') {
      for (let g = 0; g <= MAX_GAP && i + g <= seq.length; g++) {
        const end = matchAt(p, seq, i + g, e + 1);
        if (end !== -1) return end;
      }
      return -1;
    }
    if (i >= seq.length || !accepts(el, seq, i)) return -1;
    i++;
    e++;
  }
  return i;
}

/** A pattern that matched tokens `[from, to)` of the sequence. */
export interface CueHit {
  pattern: CuePattern;
  from: number;
  to: number;
}

/** Tries `list` at `i`, where the first `known` elements are already known to match. */
function tryList(list: readonly CuePattern[], seq: MatchSeq, i: number, known: number, hits: CueHit[]): void {
  for (const p of list) {
    const end = matchAt(p, seq, i + known, known);
    if (end !== -1) hits.push({ pattern: p, from: i, to: end });
  }
}

/** All pattern hits in `seq` (one sentence's word-like tokens). */
export function findCues(cues: CompiledCues, seq: MatchSeq): CueHit[] {
  const hits: CueHit[] = [];
  const prefixed: CuePattern[] = [];
  const collect = (p: CuePattern): void => {
    prefixed.push(p);
  };
  for (let i = 0; i < seq.length; i++) {
    const norm = seq.norm[i]!;
    const fw = cues.byWord.get(norm);
    if (fw) {
      // the index already matched the first word, and for `next` the second one too
      if (fw.any.length > 0) tryList(fw.any, seq, i, 1, hits);
      const pair = i + 1 < seq.length ? fw.next.get(seq.norm[i + 1]!) : undefined;
      if (pair) tryList(pair, seq, i, 2, hits);
    }
    if (cues.byPrefix.size > 0) {
      prefixed.length = 0;
      cues.byPrefix.each(norm, collect);
      if (prefixed.length > 0) tryList(prefixed, seq, i, 1, hits);
    }
    if (seq.num[i] && cues.byNumber.length > 0) tryList(cues.byNumber, seq, i, 1, hits);
  }
  return hits;
}

/** Appends a token to what patterns see. */
export function pushMatch(seq: MatchSeq, t: Token, index: number, numberWords: ReadonlySet<string>): void {
  const k = seq.length++;
  seq.norm[k] = t.norm;
  seq.num[k] = t.kind === 'number' || (t.kind === 'word' && numberWords.has(t.norm));
  seq.index[k] = index;
}
