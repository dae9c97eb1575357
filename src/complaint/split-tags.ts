/**
 * Clause shapes of the split that are read off short word lists (`lexicons/<lang>/tokens.json`):
 * retort tags ("..., come on.", "see you there 🙂") and let-down hope ("hopefully someone actually
 * calls back this time"). Kept apart from split.ts's evidence weighing:
 * each shape is a yes/no test on one clause.
 */
import type { Clause } from '../text/sentences.js';
import type { Token } from '../text/tokenize.js';
import { phraseEnd, type Phrases } from './phrase.js';

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
}

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

