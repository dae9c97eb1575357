/**
 * Degree words that change how a judging word reads.
 *
 * Judging words used as degree adverbs: Dutch (and colloquial English) grades praise with words that
 * judge on their own: "belachelijk snel geleverd", "krankzinnig lekkere pizza", "insanely good" mean
 * "very fast", "very tasty", "very good". Read on their own they are the customer's harshest verdicts,
 * so tone, cues and the split would all hear a complaint in praise. Right before a positively rated
 * word, such a word is read as a plain intensifier instead (`degreeStandIn` in `modifiers.json`):
 * every later stage then sees "heel snel", with no stage of its own to change.
 *
 * "Never ... so" compares: "nog nooit zo goed geholpen", "never seen such bad service" say nothing
 * was ever this good or bad, so the negator does not turn the word around (tone and cues ask
 * {@link comparesAcross}).
 */
import type { Token } from '../text/tokenize.js';
import type { Language } from '../types.js';
import type { WordEntry } from './words.js';
import type { Rating } from './compile.js';

/** Negators that compare rather than negate across a degree word, and those degree words (`modifiers.json` superlative). */
export interface Superlative {
  negators: ReadonlySet<string>;
  degrees: ReadonlySet<string>;
}

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
  // `lang === 'nl' ? e.nl : e.en`, not `e[lang]`: a keyed load with two names is a generic lookup per word
  const nl = lang === 'nl';
  for (let i = 0; i + 1 < tokens.length; i++) {
    const e = words[i];
    if (e === undefined || !(nl ? e.nl : e.en).degreeJudgement || tokens[i + 1]!.kind !== 'word') continue;
    const graded = ratingOf(words[i + 1], nl);
    if (graded === undefined || graded[0] <= 0) continue;
    const after = tokens[i + 2]?.kind === 'word' ? ratingOf(words[i + 2], nl) : undefined;
    if (after !== undefined && after[0] < 0) continue;
    words[i] = standIn;
  }
}

function ratingOf(e: WordEntry | undefined, nl: boolean): Rating | undefined {
  return e === undefined ? undefined : (nl ? e.nl : e.en).rating;
}

/**
 * "Nog nooit zo goed geholpen", "never seen such bad service": a comparing negator (`never`) with a
 * degree word (`so`, `such`) between it and the tone word says nothing was ever this good or bad; it
 * does not turn the word around. Only read when a negator was found, which is rare.
 */
export function comparesAcross(tokens: readonly Token[], negator: number, word: number, s: Superlative): boolean {
  if (s.degrees.size === 0 || !s.negators.has(tokens[negator]!.norm)) return false;
  for (let k = negator + 1; k < word; k++) if (s.degrees.has(tokens[k]!.norm)) return true;
  return false;
}
