/**
 * Content-word stems for same-issue detection: natural's Porter stemmers (Dutch and English),
 * imported module by module, never the package root. Stop words are natural's lists.
 */
import stemNl from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';
import stemEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as stopNl } from 'natural/lib/natural/util/stopwords_nl.js';
import { words as stopEn } from 'natural/lib/natural/util/stopwords.js';
import type { Language } from '../types.js';
import type { Token } from './tokenize.js';

const STOP: Record<Language, ReadonlySet<string>> = { nl: new Set(stopNl), en: new Set(stopEn) };
/** Words shorter than this carry no topic. */
const MIN_CONTENT_LENGTH = 3;
/** Topic words considered per message: enough for any complaint, and keeps long e-mails cheap. */
const MAX_CONTENT_WORDS = 200;

/** natural's stop-word list of `lang`. */
export function stopWords(lang: Language): ReadonlySet<string> {
  return STOP[lang];
}

/** Stems a lower-case word in `lang`. */
export function stem(word: string, lang: Language): string {
  return lang === 'nl' ? stemNl.stem(word) : stemEn.stem(word);
}

/**
 * The set of content-word stems of `tokens`: words (and hashtags) that are not stop words nor
 * in `ignore` (cue and tone vocabulary says how, not what), stemmed.
 */
export function contentStems(
  tokens: readonly Token[],
  lang: Language,
  ignore?: ReadonlySet<string>,
  memo?: Map<string, string>,
): Set<string> {
  return new Set(contentTopics(tokens, lang, ignore, memo).keys());
}

/**
 * Like {@link contentStems}, keeping for each stem the first word it came from. `memo` (word ->
 * stem, one per call of the caller) saves stemming the same word again across many messages.
 */
export function contentTopics(
  tokens: readonly Token[],
  lang: Language,
  ignore?: ReadonlySet<string>,
  memo?: Map<string, string>,
): Map<string, string> {
  const stop = STOP[lang];
  const out = new Map<string, string>();
  for (const t of tokens) {
    if (out.size >= MAX_CONTENT_WORDS) break;
    if (t.kind !== 'word' && t.kind !== 'hashtag') continue;
    const w = t.kind === 'hashtag' ? t.norm.slice(1) : t.norm;
    if (w.length < MIN_CONTENT_LENGTH || stop.has(w) || ignore?.has(w)) continue;
    const key = memo ? `${lang}:${w}` : w;
    let s = memo?.get(key);
    if (s === undefined) {
      s = stem(w, lang);
      memo?.set(key, s);
    }
    if (!out.has(s)) out.set(s, w);
  }
  return out;
}

/** Dice similarity of two stem sets, with the number of shared stems. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): { score: number; shared: number } {
  if (a.size === 0 || b.size === 0) return { score: 0, shared: 0 };
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return { score: (2 * shared) / (a.size + b.size), shared };
}
