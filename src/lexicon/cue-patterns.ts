/**
 * The cue pattern language (see `CuePatternSchema`): compiled into an index on the first
 * element, then matched at each token position. Gaps are bounded (0..2 tokens), so matching is
 * linear in the number of tokens.
 */
import type { z } from 'zod';
import type { Token } from '../text/tokenize.js';
import { IdSet } from './id-set.js';
import { PrefixTrie } from './prefix-trie.js';
import type { CuesFileSchema } from './schema.js';
import type { Language } from '../types.js';
import type { LangWord, WordEntry, WordIds } from './words.js';

/** The longest gap `~` stands for. */
const MAX_GAP = 2;
/**
 * The longest gap `~~` stands for, inside one clause: a split verb's particle ends the clause, with
 * the object and adverbs between ("ik zeg mijn abonnement per 1 januari op" is five words).
 */
export const MAX_CLAUSE_GAP = 5;
/** Prefix elements need at least this many letters, so `a*` cannot match everything. */
const MIN_PREFIX = 3;

/** What an element of a pattern is. */
const enum El {
  /** one of a set of words, or a word starting with one of a set of prefixes */
  Alt,
  /** `#`: a number */
  Num,
  /** `~`: up to MAX_GAP tokens */
  Gap,
  /** `~~`: up to MAX_CLAUSE_GAP tokens, never across punctuation or one of `breaks` */
  Clause,
}

/**
 * One element of a pattern. Every element has the same fields, whatever its type (unused ones are
 * empty), so the matcher reads them through one object shape rather than four.
 */
interface Element {
  type: El;
  /** The exact alternatives (`Alt`). */
  exact: ReadonlySet<string>;
  /** Their word ids: tokens are compared by id, not by string (`Alt`). */
  ids: IdSet;
  /** The id when there is exactly one alternative (most elements), compared without hashing, else -1 (`Alt`). */
  one: number;
  /** Prefix alternatives ("frustr*") (`Alt`). */
  prefixes: readonly string[];
  /** Word ids a clause gap does not reach across (`Clause`). */
  breaks: IdSet;
}

const NO_WORDS: ReadonlySet<string> = new Set();
const NO_IDS = new IdSet([]);
const NO_PREFIXES: readonly string[] = [];

function element(type: El, breaks: IdSet = NO_IDS): Element {
  return { type, exact: NO_WORDS, ids: NO_IDS, one: -1, prefixes: NO_PREFIXES, breaks };
}

/** One compiled pattern. */
export interface CuePattern {
  source: string;
  kind: string;
  weight: number;
  elements: readonly Element[];
  /** The pattern spells out a negation itself ("niet tevreden"): a negator before it does not flip it. */
  negated: boolean;
  /** The pattern names a redress without asking for it (its group is `named`). */
  named: boolean;
}

/** Patterns under one first word, split on their second word where that is a plain word. */
export interface FirstWord {
  /** Patterns of one element, or whose second element is not a plain word. */
  any: CuePattern[];
  /** id of the second word -> patterns */
  next: Map<number, CuePattern[]>;
}

/** Patterns indexed by what their first element accepts. */
export interface CompiledCues {
  byWord: ReadonlyMap<string, FirstWord>;
  byPrefix: PrefixTrie<CuePattern>;
  /** Patterns whose first element is a number (`#`), split on their second word like `byWord`. */
  byNumber: FirstWord;
  numberWords: ReadonlySet<string>;
  /** Reported speech (see `CuesFileSchema.reported`); absent when the language lists none. */
  reported?: ReportedSpeech;
  /** Scope words (see `CuesFileSchema.scope`); absent when the language lists none. */
  scope?: CueScope;
}

/** The word classes that put a demand or an unrelated cue in another's scope. */
export interface CueScope {
  topic: ReadonlySet<string>;
  owners: ReadonlySet<string>;
  recipients: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
}

/** The word classes that find a cue inside someone else's reported words. */
export interface ReportedSpeech {
  kinds: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  selfSubjects: ReadonlySet<string>;
  passives: ReadonlySet<string>;
}

