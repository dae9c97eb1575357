/**
 * The cue pattern language (see `CuePatternSchema`): compiled into an index on the first
 * element, then matched at each token position. Gaps are bounded (0..2 tokens), so matching is
 * linear in the number of tokens.
 */
import type { z } from 'zod';
import type { Token } from '../text/tokenize.js';
import { GOLDEN } from '../hash.js';
import { IdSet } from './id-set.js';
import { PairTable } from './pair-table.js';
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
 * What an element of a pattern is, as the first number of its code. Every pattern of a language is
 * compiled into one Int32Array (`CompiledCues.table`): an element is its opcode and, for word
 * alternatives, their count and word ids inline. The matcher reads a pattern from one place instead
 * of following an element object, its id set and that set's table to three other places of the heap.
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
 * The table holds entries and blocks. An entry is one pattern as it is tried once its first one or
 * two elements matched: `[pattern number, length, need, reach, code of the remaining elements]`
 * (`need` and `reach`: see {@link FILTER_BITS}). A block is `[count, entry, entry, ...]`: every
 * pattern filed under one first word (or first and second word), in file order, side by side.
 * Trying the patterns of a word reads one stretch of the table, where a list of pattern objects,
 * each pointing into one shared code array, read a place of the heap per pattern.
 */
const ENTRY_HEAD = 4;

/**
 * Most patterns tried fail on the first word they still need ("i ~ want|wish to ..." after an "i"
 * with no "want" near), and a call of the matcher for each cost hundreds of instructions. So each
 * word element that an entry tries first (its first remaining element, or the one after a leading
 * `~`) gets one of these bits (a hash of its words), and each word the bits of every such element
 * that accepts it (`CompiledCues.follow`): an entry is tried only where the position it starts at
 * (`reach` 1), or one of the MAX_GAP + 1 positions after it (`reach` MAX_GAP + 1), has a bit of
 * its `need`. A bit shared by chance lets an entry through to the matcher, which decides as
 * before; an entry with `need` 0 (nothing to filter on: a prefix, a clause gap, no element left)
 * is always tried.
 */
const FILTER_BITS = 31;
/** The bit of number elements (`#`): a position that counts as a number has it. */
const NUM_BIT = 1 << FILTER_BITS;

/** No block (a word no pattern is filed under). */
export const NO_BLOCK = -1;

/** The first "word" of patterns that start with a number (`#`) in `CompiledCues.pairs` (word ids are never negative). */
const NUMBER_KEY = -2;

