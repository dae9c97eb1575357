/**
 * Tone: valence (-1..1), anger (0..1) and intensity (0..1), VADER-style. Each sentence sums the
 * ratings of its words, idioms and emoji, adjusted by boosters and dampeners, negation (before the
 * word, and in Dutch also after it, within the clause), ALL CAPS, contrast (maar / but), sarcasm,
 * and ! and ? runs; each sentence is normalised on its own and the sentences are then averaged,
 * so long e-mails do not saturate. Every word or rule that moved the tone leaves a cue.
 */
import type { Idiom, Rating, ToneLexicon, WordTone } from '../lexicon/compile.js';
import type { Clause, TokenRange } from '../text/sentences.js';
import type { Token } from '../text/tokenize.js';
import type { Cue, Language } from '../types.js';
import type { WordEntry } from '../lexicon/words.js';
import { comparesAcross } from '../lexicon/degree.js';

/** The result of {@link scoreTone}. */
export interface Tone {
  valence: number;
  anger: number;
  intensity: number;
  /** Per-sentence normalised valence, in sentence order. */
  sentences: number[];
  /** Per-clause raw valence sum and anger, in clause order. */
  clauses: Array<{ valence: number; anger: number }>;
  cues: Cue[];
}

// Constants from VADER (Hutto & Gilbert 2014), empirically derived there:
/** Added to a tone word's magnitude by a booster right before it. */
export const B_INCR = 0.293;
/** Added to a tone word's magnitude when it is in ALL CAPS in a mixed-case text. */
export const C_INCR = 0.733;
/** A negated tone word flips and shrinks by this factor. */
export const N_SCALAR = -0.74;
/** Normalisation constant: sum / sqrt(sum^2 + ALPHA). */
export const ALPHA = 15;
/** Each ! adds this much emphasis (at most 4 counted). */
export const EXCLAIM_INCR = 0.292;
/** Each ? beyond the first adds this much (at most 0.96 in all). */
export const QUESTION_INCR = 0.18;
/** Before a contrast word (but / maar) a sentence's tone counts half, after it one and a half. */
export const BEFORE_CONTRAST = 0.5;
export const AFTER_CONTRAST = 1.5;
/** Boosters further away count less: one, two, three words before (VADER's 1, 0.95, 0.9). */
const BOOSTER_DECAY = [1, 0.95, 0.9];

// Our own, set by hand on the dev sets:
/** A positive word that reads as sarcasm keeps this share of its magnitude, turned negative. */
export const SARCASM_SCALAR = -0.9;
/** Sarcasm is irritation: it adds this much anger. */
export const SARCASM_ANGER = 0.35;
/** A message mostly in capitals (at least this share of its words, and 3 words) shouts. */
export const SHOUT_SHARE = 0.6;
export const SHOUT_ANGER = 0.35;
/** Runs of two or more ! add anger, this much per run, at most EXCLAIM_ANGER_MAX. */
export const EXCLAIM_ANGER = 0.12;
export const EXCLAIM_ANGER_MAX = 0.3;
/** A rating's anger counts in proportion to the strength of the word: anger * min(1, |valence| / ANGER_FULL_AT). */
export const ANGER_FULL_AT = 2;
/** Words a sarcastic opener may stand from the start of its sentence ("Geweldig, ...", "Oh great, ..."). */
const SARCASM_OPENER_REACH = 3;
/** A word at least this negative in the same sentence makes a positive opener read as sarcasm. */
const SARCASM_NEGATIVE = -1.5;
/** Variation selectors and skin tones: 👍🏽 is rated as 👍. */
const EMOJI_VARIANTS = /[\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}]/gu;

interface Hit {
  /** token index of the rated item (for idioms, the first word) */
  at: number;
  /** token index after the item */
  to: number;
  rating: Rating;
}

