/**
 * Sentences and clauses over tokens. Sentences end at . ! ? … and at line or block breaks, but
 * not after known abbreviations (bijv., e.g., Mr.) or dotted ones (z.s.m.); emoji that follow the
 * final mark stay with their sentence. Clauses split at , ; : and dashes, before conjunctions, and
 * after an emoji that a word, number or handle follows (where a full stop would have been).
 */
import type { Token } from './tokenize.js';
import type { WordEntry } from '../lexicon/words.js';
import type { Language } from '../types.js';

/** A run of tokens `[from, to)` and the text offsets it covers. */
export interface TokenRange {
  /** Index of the first token. */
  from: number;
  /** Index after the last token. */
  to: number;
  start: number;
  end: number;
}

/** A clause, and whether it opens with a contrast word (but, maar). */
export interface Clause extends TokenRange {
  contrast: boolean;
  /** Index of the sentence the clause belongs to. */
  sentence: number;
}

/** Language data the splitter needs. */
export interface SplitRules {
  /** Words (lower case, without the final period) after which a period does not end a sentence. */
  abbreviations: ReadonlySet<string>;
  /**
   * Abbreviations of "number" ("no", "nr"): their period ends the sentence after all when a
   * capitalised word without digits follows ("No. No more tickets."), as "No. 5" and "no. of" do not.
   */
  numberAbbreviations?: ReadonlySet<string>;
  /** Conjunctions that open a clause; the value says whether it marks contrast. */
  conjunctions: ReadonlyMap<string, boolean>;
}

/** A conjunction opens a clause only after this many words, so "Tom and Jerry" stays whole. */
const MIN_WORDS_BEFORE_CONJUNCTION = 2;

/** Whether the character code ends a sentence: . ! ? or an ellipsis. */
export function isSentenceEndChar(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

function endsSentence(t: Token): boolean {
  return t.kind === 'punct' && isSentenceEndChar(t.text.charCodeAt(0));
}

/** Splits tokens into sentences. */
export function sentences(tokens: readonly Token[], rules: SplitRules): TokenRange[] {
  const out: TokenRange[] = [];
  let from = 0;
  let closing = false;
  const close = (to: number): void => {
    if (to > from) out.push({ from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end });
    from = to;
    closing = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.breakBefore && i > from) close(i);
    else if (closing && t.kind !== 'emoji' && t.kind !== 'emoticon' && !endsSentence(t)) close(i);
    if (endsSentence(t)) {
      const prev = tokens[i - 1];
      const isAbbrevDot =
        t.text === '.' && prev !== undefined && prev.end === t.start && prev.kind === 'word' &&
        (rules.abbreviations.has(prev.norm) || (prev.norm.length === 1 && i + 1 < tokens.length && !tokens[i + 1]!.breakBefore)) &&
        !answersNo(tokens, i, prev, rules);
      if (!isAbbrevDot) closing = true;
    }
  }
  close(tokens.length);
  return out;
}

/** The period at `i` after a number abbreviation (`prev`) is the answer "No." itself: a capitalised word without digits follows. */
function answersNo(tokens: readonly Token[], i: number, prev: Token, rules: SplitRules): boolean {
  if (rules.numberAbbreviations === undefined || !rules.numberAbbreviations.has(prev.norm)) return false;
  const next = tokens[i + 1];
  if (next === undefined || next.kind !== 'word') return false;
  const c = next.text.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  for (let q = 1; q < next.text.length; q++) {
    const d = next.text.charCodeAt(q);
    if (d >= 48 && d <= 57) return false;
  }
  return true;
}

function isEmoji(t: Token): boolean {
  return t.kind === 'emoji' || t.kind === 'emoticon';
}

/** Whether the word at `i` is a conjunction of `language` that marks contrast; undefined when it is none. */
function conjunctionAt(entries: ReadonlyArray<WordEntry | undefined>, i: number, language: Language): boolean | undefined {
  const e = entries[i];
  if (e === undefined) return undefined;
  const c = language === 'nl' ? e.nl.conj : e.en.conj;
  return c === -1 ? undefined : c === 1;
}

function isClauseMark(t: Token): boolean {
  if (t.kind !== 'punct') return false;
  const c = t.text.charCodeAt(0);
  // , ; : ( ) – — and a free-standing hyphen
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2013 || c === 0x2014 || (c === 45 && t.text.length === 1);
}

/**
 * Splits each sentence into clauses. With `entries` (the word-table entry of each token) and the
 * message's `language`, conjunctions are read off the entries instead of looked up in `rules`.
 */
export function clauses(
  tokens: readonly Token[],
  sents: readonly TokenRange[],
  rules: SplitRules,
  entries?: ReadonlyArray<WordEntry | undefined>,
  language?: Language,
): Clause[] {
  const out: Clause[] = [];
  sents.forEach((s, si) => {
    let from = s.from;
    let words = 0;
    let contrast = false;
    const close = (to: number, nextContrast: boolean): void => {
      if (to > from) out.push({ from, to, start: tokens[from]!.start, end: tokens[to - 1]!.end, contrast, sentence: si });
      from = to;
      words = 0;
      contrast = nextContrast;
    };
    for (let i = s.from; i < s.to; i++) {
      const t = tokens[i]!;
      if (isClauseMark(t)) {
        close(i + 1, false);
        continue;
      }
      // emoji often stand where a full stop would: "... is 👏👏 Graag een onderzoek"
      // (or any word, number or @handle: in a post an emoji ends what it reacts to, "... 🙄 just put it on the
      // home screen"; a word in capitals goes on shouting, "SO ANGRY 😡 NOW")
      if (i > from && t.kind !== 'punct' && !isEmoji(t) && !t.caps && isEmoji(tokens[i - 1]!)) close(i, false);
      if (t.kind === 'word') {
        const conj = entries !== undefined && language !== undefined ? conjunctionAt(entries, i, language) : rules.conjunctions.get(t.norm);
        if (conj !== undefined) {
          if (i === from) contrast = contrast || conj;
          else if (words >= MIN_WORDS_BEFORE_CONJUNCTION) {
            close(i, conj);
          }
        }
        words++;
      }
    }
    close(s.to, false);
  });
  return out;
}