function parseElement(src: string, ids: WordIds, breaks: IdSet): Element {
  if (src === '#') return element(El.Num);
  if (src === '~') return element(El.Gap);
  if (src === '~~') return element(El.Clause, breaks);
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of src.split('|')) {
    if (alt.endsWith('*') && alt.length > MIN_PREFIX) prefixes.push(alt.slice(0, -1));
    else exact.add(alt.replace(/\*$/, ''));
  }
  const idSet = new IdSet([...exact].map((w) => ids.of(w)));
  return { type: El.Alt, exact, ids: idSet, one: idSet.size === 1 ? [...idSet][0]! : -1, prefixes, breaks: NO_IDS };
}

/** Files `p` under its first element's entry: by its second word where that is a plain word. */
function index(fw: FirstWord, p: CuePattern): void {
  const second = p.elements[1];
  if (second?.type === El.Alt && second.prefixes.length === 0) for (const n of second.ids) push(fw.next, n, p);
  else fw.any.push(p);
}

function push<K>(map: Map<K, CuePattern[]>, key: K, p: CuePattern): void {
  const list = map.get(key);
  if (list) list.push(p);
  else map.set(key, [p]);
}

/**
 * Compiles a validated cue file; `negators` are the language's negation words, `ids` gives every
 * word of the patterns its id in the word table.
 */
