/**
 * Clause shapes of the split that are read off short word lists (`lexicons/<lang>/tokens.json`):
 * retort tags ("..., come on.", "see you there 🙂") and let-down hope ("hopefully someone actually
 * calls back this time"). Kept apart from split.ts's evidence weighing:
 * each shape is a yes/no test on one clause.
 */
import type { Clause } from '../text/sentences.js';
import type { Token } from '../text/tokenize.js';
import { firstNonPunct, phraseEnd, type Phrases } from './phrase.js';

/** The word lists the shapes read. */
export interface TagWords {
  /** Retort tags, as word lists ("come on", "see you there"): a clause of only one closing or opening its sentence is frustration. */
  retorts: Phrases;
  /** Words of hope ("hopefully", "hoping"). */
  hopes: ReadonlySet<string>;
  /** Markers that something should have happened already, as word lists ("this time", "by now", "actually"). */
  letdowns: Phrases;
  /** Prepositions that name what an emotion is about ("disappointed about", "fed up with"). */
  emotionObjects: ReadonlySet<string>;
  /** Coordinators and interjections a retort may open with ("and", "oh"), as one set. */
  openers: ReadonlySet<string>;
  /** Verbs of saying ("say", "mention") that open a preamble after a lead ({@link preambleVerb}). */
  preambleVerbs: ReadonlySet<string>;
  /** Words right before a preamble verb that make it the writer's own ("to", "must", "just"). */
  preambleLeads: ReadonlySet<string>;
  /** Verbs of complaining ("complain", "moan"): negated, they disclaim a complaint ({@link disclaims}). */
  disclaimedVerbs: ReadonlySet<string>;
  /** Written laughter and laughing emoji ("lol", "haha", "😂"): closing a short clause, a quip ({@link laughTail}). */
  laughTags: ReadonlySet<string>;
  /** Openings that echo a sarcastic word before them ("another", "yet another", "more"): "Great, another delay." ({@link echoesSarcasm}). */
  sarcasmEchoes: Phrases;
}

/** A preamble has at most this many words before its verb ("I would just like to say"). */
export const PREAMBLE_WORDS = 5;

/** A retort tag has at most this many words ("see how that goes for you"); the split tests no longer clause. */
export const RETORT_WORDS = 6;

/**
 * The clause's words, after opening coordinators and interjections ("oh come on"), are one retort
 * tag; handles, hashtags, emoji and punctuation around them do not count. Called only for short
 * clauses that close or open their sentence.
 */
export function isRetort(tokens: readonly Token[], cl: Clause, words: TagWords): boolean {
  // the first word after the openers, and the last word: no string is built
  let first = cl.from;
  while (first < cl.to && (tokens[first]!.kind !== 'word' || words.openers.has(tokens[first]!.norm))) {
    if (tokens[first]!.kind !== 'word' && !skippable(tokens[first]!)) return false;
    first++;
  }
  let last = cl.to - 1;
  while (last >= first && tokens[last]!.kind !== 'word') {
    if (!skippable(tokens[last]!)) return false;
    last--;
  }
  if (first > last) return false;
  for (const r of words.retorts.startingWith(tokens[first]!.norm) ?? []) {
    let i = first;
    let m = 0;
    while (m < r.length && i <= last && tokens[i]!.kind === 'word' && tokens[i]!.norm === r[m]) {
      i++;
      m++;
    }
    if (m === r.length && i === last + 1) return true;
  }
  return false;
}

/** A token a retort may carry beside its words: punctuation, a handle, a hashtag, an emoji. */
function skippable(t: Token): boolean {
  return t.kind === 'punct' || t.kind === 'handle' || t.kind === 'hashtag' || t.kind === 'emoji' || t.kind === 'emoticon';
}

/**
 * The clause hopes for what should have happened already: a hope word and a let-down marker
 * ("Hopefully someone actually calls back this time.", "was hoping it'd be fixed by now"). A plain
 * hope ("hopefully a one-off", "hoping to hear soon") looks ahead and is not one.
 */
