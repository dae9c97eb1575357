/**
 * Judging words used as degree adverbs. Dutch (and colloquial English) grades praise with words that
 * judge on their own: "belachelijk snel geleverd", "krankzinnig lekkere pizza", "insanely good" mean
 * "very fast", "very tasty", "very good". Read on their own they are the customer's harshest verdicts,
 * so tone, cues and the split would all hear a complaint in praise. Right before a positively rated
 * word, such a word is read as a plain intensifier instead (`degreeStandIn` in `modifiers.json`):
 * every later stage then sees "heel snel", with no stage of its own to change.
 */
import type { Token } from '../text/tokenize.js';
import type { Language } from '../types.js';
import type { WordEntry } from './words.js';

/**
 * Replaces, in `words`, each degree judgement right before a positively rated word with `standIn`.
 * Not when the graded word is followed by a negative one ("belachelijk snel kapot": fast is bad there)
 * or when punctuation separates them ("Belachelijk. Snel ...": a verdict, then a new thought).
 */
export function regradeDegreeJudgements(
  tokens: readonly Token[],
  words: Array<WordEntry | undefined>,
  lang: Language,
  standIn: WordEntry | undefined,
): void {
  if (standIn === undefined) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (words[i]?.[lang].degreeJudgement !== true || tokens[i + 1]!.kind !== 'word') continue;
    const graded = words[i + 1]?.[lang].rating;
    if (graded === undefined || graded[0] <= 0) continue;
    const after = tokens[i + 2]?.kind === 'word' ? words[i + 2]?.[lang].rating : undefined;
    if (after !== undefined && after[0] < 0) continue;
    words[i] = standIn;
  }
}
