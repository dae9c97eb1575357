/**
 * One table of every word the lexicons know, in both languages, so that each token of a message is
 * looked up once: its language vote, its tone roles and the cue patterns that start with it all hang
 * off the same entry. Later stages read the entry instead of asking their own Maps again (string
 * hashing and comparing was a quarter of `analyze()`'s time before this table).
 */
import type { WordTable } from './word-table.js';
import type { Token } from '../text/tokenize.js';
import type { Rating, WordTone } from './compile.js';

/** What one language's lexicons know of a word. */
export interface LangWord {
  /** Every tone role of the word (rating, idioms, negator, booster, ...), if it has one. */
  tone: WordTone | undefined;
  /** The word's own rating, else the rating of its longest rated prefix ("frustr*"). */
  rating: Rating | undefined;
  /**
   * The block of cue patterns filed under this word alone (`CompiledCues.table`), or `NO_BLOCK`;
   * inline rather than a reference to the word's `FirstWord`, which was one more place in memory
   * read at every word of a message.
   */
  cueAny: number;
  /** Whether cue patterns are filed under this word and a second word (`CompiledCues.pairs`). */
  cuePairs: boolean;
  /** The entries of cue patterns whose first element is a prefix of this word. */
  cuePrefixed: readonly number[];
  /** Counts as a number in cue patterns ("drie", "third"). */
  number: boolean;
  /** The word's roles in the split (the ROLE_* bits of `SplitWords.roles`), 0 for none. */
  split: number;
  /** As a conjunction that opens a clause: 1 when it marks contrast ("maar"), 0 when not ("omdat"), -1 when it is none. */
  conj: number;
  /** A judging word that only grades a positive word right after it ("belachelijk snel"): see `modifiers.json`. */
  degreeJudgement: boolean;
}

/** A known word. */
export interface WordEntry {
  /** Unique per word across both languages: what cue pattern elements compare against. */
  id: number;
  /** Whether the language models know the word: then it votes `nlVote` for Dutch and `enVote` for English. */
  voted: boolean;
  /**
   * Its language votes, inline rather than a [Dutch, English] pair: the vote of nearly every word of
   * a message is read, and a pair was one more place in memory per word (0 when it does not vote).
   */
  nlVote: number;
  enVote: number;
  /** What each language knows of it (present for both, even if empty: it also caches prefix lookups). */
  nl: LangWord;
  en: LangWord;
}

/** Word -> entry, for every word either language's lexicons know (see `WordTable`). */
export type Vocabulary = WordTable<WordEntry>;

/** Assigns each distinct word one id; compiling the cue patterns and the table share it. */
export class WordIds {
  private readonly ids = new Map<string, number>();

  /** The id of `word`, given on first sight. */
  of(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) this.ids.set(word, (id = this.ids.size));
    return id;
  }

  /** Every word with an id, in id order. */
  words(): IterableIterator<string> {
    return this.ids.keys();
  }
}

/** The form of a token its entry is found under (hashtags without `#`), or undefined when it has none. */
export function lookupForm(t: Token): string | undefined {
  if (t.kind === 'word') return t.norm;
  if (t.kind === 'hashtag') return t.norm.slice(1);
  return undefined;
}

/** The entry of each token (undefined for unknown words and non-words), parallel to `tokens`. */
export function lookupWords(tokens: readonly Token[], vocab: Vocabulary): Array<WordEntry | undefined> {
  const out = new Array<WordEntry | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const form = lookupForm(tokens[i]!);
    out[i] = form === undefined ? undefined : vocab.get(form);
  }
  return out;
}
