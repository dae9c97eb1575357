/**
 * The cue pattern language (see `CuePatternSchema`): compiled into an index on the first
 * element, then matched at each token position. Gaps are bounded (0..2 tokens), so matching is
 * linear in the number of tokens.
 */
import type { z } from 'zod';
import type { Token } from '../text/tokenize.js';
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
}

/** Patterns indexed by what their first element accepts. */
export interface CompiledCues {
  byWord: ReadonlyMap<string, readonly CuePattern[]>;
  byPrefix: ReadonlyMap<string, readonly CuePattern[]>;
  prefixLengths: readonly number[];
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

function push<K>(map: Map<K, CuePattern[]>, key: K, p: CuePattern): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

/** Compiles a validated cue file. */
export function compileCues(file: z.infer<typeof CuesFileSchema>): CompiledCues {
  const byWord = new Map<string, CuePattern[]>();
  const byPrefix = new Map<string, CuePattern[]>();
  const byNumber: CuePattern[] = [];
  for (const group of file.groups) {
    for (const [source, weight] of Object.entries(group.patterns)) {
      const p: CuePattern = { source, kind: group.kind, weight, elements: source.split(' ').map(parseElement) };
      const first = p.elements[0]!;
      if (first.type === 'num') byNumber.push(p);
      else if (first.type === 'alt') {
        for (const w of first.exact) push(byWord, w, p);
        for (const pre of first.prefixes) push(byPrefix, pre, p);
      }
    }
  }
  return {
    byWord,
    byPrefix,
    prefixLengths: [...new Set([...byPrefix.keys()].map((k) => k.length))].sort((a, b) => b - a),
    byNumber,
    numberWords: new Set(file.numberWords),
  };
}

/** A token the patterns see: its normalized form and whether it counts as a number. */
export interface MatchToken {
  norm: string;
  num: boolean;
  /** Index into the full token list. */
  index: number;
}

function accepts(el: Element, t: MatchToken): boolean {
  if (el.type === 'num') return t.num;
  if (el.type !== 'alt') return true;
  if (el.exact.has(t.norm)) return true;
  for (const p of el.prefixes) if (t.norm.startsWith(p)) return true;
  return false;
}

/** Matches `p` at position `i`; returns the index after the last matched token, or -1. */
function matchAt(p: CuePattern, seq: readonly MatchToken[], i: number, e = 0): number {
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
    const t = seq[i];
    if (!t || !accepts(el, t)) return -1;
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

/** All pattern hits in `seq` (one sentence's word-like tokens). */
export function findCues(cues: CompiledCues, seq: readonly MatchToken[]): CueHit[] {
  const hits: CueHit[] = [];
  const tryAll = (list: readonly CuePattern[] | undefined, i: number): void => {
    if (!list) return;
    for (const p of list) {
      const end = matchAt(p, seq, i);
      if (end !== -1) hits.push({ pattern: p, from: i, to: end });
    }
  };
  for (let i = 0; i < seq.length; i++) {
    const t = seq[i]!;
    tryAll(cues.byWord.get(t.norm), i);
    for (const len of cues.prefixLengths) if (t.norm.length >= len) tryAll(cues.byPrefix.get(t.norm.slice(0, len)), i);
    if (t.num) tryAll(cues.byNumber, i);
  }
  return hits;
}

/** Converts a token to what patterns see. */
export function toMatchToken(t: Token, index: number, numberWords: ReadonlySet<string>): MatchToken {
  const num = t.kind === 'number' || (t.kind === 'word' && numberWords.has(t.norm));
  return { norm: t.norm, num, index };
}
