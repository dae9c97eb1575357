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

/**
 * What an element of a pattern is, as the first number of its code. All patterns of a language are
 * compiled into one Int32Array (`CompiledCues.prog`), each pattern's elements in order: an element is
 * its opcode and, for word alternatives, their count and word ids inline. The matcher reads a pattern
 * from one place instead of following an element object, its id set and that set's table to three
 * other places of the heap.
 */
const enum Op {
  /** `[One, id]`: exactly one word */
  One,
  /** `[Set, k, id1 .. idk]`: one of k words */
  Set,
  /** `[Prefix, k, id1 .. idk, list]`: one of k words, or a word starting with one of `prefixLists[list]` */
  Prefix,
  /** `[Num]` (`#`): a number */
  Num,
  /** `[Gap]` (`~`): up to MAX_GAP tokens */
  Gap,
  /** `[Clause]` (`~~`): up to MAX_CLAUSE_GAP tokens, never across punctuation or one of `breaks` */
  Clause,
}

/**
 * A pattern's code starts with a header: where it ends, and where its second and its third element
 * start (the matcher starts after the one or two elements the index already matched).
 */
const HEADER = 3;

/** One compiled pattern. */
export interface CuePattern {
  source: string;
  kind: string;
  weight: number;
  /** Where its code starts in its language's `prog` (see `Op`). */
  at: number;
  /** The pattern spells out a negation itself ("niet tevreden"): a negator before it does not flip it. */
  negated: boolean;
  /** The pattern names a redress without asking for it (its group is `named`). */
  named: boolean;
}

/** One element as parsed, before it is compiled into code. */
interface Parsed {
  type: 'alt' | 'num' | 'gap' | 'clause';
  /** The exact alternatives. */
  exact: ReadonlySet<string>;
  /** Prefix alternatives ("frustr*"). */
  prefixes: readonly string[];
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
  /** The code of every pattern (see `Op`); a pattern's `at` says where its own starts. */
  prog: Int32Array;
  /** The prefix lists of `Prefix` elements. */
  prefixLists: ReadonlyArray<readonly string[]>;
  /** Word ids a clause gap does not reach across. */
  breaks: IdSet;
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

function parseElement(src: string): Parsed {
  if (src === '#') return { type: 'num', exact: new Set(), prefixes: [] };
  if (src === '~') return { type: 'gap', exact: new Set(), prefixes: [] };
  if (src === '~~') return { type: 'clause', exact: new Set(), prefixes: [] };
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of src.split('|')) {
    if (alt.endsWith('*') && alt.length > MIN_PREFIX) prefixes.push(alt.slice(0, -1));
    else exact.add(alt.replace(/\*$/, ''));
  }
  return { type: 'alt', exact, prefixes };
}

/** Appends the code of a pattern's parsed elements to `out` (prefix lists to `prefixLists`); returns where it starts. */
function compileCode(elements: readonly Parsed[], ids: WordIds, out: number[], prefixLists: string[][]): number {
  const at = out.length;
  for (let k = 0; k < HEADER; k++) out.push(0);
  elements.forEach((el, e) => {
    if (e === 1) out[at + 1] = out.length;
    if (e === 2) out[at + 2] = out.length;
    if (el.type === 'num') out.push(Op.Num);
    else if (el.type === 'gap') out.push(Op.Gap);
    else if (el.type === 'clause') out.push(Op.Clause);
    else {
      const alts = [...new Set([...el.exact].map((w) => ids.of(w)))];
      if (el.prefixes.length > 0) {
        out.push(Op.Prefix, alts.length, ...alts, prefixLists.length);
        prefixLists.push([...el.prefixes]);
      } else if (alts.length === 1) out.push(Op.One, alts[0]!);
      else out.push(Op.Set, alts.length, ...alts);
    }
  });
  if (elements.length < 2) out[at + 1] = out.length;
  if (elements.length < 3) out[at + 2] = out.length;
  out[at] = out.length;
  return at;
}

