/**
 * Language detection for short and long messages: the caller's hint; else a cheap vote on
 * frequent words and spelling features; else franc limited to Dutch and English. Texts with too
 * few known words in either language are `und` (another language, or nothing to go on).
 */
import { franc, francAll } from 'franc';
import type { Language } from '../types.js';
import type { Token } from './tokenize.js';
import type { WordEntry } from '../lexicon/words.js';

/** The outcome of {@link detectLanguage}. */
export interface LanguageGuess {
  language: Language | 'und';
  /** 0..1 */
  confidence: number;
}

/** Vote data of one language, compiled from `lexicons/<lang>/language.json`. */
export interface LanguageModel {
  words: ReadonlySet<string>;
  /** Every other word the language's lexicons know (tone, cues), minus those the other language knows too. */
  lexiconWords: ReadonlySet<string>;
  contains: ReadonlyArray<readonly [string, number]>;
  prefixes: ReadonlyArray<readonly [string, number]>;
  suffixes: ReadonlyArray<readonly [string, number]>;
  /** prefix + stem + suffix, optionally after a particle: Dutch participles (aan-ge-vraag-d). */
  circumfixes: ReadonlyArray<{ prefix: string; suffix: string; weight: number; particles: readonly string[] }>;
}

/** A circumfixed word needs at least this many letters between prefix and suffix (ge-bel-d). */
const MIN_CIRCUMFIX_STEM = 2;

/** Votes for both languages, one lookup per word: [Dutch, English]. */
export interface LanguageModels {
  nl: LanguageModel;
  en: LanguageModel;
  votes: ReadonlyMap<string, readonly [number, number]>;
}

/** A margin this large is decided: reading on cannot change the answer (confidence > 0.98). */
const DECIDED_MARGIN = 6;

/** Builds the one-lookup vote table from the two models. */
export function languageModels(nl: LanguageModel, en: LanguageModel): LanguageModels {
  const votes = new Map<string, [number, number]>();
  const add = (w: string, i: 0 | 1, v: number): void => {
    const cur = votes.get(w) ?? [0, 0];
    cur[i] = Math.max(cur[i], v);
    votes.set(w, cur);
  };
  for (const w of nl.lexiconWords) add(w, 0, LEXICON_WORD_VOTE);
  for (const w of en.lexiconWords) add(w, 1, LEXICON_WORD_VOTE);
  for (const w of nl.words) add(w, 0, KNOWN_WORD_VOTE);
  for (const w of en.words) add(w, 1, KNOWN_WORD_VOTE);
  return { nl, en, votes };
}

/** A known frequent word counts this much; spelling features of unknown words are capped below it. */
const KNOWN_WORD_VOTE = 1;
/** A word only the language's tone or cue lexicons know: real evidence, but rarer words, so weaker. */
const LEXICON_WORD_VOTE = 0.6;
/** The most that spelling features of one unknown word can add to a language. */
const MAX_FEATURE_VOTE = 0.9;
/** A margin of votes at or above this is decided without franc. */
const SURE_MARGIN = 1.5;
/** franc's say, in votes, when the word vote is unsure (its scores are relative, 0..1)... */
const FRANC_WEIGHT = 1.2;
/** ... reached at this many letters: on a few letters trigrams say little (franc's known weak spot). */
const FRANC_FULL_LETTERS = 20;
/** Below this many letters there is nothing to tell ("👍", "?!", "12"). */
const MIN_LETTERS = 2;
/**
 * With at least this many words, a text where fewer than MIN_COVERAGE are known may be another
 * language: franc over all languages then decides whether it is.
 */
const COVERAGE_MIN_WORDS = 4;
const MIN_COVERAGE = 0.2;
/** franc's codes that mean "Dutch or English, or too close to tell" (Scots, Frisian, Afrikaans, Limburgish...). */
const NEAR = new Set(['nld', 'eng', 'sco', 'fry', 'afr', 'lim', 'vls', 'zea', 'und']);
/** franc is asked about other languages from this much text... */
const FRANC_OTHER_MIN = 20;
/** ... but only believed from this many letters; below it, the guess stands with a capped confidence. */
const OTHER_LANGUAGE_MIN_LETTERS = 40;
const FOREIGN_CAP = 0.55;
/**
 * A guess from a text where at most this share of the words is known is also capped at
 * FOREIGN_CAP: the rest may be names and typos, or another language that shares a few short words
 * with Dutch or English ("den", "to", "na", "nie"), which the vote cannot see.
 */