/** Whether an idiom of `info` may start at `i`: the next word is the second word of one of them. */
function mayOpenIdiom(info: WordTone, tokens: readonly Token[], words: ReadonlyArray<WordEntry | undefined>, i: number, to: number): boolean {
  if (info.idioms === undefined) return false;
  if (info.idiomSingle) return true;
  let k = i + 1;
  while (k < to && tokens[k]!.kind === 'punct' && tokens[k]!.text === "'") k++;
  const id = k < to && tokens[k]!.kind === 'word' ? words[k]?.id : undefined;
  return id !== undefined && info.idiomSeconds!.has(id);
}

function idiomAt(
  list: readonly Idiom[] | undefined,
  tokens: readonly Token[],
  words: ReadonlyArray<WordEntry | undefined>,
  i: number,
  to: number,
): Hit | undefined {
  if (!list) return undefined;
  outer: for (const idiom of list) {
    let k = i;
    // words are compared by their id in the word table (every idiom word has one): no string compares
    for (const id of idiom.ids) {
      while (k < to && tokens[k]!.kind === 'punct' && tokens[k]!.text === "'") k++;
      if (k >= to || tokens[k]!.kind !== 'word' || words[k]?.id !== id) continue outer;
      k++;
    }
    return { at: i, to: k, rating: idiom.rating };
  }
  return undefined;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

function cueOf(t: Token, end: Token, kind: string, weight: number): Cue {
  return { text: '', start: t.start, end: end.end, kind, weight: Math.round(weight * 1000) / 1000 };
}

/**
 * Scores the tone of `tokens`. `problemAt` marks sentences with a negative fact (from the cues),
 * which turns a positive opener in them into sarcasm.
 */
export function scoreTone(
  text: string,
  tokens: readonly Token[],
  words: ReadonlyArray<WordEntry | undefined>,
  language: Language,
  sents: readonly TokenRange[],
  clauses: readonly Clause[],
  lex: ToneLexicon,
  emoji: ReadonlyMap<string, Rating>,
  problemSentences: ReadonlySet<number> = new Set(),
  irony: ReadonlySet<string> = new Set(),
): Tone {
  const cues: Cue[] = [];
  const sentenceScores: number[] = [];
  const clauseScores = clauses.map(() => ({ valence: 0, anger: 0 }));
  let wordCount = 0;
  let capsWords = 0;
  for (const t of tokens) {
    // lengths and characters are read off the offsets and `text`: token strings come in several
    // representations, which would make `t.text.length` a megamorphic lookup
    if (t.kind !== 'word' || t.end - t.start < 2) continue;
    wordCount++;
    if (t.caps) capsWords++;
  }
  const shouting = wordCount >= 3 && capsWords / wordCount >= SHOUT_SHARE;
  // the word table already holds each known word's tone roles and (prefix) rating; only unknown
  // words walk the prefix trie
  const infos: Array<WordTone | undefined> = new Array(tokens.length);
  const ratings: Array<Rating | undefined> = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'hashtag') continue;
    const e = words[i];
    if (e !== undefined) {
      const w = language === 'nl' ? e.nl : e.en;
      infos[i] = w.tone;
      ratings[i] = w.rating;
    } else {
      ratings[i] = lex.prefixes.longest(t.kind === 'hashtag' ? t.norm.slice(1) : t.norm);
    }
  }
  const rate = (i: number): Rating | undefined => ratings[i];
  const isNegator = (i: number): boolean => infos[i]?.negator === true;
  let angerKeep = 1; // product of (1 - anger_i)
  let exclaimRuns = 0;
  let ci = 0;

  // what one sentence holds for sarcasm and emphasis, gathered by `observe` as the sentence is read:
  // a positive opener among its first words, a clearly negative word, an eye-roll emoji, ! and ?
  let opener = -1;
  let seen = 0;
  let negative = false;
  let ironic = false;
  let bangs = 0;
  let questions = 0;
  const observe = (i: number): void => {
    const t = tokens[i]!;
    if (t.kind === 'punct') {
      let b = 0;
      for (let k = t.start; k < t.end; k++) {
        const ch = text.charCodeAt(k);
        if (ch === 33) b++;
        else if (ch === 63) questions++;
      }
      bangs += b;
      if (b >= 2) exclaimRuns++;
    } else if (t.kind === 'emoji') {
      // an eye-roll or facepalm makes every positive word of its sentence ironic, not just the opener
      if (irony.has(t.text.replace(/\uFE0F/g, ''))) ironic = negative = true;
    } else if (t.kind === 'word') {
      seen++;
      const r = ratings[i];
      if (opener === -1 && seen <= SARCASM_OPENER_REACH && infos[i]?.opener === true && (r?.[0] ?? 1) > 0) opener = i;
      else if ((r?.[0] ?? 0) <= SARCASM_NEGATIVE) negative = true;
    }
  };

  for (let si = 0; si < sents.length; si++) {
    const s = sents[si]!;
    const hits: Hit[] = [];
    // one pass over the sentence: the rated items, and what sarcasm and emphasis need
    opener = -1;
    seen = 0;
    negative = problemSentences.has(si);
    ironic = false;
    bangs = 0;
    questions = 0;
    for (let i = s.from; i < s.to; i++) {
      const t = tokens[i]!;
      observe(i);
      if (t.kind === 'emoji' || t.kind === 'emoticon') {
        const r = emoji.get(t.kind === 'emoticon' ? t.norm : t.text) ?? emoji.get(t.text.replace(EMOJI_VARIANTS, ''));
        if (r) hits.push({ at: i, to: i + 1, rating: r });
        continue;
      }
      if (t.kind !== 'word' && t.kind !== 'hashtag') continue;
      const info = infos[i];
      const idiom = info !== undefined && mayOpenIdiom(info, tokens, words, i, s.to) ? idiomAt(info.idioms, tokens, words, i, s.to) : undefined;
      if (idiom) {
        hits.push(idiom);
        for (let k = i + 1; k < idiom.to; k++) observe(k);
        i = idiom.to - 1;
        continue;
      }
      if (info?.negator) continue;
      const next = tokens[i + 1];
      const isModifier = info !== undefined && (info.booster !== undefined || info.dampener !== undefined);
      const r = rate(i);
      // a modifier before a word modifies it ("super lang", "fucking useless"); its own anger
      // (a curse used as a booster) still counts
      if (isModifier && next && i + 1 < s.to && next.kind === 'word') {
        if (r && r[1] > 0) angerKeep *= 1 - r[1] * Math.min(1, Math.abs(r[0]) / ANGER_FULL_AT);
        continue;
      }
      if (r) hits.push({ at: i, to: i + 1, rating: r });
    }

    // clause of each token, for negation scope and contrast
    while (ci < clauses.length && clauses[ci]!.to <= s.from) ci++;
    const clauseOf = (i: number): number => {
      let c = ci;
      while (c < clauses.length && clauses[c]!.to <= i) c++;
      return c;
    };
    let contrastAt = -1;
    for (let c = ci; c < clauses.length && clauses[c]!.from < s.to; c++) if (clauses[c]!.contrast) contrastAt = clauses[c]!.from;

    // a positive opener with something negative in its sentence, and no contrast word (that is a
    // sincere "thanks, but ..."), is sarcasm
    const sarcasmAt = contrastAt === -1 && negative ? opener : -1;
    let sum = 0;
    for (const h of hits) {
      const t = tokens[h.at]!;
      let [v, anger] = h.rating;
      const kindOfItem = t.kind === 'emoji' || t.kind === 'emoticon' ? 'emoji' : h.to - h.at > 1 ? 'idiom' : 'tone';
      // boosters and dampeners up to three words before
      for (let b = 1; b <= 3 && h.at - b >= s.from; b++) {
        const m = tokens[h.at - b]!;
        if (m.kind !== 'word') break;
        const boost = infos[h.at - b]?.booster;
        const damp = infos[h.at - b]?.dampener;
        if (boost !== undefined) v += Math.sign(v) * boost * BOOSTER_DECAY[b - 1]!;
        else if (damp !== undefined) v -= Math.sign(v) * damp * BOOSTER_DECAY[b - 1]!;
      }
      if (t.caps && !shouting && t.kind === 'word') v += Math.sign(v) * C_INCR;
      // negation within the clause
      const c = clauseOf(h.at);
      const cl = clauses[c];
      let negated = false;
      if (kindOfItem !== 'emoji' && cl) {
        for (let b = 1; b <= lex.scope.before && h.at - b >= cl.from; b++) {
          if (isNegator(h.at - b) && !comparesAcross(tokens, h.at - b, h.at, lex.superlative)) negated = true;
        }
        for (let a = 0; a < lex.scope.after && h.to + a < cl.to; a++) {
          const n = tokens[h.to + a]!;
          if (isNegator(h.to + a)) negated = true;
          if (n.kind === 'word' && rate(h.to + a) && !isNegator(h.to + a)) break;
        }
      }
      if (negated) {
        v *= N_SCALAR;
        anger = 0;
        cues.push(cueOf(t, tokens[h.to - 1]!, 'negation', v));
      }
      const sarcastic = (h.at === sarcasmAt || (ironic && kindOfItem !== 'emoji')) && v > 0 && !negated;
      if (sarcastic) {
        v = SARCASM_SCALAR * Math.abs(v);
        anger = Math.max(anger, SARCASM_ANGER);
        cues.push(cueOf(t, tokens[h.to - 1]!, 'sarcasm', v));
      }
      if (contrastAt !== -1) v *= h.at < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
      sum += v;
      const a = anger * Math.min(1, Math.abs(v) / ANGER_FULL_AT);
      if (a > 0) angerKeep *= 1 - Math.min(a, 1);
      if (cl) {
        clauseScores[c]!.valence += v;
        clauseScores[c]!.anger = Math.max(clauseScores[c]!.anger, a);
      }
      if (!negated && !sarcastic) cues.push(cueOf(t, tokens[h.to - 1]!, kindOfItem, v));
    }

    // ! and ? emphasis, in the direction of the sentence
    if (sum !== 0) {
      const emph = Math.min(bangs, 4) * EXCLAIM_INCR + (questions > 1 ? Math.min((questions - 1) * QUESTION_INCR, 0.96) : 0);
      sum += Math.sign(sum) * emph;
    }
    sentenceScores.push(sum === 0 ? 0 : sum / Math.sqrt(sum * sum + ALPHA));
  }

  let valence = 0;
  let weight = 0;
  let peak = 0;
  for (const c of sentenceScores) {
    if (c === 0) continue;
    const w = 1 + Math.abs(c);
    valence += c * w;
    weight += w;
    peak = Math.max(peak, Math.abs(c));
  }
  valence = weight === 0 ? 0 : valence / weight;

  if (shouting) {
    angerKeep *= 1 - SHOUT_ANGER;
    const first = tokens.find((t) => t.caps);
    if (first) cues.push(cueOf(first, first, 'shouting', SHOUT_ANGER));
  }
  if (exclaimRuns > 0) angerKeep *= 1 - Math.min(exclaimRuns * EXCLAIM_ANGER, EXCLAIM_ANGER_MAX);
  let anger = 1 - angerKeep;
  // anger needs displeasure: in a clearly positive text, exclamation marks are joy
  if (valence > 0.3) anger *= 0.3;
  const intensity = clamp(Math.max(peak, Math.abs(valence), anger), 0, 1);

  for (const c of cues) c.text = text.slice(c.start, c.end);
  return {
    valence: round(clamp(valence, -1, 1)),
    anger: round(clamp(anger, 0, 1)),
    intensity: round(intensity),
    sentences: sentenceScores,
    clauses: clauseScores,
    cues,
  };
}


function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