/** Files `p` under its first element's entry: by its second word where that is a plain word. */
function index(fw: FirstWord, p: CuePattern, prog: readonly number[]): void {
  const end = prog[p.at]!;
  const at = prog[p.at + 1]!;
  if (at < end && prog[at] === Op.One) push(fw.next, prog[at + 1]!, p);
  else if (at < end && prog[at] === Op.Set) for (let k = 0; k < prog[at + 1]!; k++) push(fw.next, prog[at + 2 + k]!, p);
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
  const prog: number[] = [];
  const prefixLists: string[][] = [];
  for (const group of file.groups) {
    for (const [source, weight] of Object.entries(group.patterns)) {
      const words = source.split(' ');
      const elements = words.map(parseElement);
      const p: CuePattern = {
        source,
        kind: group.kind,
        weight,
        at: compileCode(elements, ids, prog, prefixLists),
        negated: words.some((w) => w.split('|').some((alt) => negators.has(alt))),
        named: group.named === true,
      };
      const first = elements[0]!;
      if (first.type === 'num') index(byNumber, p, prog);
      else if (first.type === 'alt') {
        for (const w of first.exact) {
          let fw = byWord.get(w);
          if (!fw) byWord.set(w, (fw = { any: [], next: new Map() }));
          index(fw, p, prog);
        }
        for (const pre of first.prefixes) byPrefix.add(pre, p);
      }
    }
  }
  return {
    prog: Int32Array.from(prog),
    prefixLists,
    breaks,
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

/** Whether position `i` fits the word or number element at `prog[at]` (never called on a gap). */
function accepts(m: CompiledCues, at: number, seq: MatchSeq, i: number): boolean {
  const c = m.prog;
  const op = c[at]!;
  if (op === Op.Num) return isNum(seq, i);
  const id = seq.id[i]!;
  if (op === Op.One) return id === c[at + 1]!;
  const k = c[at + 1]!;
  // an unknown word (id -1) equals no alternative
  for (let q = at + 2; q < at + 2 + k; q++) if (c[q] === id) return true;
  if (op !== Op.Prefix) return false;
  const norm = seq.tokens[seq.index[i]!]!.norm;
  for (const pre of m.prefixLists[c[at + 2 + k]!]!) if (norm.startsWith(pre)) return true;
  return false;
}

/** The offset of the element after the one at `prog[at]`. */
function nextElement(c: Int32Array, at: number): number {
  const op = c[at]!;
  return op === Op.One ? at + 2 : op === Op.Set ? at + 2 + c[at + 1]! : op === Op.Prefix ? at + 3 + c[at + 1]! : at + 1;
}

/**
 * Matches the pattern elements `prog[at .. end)` at position `i`; returns the index after the last
 * matched token, or -1.
 */
function matchAt(m: CompiledCues, seq: MatchSeq, i: number, at: number, end: number): number {
  const c = m.prog;
  while (at < end) {
    const op = c[at]!;
    // after a gap, the rest of the pattern is tried only where its next element (a word) matches:
    // most positions fail on that one word, and a recursive call for each was most of the matching time
    if (op === Op.Gap) {
      const next = at + 1;
      const word = next < end && c[next]! <= Op.Prefix;
      for (let g = 0; g <= MAX_GAP && i + g <= seq.length; g++) {
        // a gap does not reach across punctuation: "zeg het maar, op de factuur" is two clauses
        if (g > 0 && i + g < seq.length && seq.index[i + g]! - seq.index[i - 1]! !== g + 1) return -1;
        if (word && (i + g >= seq.length || !accepts(m, next, seq, i + g))) continue;
        const to = matchAt(m, seq, i + g, next, end);
        if (to !== -1) return to;
      }
      return -1;
    }
    if (op === Op.Clause) {
      const next = at + 1;
      const word = next < end && c[next]! <= Op.Prefix;
      // position j is where the next element is tried; the tokens before it are the gap
      for (let j = i; j <= i + MAX_CLAUSE_GAP && j < seq.length; j++) {
        if (seq.index[j]! - seq.index[j - 1]! > 1) return -1; // punctuation stood between
        if (!word || accepts(m, next, seq, j)) {
          const to = matchAt(m, seq, j, next, end);
          if (to !== -1) return to;
        }
        if (m.breaks.has(seq.id[j]!)) return -1;
      }
      return -1;
    }
    if (i >= seq.length || !accepts(m, at, seq, i)) return -1;
    i++;
    at = nextElement(c, at);
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
function tryList(m: CompiledCues, list: readonly CuePattern[], seq: MatchSeq, i: number, known: number, hits: CueHit[]): void {
  const c = m.prog;
  for (const p of list) {
    // the header holds where the pattern ends and where its second and third element start
    const to = matchAt(m, seq, i + known, c[p.at + known]!, c[p.at]!);
    if (to !== -1) hits.push({ pattern: p, from: i, to });
  }
}

/** All pattern hits in `seq` (one sentence's word-like tokens), appended to `hits` (returned). */
export function findCues(cues: CompiledCues, seq: MatchSeq, hits: CueHit[] = []): CueHit[] {
  const hasNumbers = cues.byNumber.any.length > 0 || cues.byNumber.next.size > 0;
  for (let i = 0; i < seq.length; i++) {
    const word = seq.word[i];
    const fw = word?.cue;
    if (fw !== undefined) tryFirst(cues, fw, seq, i, hits);
    // a word the table does not know may still start with a prefix element ("frustr*")
    const prefixed = word !== undefined ? word.cuePrefixed : prefixedPatterns(cues, seq.tokens[seq.index[i]!]!.norm);
    if (prefixed.length > 0) tryList(cues, prefixed, seq, i, 1, hits);
    if (hasNumbers && isNum(seq, i)) tryFirst(cues, cues.byNumber, seq, i, hits);
  }
  return hits;
}

/** Tries the patterns filed under the element that position `i` matched (its word, or a number). */
function tryFirst(m: CompiledCues, fw: FirstWord, seq: MatchSeq, i: number, hits: CueHit[]): void {
  // the index already matched the first element, and for `next` the second one too
  if (fw.any.length > 0) tryList(m, fw.any, seq, i, 1, hits);
  // an unknown next word (id -1) cannot be the second word of a pattern
  const pair = i + 1 < seq.length && seq.id[i + 1]! !== -1 && fw.next.size > 0 ? fw.next.get(seq.id[i + 1]!) : undefined;
  if (pair) tryList(m, pair, seq, i, 2, hits);
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