const KNOWN_SHARE_FOR_CONFIDENCE = 0.5;
/** Confidence rises with the margin as 1 - exp(-margin / CONFIDENCE_SCALE). */
const CONFIDENCE_SCALE = 1.6;
/** Words considered: enough to decide, and keeps long e-mails linear and cheap. */
const MAX_WORDS = 400;
/** franc reads at most this much text. */
const FRANC_MAX_CHARS = 600;

function featureVote(word: string, m: LanguageModel): number {
  let v = 0;
  for (const [s, w] of m.contains) if (word.includes(s)) v += w;
  for (const [s, w] of m.prefixes) if (word.length > s.length + 2 && word.startsWith(s)) v += w;
  for (const [s, w] of m.suffixes) if (word.length > s.length + 1 && word.endsWith(s)) v += w;
  for (const c of m.circumfixes) {
    if (!word.endsWith(c.suffix)) continue;
    const at = word.startsWith(c.prefix) ? 0 : (c.particles.find((p) => word.startsWith(p + c.prefix))?.length ?? -1);
    if (at >= 0 && word.length - at - c.prefix.length - c.suffix.length >= MIN_CIRCUMFIX_STEM) {
      v += c.weight;
      break;
    }
  }
  return Math.min(v, MAX_FEATURE_VOTE);
}

/** The words of the text, joined, for franc: handles, URLs and emoji would only confuse its trigrams. */
function francSample(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.kind !== 'word' && t.kind !== 'hashtag') continue;
    out += (out ? ' ' : '') + (t.kind === 'hashtag' ? t.text.slice(1) : t.text);
    if (out.length >= FRANC_MAX_CHARS) break;
  }
  return out.slice(0, FRANC_MAX_CHARS);
}

function fromMargin(margin: number): number {
  return 0.5 + 0.5 * (1 - Math.exp(-Math.abs(margin) / CONFIDENCE_SCALE));
}

/**
 * Guesses whether `tokens` (of `text`) are Dutch or English. `hint` wins when given.
 */
export function detectLanguage(
  text: string,
  tokens: readonly Token[],
  words: ReadonlyArray<WordEntry | undefined>,
  models: LanguageModels,
  hint?: Language,
): LanguageGuess {
  if (hint) return { language: hint, confidence: 1 };
  let nl = 0;
  let en = 0;
  let count = 0;
  let known = 0;
  let letters = 0;
  const unknown: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'hashtag') continue;
    if (count >= MAX_WORDS) break;
    const w = t.kind === 'hashtag' ? t.norm.slice(1) : t.norm;
    letters += w.length;
    count++;
    // the word table carries the vote of every word the models know
    const e = words[i];
    if (e !== undefined && e.voted) {
      known++;
      nl += e.nlVote;
      en += e.enVote;
      // clearly decided: the rest of a long message cannot change it
      if (Math.abs(nl - en) >= DECIDED_MARGIN) break;
      continue;
    }
    if (w.length >= 3) unknown.push(w);
  }
  // spelling features only when the known words leave it open: most messages never need them
  if (Math.abs(nl - en) < SURE_MARGIN) {
    for (const w of unknown) {
      nl += featureVote(w, models.nl);
      en += featureVote(w, models.en);
    }
  }
  if (letters < MIN_LETTERS) return { language: 'und', confidence: 0 };
  // few known words: maybe another language. franc over all languages can tell on a sentence,
  // not on a chat line; there it only caps the confidence of our guess
  let cap = 1;
  if (count >= COVERAGE_MIN_WORDS && known / count < MIN_COVERAGE) {
    const sample = francSample(tokens);
    if (sample.length >= FRANC_OTHER_MIN && !NEAR.has(franc(sample, { minLength: FRANC_OTHER_MIN }))) {
      if (letters >= OTHER_LANGUAGE_MIN_LETTERS) return { language: 'und', confidence: 0 };
      cap = FOREIGN_CAP;
    }
  }

  if (known <= KNOWN_SHARE_FOR_CONFIDENCE * count) cap = FOREIGN_CAP;

  let margin = nl - en;
  if (Math.abs(margin) < SURE_MARGIN) {
    const sample = francSample(tokens);
    const scores = francAll(sample, { only: ['nld', 'eng'], minLength: 1 });
    const nld = scores.find((s) => s[0] === 'nld')?.[1] ?? 0;
    const eng = scores.find((s) => s[0] === 'eng')?.[1] ?? 0;
    margin += FRANC_WEIGHT * Math.min(1, letters / FRANC_FULL_LETTERS) * (nld - eng);
  }
  if (margin === 0) return { language: 'und', confidence: 0 };
  return { language: margin > 0 ? 'nl' : 'en', confidence: Math.min(cap, fromMargin(margin)) };
}