/** One compiled pattern: what a hit reports. */
export interface CuePattern {
  source: string;
  kind: string;
  weight: number;
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

/** Where the patterns filed under one first element are (see `CompiledCues.table`). */
export interface FirstWord {
  /** The block of patterns of one element, or whose second element is not a plain word ({@link NO_BLOCK} when none). */
  any: number;
  /** Whether `CompiledCues.pairs` files patterns under this first element and a second word. */
  pairs: boolean;
}

/** Patterns indexed by what their first element accepts. */
export interface CompiledCues {
  /** Every pattern, by number. */
  patterns: readonly CuePattern[];
  /** The entries and blocks of every pattern (see `ENTRY_HEAD`). */
  table: Int32Array;
  /** Word id -> the filter bits of the elements that accept it (see {@link FILTER_BITS}); ids past its end have none. */
  follow: Int32Array;
  /** The prefix lists of `Prefix` elements. */
  prefixLists: ReadonlyArray<readonly string[]>;
  /** Word ids a clause gap does not reach across. */
  breaks: IdSet;
  byWord: ReadonlyMap<string, FirstWord>;
  /** (first word id, second word id) -> the block of patterns that start with both. */
  pairs: PairTable;
  /** Entries of patterns whose first element is a prefix ("frustr*"). */
  byPrefix: PrefixTrie<number>;
  /** Patterns whose first element is a number (`#`); `undefined` when none does. */
  byNumber: FirstWord | undefined;
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

/** The code of one parsed element (prefix lists are appended to `prefixLists`). */
function compileElement(el: Parsed, ids: WordIds, prefixLists: string[][]): number[] {
  if (el.type === 'num') return [Op.Num];
  if (el.type === 'gap') return [Op.Gap];
  if (el.type === 'clause') return [Op.Clause];
  const alts = [...new Set([...el.exact].map((w) => ids.of(w)))];
  if (el.prefixes.length > 0) {
    prefixLists.push([...el.prefixes]);
    return [Op.Prefix, alts.length, ...alts, prefixLists.length - 1];
  }
  return alts.length === 1 ? [Op.One, alts[0]!] : [Op.Set, alts.length, ...alts];
}

/** A pattern as filed under a first element: its number and the code of the elements not yet matched. */
type Filed = readonly [pattern: number, code: readonly number[]];

/** The patterns filed under one first element, while compiling. */
interface FirstBuild {
  any: Filed[];
  /** id of the second word -> patterns */
  next: Map<number, Filed[]>;
}

/** A pattern's code, cut once for filing: after its first element, after its second, and the second's word ids. */
interface Cut {
  afterFirst: readonly number[];
  afterSecond: readonly number[];
  /** The second element's word ids when it is a plain word or alternatives of plain words, else undefined. */
  seconds: readonly number[] | undefined;
}

/** The element codes from `from` on, as one list (`Array.prototype.flat` is many times slower where lexicons are compiled). */
function joined(code: ReadonlyArray<readonly number[]>, from: number): number[] {
  const out: number[] = [];
  for (let e = from; e < code.length; e++) for (const x of code[e]!) out.push(x);
  return out;
}

/** Cuts a pattern's element codes for {@link fileUnder} (once per pattern, however many first words it has). */
function cut(code: ReadonlyArray<readonly number[]>): Cut {
  const second = code[1];
  return {
    afterFirst: joined(code, 1),
    afterSecond: joined(code, 2),
    seconds: second === undefined ? undefined : second[0] === Op.One ? [second[1]!] : second[0] === Op.Set ? second.slice(2) : undefined,
  };
}

/** Files pattern `p` under `fw`: by its second word where that is a plain word (one or a few alternatives). */
function fileUnder(fw: FirstBuild, p: number, c: Cut): void {
  if (c.seconds === undefined) {
    fw.any.push([p, c.afterFirst]);
    return;
  }
  for (const id of c.seconds) {
    const list = fw.next.get(id);
    if (list) list.push([p, c.afterSecond]);
    else fw.next.set(id, [[p, c.afterSecond]]);
  }
}

/** The table being written: sized first, then filled (an array grown a number at a time was copied as it grew). */
interface Writer {
  data: Int32Array;
  end: number;
}

/** Numbers a block of `list` takes (0 for an empty list, which gets no block). */
function blockSize(list: readonly Filed[]): number {
  if (list.length === 0) return 0;
  let n = 1;
  for (const [, code] of list) n += ENTRY_HEAD + code.length;
  return n;
}

/** Numbers the blocks of `fw` take. */
function firstSize(fw: FirstBuild): number {
  let n = blockSize(fw.any);
  for (const list of fw.next.values()) n += blockSize(list);
  return n;
}

/** The filter bit of a word element's ids (see {@link FILTER_BITS}): the same words, the same bit. */
function filterBit(ids: readonly number[]): number {
  let h = 0;
  for (const id of [...ids].sort((a, b) => a - b)) h = Math.imul(h ^ id, GOLDEN);
  return 1 << ((h >>> 0) % FILTER_BITS);
}

/**
 * The `need` and `reach` of an entry with `code` (see {@link FILTER_BITS}); each word the filter
 * element accepts gets its bit in `follow` (word id -> bits).
 */
function filterOf(code: readonly number[], follow: Map<number, number>): [need: number, reach: number] {
  let at = 0;
  let reach = 1;
  if (code[0] === Op.Gap) {
    at = 1;
    reach = MAX_GAP + 1;
  }
  if (at >= code.length) return [0, 1];
  const op = code[at]!;
  if (op === Op.Num) return [NUM_BIT, reach];
  if (op !== Op.One && op !== Op.Set) return [0, 1];
  const ids = op === Op.One ? [code[at + 1]!] : code.slice(at + 2, at + 2 + code[at + 1]!);
  const bit = filterBit(ids);
  for (const id of ids) follow.set(id, (follow.get(id) ?? 0) | bit);
  return [bit, reach];
}

/** The table being written, and the filter bits of the words its entries need. */
interface Emit extends Writer {
  follow: Map<number, number>;
}

/** Writes an entry; returns where it starts. */
function emitEntry(w: Emit, [p, code]: Filed): number {
  const at = w.end;
  const [need, reach] = filterOf(code, w.follow);
  w.data[at] = p;
  w.data[at + 1] = code.length;
  w.data[at + 2] = need;
  w.data[at + 3] = reach;
  w.data.set(code, at + ENTRY_HEAD);
  w.end = at + ENTRY_HEAD + code.length;
  return at;
}

/** Writes a block of `list`; returns where it starts, or NO_BLOCK for an empty list. */
function emitBlock(w: Emit, list: readonly Filed[]): number {
  if (list.length === 0) return NO_BLOCK;
  const at = w.end;
  w.data[at] = list.length;
  w.end = at + 1;
  for (const f of list) emitEntry(w, f);
  return at;
}

/** Writes the blocks of `fw`, and its pairs under `first` to `pairs`; returns where they are. */
function emitFirst(w: Emit, fw: FirstBuild, first: number, pairs: Array<[number, number, number]>): FirstWord {
  const any = emitBlock(w, fw.any);
  for (const [second, list] of fw.next) pairs.push([first, second, emitBlock(w, list)]);
  return { any, pairs: fw.next.size > 0 };
}

/**
 * Compiles a validated cue file; `negators` are the language's negation words, `ids` gives every
 * word of the patterns its id in the word table.
 */
export function compileCues(file: z.infer<typeof CuesFileSchema>, negators: ReadonlySet<string>, ids: WordIds): CompiledCues {
  // a clause gap stops at a clause break and at a negator: "ik zeg mijn abonnement niet op" is no threat
  const breaks = new IdSet([...(file.separable?.clauseBreaks ?? []), ...negators].map((w) => ids.of(w)));
  const patterns: CuePattern[] = [];
  const words = new Map<string, FirstBuild>();
  const numbers: FirstBuild = { any: [], next: new Map() };
  const prefixed: Array<[prefix: string, f: Filed]> = [];
  const prefixLists: string[][] = [];
  for (const group of file.groups) {
    for (const [source, weight] of Object.entries(group.patterns)) {
      const parts = source.split(' ');
      const elements = parts.map(parseElement);
      const code = elements.map((el) => compileElement(el, ids, prefixLists));
      const p = patterns.length;
      patterns.push({
        source,
        kind: group.kind,
        weight,
        negated: parts.some((w) => w.split('|').some((alt) => negators.has(alt))),
        named: group.named === true,
      });
      const first = elements[0]!;
      const c = cut(code);
      if (first.type === 'num') fileUnder(numbers, p, c);
      else if (first.type === 'alt') {
        for (const w of first.exact) {
          let fw = words.get(w);
          if (!fw) words.set(w, (fw = { any: [], next: new Map() }));
          fileUnder(fw, p, c);
        }
        for (const pre of first.prefixes) prefixed.push([pre, [p, c.afterFirst]]);
      }
    }
  }
  // each first word's blocks side by side, so that trying them reads one stretch of the table
  let size = firstSize(numbers);
  for (const fw of words.values()) size += firstSize(fw);
  for (const [, f] of prefixed) size += ENTRY_HEAD + f[1].length;
  const out: Emit = { data: new Int32Array(size), end: 0, follow: new Map() };
  const pairs: Array<[number, number, number]> = [];
  const byWord = new Map<string, FirstWord>();
  for (const [w, fw] of words) byWord.set(w, emitFirst(out, fw, ids.of(w), pairs));
  const byNumber = numbers.any.length > 0 || numbers.next.size > 0 ? emitFirst(out, numbers, NUMBER_KEY, pairs) : undefined;
  const byPrefix = new PrefixTrie<number>();
  for (const [pre, f] of prefixed) byPrefix.add(pre, emitEntry(out, f));
  let maxId = -1;
  for (const id of out.follow.keys()) if (id > maxId) maxId = id;
  const follow = new Int32Array(maxId + 1);
  for (const [id, bits] of out.follow) follow[id] = bits;
  return {
    patterns,
    table: out.data,
    follow,
    prefixLists,
    breaks,
    byWord,
    pairs: new PairTable(pairs),
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

/** No entries: shared, never written to. */
const NONE: readonly number[] = [];

/** The entries of patterns whose first element is a prefix of `word` (for words the word table does not know). */
export function prefixedPatterns(cues: CompiledCues, word: string): readonly number[] {
  return cues.byPrefix.size === 0 ? NONE : (cues.byPrefix.all(word) ?? NONE);
}

/**
 * The tokens the patterns see (one sentence's word-like tokens), as parallel arrays (no object per
 * token): the index in the full token list, what the word table knows of the word in the message's
 * language, its word id (-1 when unknown), and its filter bits (`mask`; `window`: those of it and the
 * MAX_GAP positions after it, see {@link FILTER_BITS}). Everything else (its form, whether it is a
 * number, the patterns that start with it) is read off these when a pattern asks. `length` is how
 * many are in use.
 */
export interface MatchSeq {
  /** The message's tokens (the shared sequence, see {@link matchSeq}, is pointed at each message's in turn). */
  tokens: readonly Token[];
  index: number[];
  word: Array<LangWord | undefined>;
  id: number[];
  mask: number[];
  window: number[];
  length: number;
}

/** A sequence with room for `n` tokens. */
function newSeq(tokens: readonly Token[], n: number): MatchSeq {
  return {
    tokens,
    index: new Array<number>(n).fill(0),
    word: new Array<LangWord | undefined>(n).fill(undefined),
    id: new Array<number>(n).fill(0),
    mask: new Array<number>(n).fill(0),
    window: new Array<number>(n).fill(0),
    length: 0,
  };
}

/**
 * A message with more tokens than this gets a sequence of its own: the shared one is not kept at
 * the size of one huge message (it grows by doubling up to here).
 */
const SHARED_SEQ_LIMIT = 4096;
/** The first size of the shared sequence: a few sentences of a long message. */
const SHARED_SEQ_START = 64;
/** The sequence every message of up to SHARED_SEQ_LIMIT tokens reuses (five arrays made and filled per message were a tenth of the cue stage). */
let shared: MatchSeq = newSeq([], SHARED_SEQ_START);

/**
 * An empty sequence over `tokens`, to be filled with {@link pushMatch}, with room for all of them: a
 * sentence never holds more, and arrays grown one store at a time were copied as they grew. It is
 * the shared one (valid until the next call) unless the message is longer than SHARED_SEQ_LIMIT.
 */
export function matchSeq(tokens: readonly Token[]): MatchSeq {
  const n = tokens.length;
  if (n > SHARED_SEQ_LIMIT) return newSeq(tokens, n);
  if (shared.index.length < n) {
    let size = shared.index.length;
    while (size < n) size *= 2;
    shared = newSeq(tokens, Math.min(size, SHARED_SEQ_LIMIT));
  }
  shared.tokens = tokens;
  shared.length = 0;
  return shared;
}

/** Whether position `i` counts as a number: digits, or a number word of the language ("drie", "third"). */
function isNum(seq: MatchSeq, i: number): boolean {
  const t = seq.tokens[seq.index[i]!]!;
  return t.kind === 'number' || (t.kind === 'word' && seq.word[i]?.number === true);
}

/** Whether position `i` fits the word or number element at `table[at]` (never called on a gap). */
function accepts(m: CompiledCues, at: number, seq: MatchSeq, i: number): boolean {
  const c = m.table;
  const op = c[at]!;
  // a number has NUM_BIT (set once, in pushMatch)
  if (op === Op.Num) return (seq.mask[i]! & NUM_BIT) !== 0;
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

/** The offset of the element after the one at `table[at]`. */
function nextElement(c: Int32Array, at: number): number {
  const op = c[at]!;
  return op === Op.One ? at + 2 : op === Op.Set ? at + 2 + c[at + 1]! : op === Op.Prefix ? at + 3 + c[at + 1]! : at + 1;
}

/**
 * Matches the pattern elements `table[at .. end)` at position `i`; returns the index after the last
 * matched token, or -1.
 */
function matchAt(m: CompiledCues, seq: MatchSeq, i: number, at: number, end: number): number {
  const c = m.table;
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

/** Tries the pattern entry at `table[e]` at `i`, where the elements before its code already matched `known` words. */
function tryEntry(m: CompiledCues, e: number, seq: MatchSeq, i: number, known: number, hits: CueHit[]): void {
  const c = m.table;
  const start = e + ENTRY_HEAD;
  const to = matchAt(m, seq, i + known, start, start + c[e + 1]!);
  if (to !== -1) hits.push({ pattern: m.patterns[c[e]!]!, from: i, to });
}

/** Whether the entry at `table[e]` may match where the filter bits are `mask` and `window` (see {@link FILTER_BITS}). */
function mayMatch(c: Int32Array, e: number, mask: number, window: number): boolean {
  const need = c[e + 2]!;
  return need === 0 || (need & (c[e + 3] === 1 ? mask : window)) !== 0;
}

/** Tries every entry of the block at `table[b]` at `i` (see `tryEntry`). */
function tryBlock(m: CompiledCues, b: number, seq: MatchSeq, i: number, known: number, hits: CueHit[]): void {
  const c = m.table;
  const p = i + known;
  const mask = p < seq.length ? seq.mask[p]! : 0;
  const window = p < seq.length ? seq.window[p]! : 0;
  let e = b + 1;
  for (let k = c[b]!; k > 0; k--) {
    if (mayMatch(c, e, mask, window)) tryEntry(m, e, seq, i, known, hits);
    e += ENTRY_HEAD + c[e + 1]!;
  }
}

/** Fills `seq.window` from `seq.mask` (see {@link MatchSeq}). */
function fillWindows(seq: MatchSeq): void {
  for (let k = 0; k < seq.length; k++) {
    let bits = 0;
    for (let q = k; q <= k + MAX_GAP && q < seq.length; q++) bits |= seq.mask[q]!;
    seq.window[k] = bits;
  }
}

/** All pattern hits in `seq` (one sentence's word-like tokens), appended to `hits` (returned). */
export function findCues(cues: CompiledCues, seq: MatchSeq, hits: CueHit[] = []): CueHit[] {
  fillWindows(seq);
  for (let i = 0; i < seq.length; i++) {
    const word = seq.word[i];
    let prefixed: readonly number[];
    if (word !== undefined) {
      if (word.cueAny !== NO_BLOCK) tryBlock(cues, word.cueAny, seq, i, 1, hits);
      if (word.cuePairs) tryPairs(cues, seq.id[i]!, seq, i, hits);
      prefixed = word.cuePrefixed;
    } else {
      // a word the table does not know may still start with a prefix element ("frustr*")
      prefixed = prefixedPatterns(cues, seq.tokens[seq.index[i]!]!.norm);
    }
    if (prefixed.length > 0) {
      const mask = i + 1 < seq.length ? seq.mask[i + 1]! : 0;
      const window = i + 1 < seq.length ? seq.window[i + 1]! : 0;
      for (let k = 0; k < prefixed.length; k++) if (mayMatch(cues.table, prefixed[k]!, mask, window)) tryEntry(cues, prefixed[k]!, seq, i, 1, hits);
    }
    const num = cues.byNumber;
    if (num !== undefined && (seq.mask[i]! & NUM_BIT) !== 0) {
      if (num.any !== NO_BLOCK) tryBlock(cues, num.any, seq, i, 1, hits);
      if (num.pairs) tryPairs(cues, NUMBER_KEY, seq, i, hits);
    }
  }
  return hits;
}

/** Tries the patterns filed under `first` (position `i`'s word id, or NUMBER_KEY) and the next word. */
function tryPairs(m: CompiledCues, first: number, seq: MatchSeq, i: number, hits: CueHit[]): void {
  // an unknown next word (id -1) cannot be the second word of a pattern
  if (i + 1 >= seq.length || seq.id[i + 1]! === -1) return;
  const b = m.pairs.get(first, seq.id[i + 1]!, NO_BLOCK);
  // the block's patterns already matched their first and second element
  if (b !== NO_BLOCK) tryBlock(m, b, seq, i, 2, hits);
}

/**
 * Appends token `index` to what the patterns of `cues` see. `entry` is the token's entry in the word
 * table, found under its normalized form (undefined when the table does not know it).
 */
export function pushMatch(seq: MatchSeq, index: number, entry: WordEntry | undefined, lang: Language, cues: CompiledCues): void {
  const k = seq.length++;
  seq.index[k] = index;
  const word = entry === undefined ? undefined : lang === 'nl' ? entry.nl : entry.en;
  seq.word[k] = word;
  const id = entry === undefined ? -1 : entry.id;
  seq.id[k] = id;
  const follow = cues.follow;
  let mask = id >= 0 && id < follow.length ? follow[id]! : 0;
  if (isNum(seq, k)) mask |= NUM_BIT;
  seq.mask[k] = mask;
}