export function letDownHope(tokens: readonly Token[], cl: Clause, words: TagWords): boolean {
  let hope = false;
  let letdown = false;
  for (let i = cl.from; i < cl.to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (words.hopes.has(t.norm)) hope = true;
    else if (!letdown) letdown = phraseEnd(tokens, i, cl.to, words.letdowns) !== -1;
  }
  return hope && letdown;
}


/**
 * The token index of the verb that closes a preamble opening the clause ("I just wanted to say
 * ...", "can I just say ...", "more to say ...", "I must say ..."): a verb of saying after a lead,
 * with at most {@link PREAMBLE_WORDS} words before it and words after it; -1 when there is none.
 * The preamble announces what the writer goes on to say, it is not itself how it felt. "they say
 * the room is gone" reports someone else (no lead), and is not one.
 */
export function preambleVerb(tokens: readonly Token[], cl: Clause, words: TagWords): number {
  let before = 0;
  for (let i = cl.from; i < cl.to && before <= PREAMBLE_WORDS; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (before > 0 && words.preambleVerbs.has(t.norm) && tokens[i - 1]!.kind === 'word' && words.preambleLeads.has(tokens[i - 1]!.norm)) {
      for (let a = i + 1; a < cl.to; a++) if (tokens[a]!.kind === 'word') return i;
      return -1;
    }
    before++;
  }
  return -1;
}

/**
 * Tokens `[from, to)` (a negative-opinion cue) disclaim a complaint: a negator and a verb of
 * complaining ("I'm not ringing to moan", "not writing to complain"): the writer says what the
 * message is not, which is neither a fact nor how it felt.
 */
export function disclaims(tokens: readonly Token[], from: number, to: number, words: TagWords, negators: ReadonlySet<string>): boolean {
  let negated = false;
  let verb = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (negators.has(t.norm)) negated = true;
    else if (words.disclaimedVerbs.has(t.norm)) verb = true;
  }
  return negated && verb;
}

/** The clause holds no laugh closing it ({@link laughTail}). */
export const LAUGH_NONE = 0;
/** A laugh closes the clause after words of its own ("so broken rn lol"). */
export const LAUGH_CLOSES = 1;
/** The clause is only the laugh ("..., lol."): it closes the clause before it. */
export const LAUGH_ALONE = 2;

/**
 * Whether a laugh ("lol", "😂") closes the clause, its punctuation aside: {@link LAUGH_CLOSES}
 * after words of its own, {@link LAUGH_ALONE} when it is all the clause holds, else
 * {@link LAUGH_NONE}. A clause that opens with a laugh ("lol sorry my cat sent that") laughs at
 * itself, not at what went wrong: none.
 */
export function laughTail(tokens: readonly Token[], cl: Clause, words: TagWords): number {
  let last = cl.to - 1;
  while (last >= cl.from && tokens[last]!.kind === 'punct') last--;
  if (last < cl.from || !isLaugh(tokens[last]!, words)) return LAUGH_NONE;
  for (let i = cl.from; i < last; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') return isLaugh(t, words) ? LAUGH_NONE : LAUGH_CLOSES;
  }
  return LAUGH_ALONE;
}

function isLaugh(t: Token, words: TagWords): boolean {
  if (t.kind === 'word') return words.laughTags.has(t.norm);
  return t.kind === 'emoji' && words.laughTags.has(t.text);
}

/** A sarcastic word's clause has at most this many words for a clause after it to echo it ("Oh great, another ..."). */
export const ECHOED_WORDS = 2;

/**
 * The clause opens with a sarcasm echo ("another", "yet another", "more": punctuation before it
 * skipped), so it names what a sarcastic word just before it mocks: "Great, another 'sorry we
 * missed you' card", "Lovely, more waiting". Called only after a short sarcastic clause in its sentence.
 */
export function echoesSarcasm(tokens: readonly Token[], cl: Clause, words: TagWords): boolean {
  const first = firstNonPunct(tokens, cl);
  return first !== -1 && tokens[first]!.kind === 'word' && phraseEnd(tokens, first, cl.to, words.sarcasmEchoes) !== -1;
}