export function compileCues(file: z.infer<typeof CuesFileSchema>, negators: ReadonlySet<string>, ids: WordIds): CompiledCues {
  // a clause gap stops at a clause break and at a negator: "ik zeg mijn abonnement niet op" is no threat
  const breaks = new IdSet([...(file.separable?.clauseBreaks ?? []), ...negators].map((w) => ids.of(w)));
  const byWord = new Map<string, FirstWord>();
  const byPrefix = new PrefixTrie<CuePattern>();
  const byNumber: FirstWord = { any: [], next: new Map() };
  for (const group of file.groups) {
    for (const [source, weight] of Object.entries(group.patterns)) {
      const words = source.split(' ');
      const p: CuePattern = {
        source,
        kind: group.kind,
        weight,
        elements: words.map((w) => parseElement(w, ids, breaks)),
        negated: words.some((w) => w.split('|').some((alt) => negators.has(alt))),
        named: group.named === true,
      };
      const first = p.elements[0]!;
      if (first.type === El.Num) index(byNumber, p);
      else if (first.type === El.Alt) {
        for (const w of first.exact) {
          let fw = byWord.get(w);
          if (!fw) byWord.set(w, (fw = { any: [], next: new Map() }));
          index(fw, p);
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
    ...(file.reported
      ? {
          reported: {
            kinds: new Set<string>(file.reported.kinds),
            speechVerbs: new Set(file.reported.speechVerbs),
            selfSubjects: new Set(file.reported.selfSubjects),
            passives: new Set(file.reported.passives),
          },
        }
      : {}),
    ...(file.scope
      ? {
          scope: {
            topic: new Set(file.scope.topic),
            owners: new Set(file.scope.owners),
            recipients: new Set(file.scope.recipients),
            possessives: new Set(file.scope.possessives),
          },
        }
      : {}),
  };
}

/** No patterns: shared, never written to. */
const NONE: readonly CuePattern[] = [];

/** The patterns whose first element is a prefix of `word` (for words the word table does not know). */
export function prefixedPatterns(cues: CompiledCues, word: string): readonly CuePattern[] {
  return cues.byPrefix.size === 0 ? NONE : (cues.byPrefix.all(word) ?? NONE);
}

/**
 * The tokens the patterns see (one sentence's word-like tokens), as parallel arrays (no object per
 * token): the index in the full token list, what the word table knows of the word in the message's
 * language, and its word id (-1 when unknown). Everything else (its form, whether it is a number, the
 * patterns that start with it) is read off these when a pattern asks. `length` is how many are in use.
 */
export interface MatchSeq {
  tokens: readonly Token[];
  index: number[];
  word: Array<LangWord | undefined>;
  id: number[];
  length: number;
}

/**
 * An empty sequence over `tokens`, to be filled with {@link pushMatch}, sized for all of them: a
 * sentence never holds more, and arrays grown one store at a time were copied as they grew.
 */
export function matchSeq(tokens: readonly Token[]): MatchSeq {
  const n = tokens.length;
  return { tokens, index: new Array<number>(n).fill(0), word: new Array<LangWord | undefined>(n).fill(undefined), id: new Array<number>(n).fill(0), length: 0 };
}

/** Whether position `i` counts as a number: digits, or a number word of the language ("drie", "third"). */
function isNum(seq: MatchSeq, i: number): boolean {
  const t = seq.tokens[seq.index[i]!]!;
  return t.kind === 'number' || (t.kind === 'word' && seq.word[i]?.number === true);
}

function accepts(el: Element, seq: MatchSeq, i: number): boolean {
  if (el.type === El.Num) return isNum(seq, i);
  if (el.type !== El.Alt) return true;
  const id = seq.id[i]!;
  if (el.one !== -1 ? id === el.one : el.ids.has(id)) return true;
  if (el.prefixes.length === 0) return false;
  const norm = seq.tokens[seq.index[i]!]!.norm;
  for (const p of el.prefixes) if (norm.startsWith(p)) return true;
  return false;
}

/** Matches `p` at position `i`; returns the index after the last matched token, or -1. */
function matchAt(p: CuePattern, seq: MatchSeq, i: number, e = 0): number {
  const els = p.elements;
  while (e < els.length) {
    const el = els[e]!;
    // after a gap, the rest of the pattern is tried only where its next element matches: most
    // positions fail on that one word, and a recursive call for each was most of the matching time
    const next = els[e + 1];
    if (el.type === El.Gap) {
      for (let g = 0; g <= MAX_GAP && i + g <= seq.length; g++) {
        // a gap does not reach across punctuation: "zeg het maar, op de factuur" is two clauses
        if (g > 0 && i + g < seq.length && seq.index[i + g]! - seq.index[i - 1]! !== g + 1) return -1;
        if (next !== undefined && next.type === El.Alt && (i + g >= seq.length || !accepts(next, seq, i + g))) continue;
        const end = matchAt(p, seq, i + g, e + 1);
        if (end !== -1) return end;
      }
      return -1;
    }
    if (el.type === El.Clause) {
      // position j is where the next element is tried; the tokens before it are the gap
      for (let j = i; j <= i + MAX_CLAUSE_GAP && j < seq.length; j++) {
        if (seq.index[j]! - seq.index[j - 1]! > 1) return -1; // punctuation stood between
        if (next === undefined || next.type !== El.Alt || accepts(next, seq, j)) {
          const end = matchAt(p, seq, j, e + 1);
          if (end !== -1) return end;
        }
        if (el.breaks.has(seq.id[j]!)) return -1;
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

/** All pattern hits in `seq` (one sentence's word-like tokens), appended to `hits` (returned). */
export function findCues(cues: CompiledCues, seq: MatchSeq, hits: CueHit[] = []): CueHit[] {
  const hasNumbers = cues.byNumber.any.length > 0 || cues.byNumber.next.size > 0;
  for (let i = 0; i < seq.length; i++) {
    const word = seq.word[i];
    const fw = word?.cue;
    if (fw !== undefined) tryFirst(fw, seq, i, hits);
    // a word the table does not know may still start with a prefix element ("frustr*")
    const prefixed = word !== undefined ? word.cuePrefixed : prefixedPatterns(cues, seq.tokens[seq.index[i]!]!.norm);
    if (prefixed.length > 0) tryList(prefixed, seq, i, 1, hits);
    if (hasNumbers && isNum(seq, i)) tryFirst(cues.byNumber, seq, i, hits);
  }
  return hits;
}

/** Tries the patterns filed under the element that position `i` matched (its word, or a number). */
function tryFirst(fw: FirstWord, seq: MatchSeq, i: number, hits: CueHit[]): void {
  // the index already matched the first element, and for `next` the second one too
  if (fw.any.length > 0) tryList(fw.any, seq, i, 1, hits);
  // an unknown next word (id -1) cannot be the second word of a pattern
  const pair = i + 1 < seq.length && seq.id[i + 1]! !== -1 && fw.next.size > 0 ? fw.next.get(seq.id[i + 1]!) : undefined;
  if (pair) tryList(pair, seq, i, 2, hits);
}

/**
 * Appends token `index` to what patterns see. `entry` is the token's entry in the word table, found
 * under its normalized form (undefined when the table does not know it).
 */
export function pushMatch(seq: MatchSeq, index: number, entry: WordEntry | undefined, lang: Language): void {
  const k = seq.length++;
  seq.index[k] = index;
  seq.word[k] = entry === undefined ? undefined : lang === 'nl' ? entry.nl : entry.en;
  seq.id[k] = entry === undefined ? -1 : entry.id;
}
