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

// Scratch space reused by every call (scoreTone runs to completion without calling out, so one set
// is enough): per-token arrays and per-sentence hit lists were allocated on every message before.
/** Tone roles of each token's word (undefined for other tokens and unknown words). */
const infoScratch: Array<WordTone | undefined> = [];
/** Rating of each token's word, from the word table or, for unknown words, the prefix trie. */
const ratingScratch: Array<Rating | undefined> = [];
/** The rated items of the current sentence: first token, token after it, rating. */
const hitAt: number[] = [];
const hitTo: number[] = [];
const hitRating: Rating[] = [];
/** Puts a rated item (tokens `at`..`to`) at place `nh` of the sentence's hits; returns the next place. */
function pushHit(nh: number, at: number, to: number, rating: Rating): number {
  hitAt[nh] = at;
  hitTo[nh] = to;
  hitRating[nh] = rating;
  return nh + 1;
}
/** End of the idiom {@link idiomAt} last matched (the token after it). */
let idiomEnd = 0;
/**
 * Scratch arrays grown past this many slots (a message of thousands of words) are emptied after the
 * call, so that one huge message does not keep its size in memory for good; a 150-character message
 * uses about 30.
 */
const SCRATCH_KEEP = 4096;

/** Empties the scratch arrays that one long message grew past {@link SCRATCH_KEEP}. */
function releaseScratch(): void {
  for (const a of [infoScratch, ratingScratch, hitAt, hitTo, hitRating] as unknown[][]) if (a.length > SCRATCH_KEEP) a.length = 0;
}

/** Whether an idiom of `info` may start at `i`: the next word is the second word of one of them. */
function mayOpenIdiom(info: WordTone, tokens: readonly Token[], words: ReadonlyArray<WordEntry | undefined>, i: number, to: number): boolean {
  if (info.idiomSingle) return true;
  let k = i + 1;
  while (k < to && tokens[k]!.kind === 'punct' && tokens[k]!.text === "'") k++;
  const id = k < to && tokens[k]!.kind === 'word' ? words[k]?.id : undefined;
  return id !== undefined && info.idiomSeconds!.has(id);
}

/** The first idiom of `list` that matches at `i` (its end goes to `idiomEnd`), or undefined. */
function idiomAt(
  list: readonly Idiom[],
  tokens: readonly Token[],
  words: ReadonlyArray<WordEntry | undefined>,
  i: number,
  to: number,
): Idiom | undefined {
  outer: for (const idiom of list) {
    let k = i;
    // words are compared by their id in the word table (every idiom word has one): no string compares
    for (const id of idiom.ids) {
      while (k < to && tokens[k]!.kind === 'punct' && tokens[k]!.text === "'") k++;
      if (k >= to || tokens[k]!.kind !== 'word' || words[k]?.id !== id) continue outer;
      k++;
    }
    idiomEnd = k;
    return idiom;
  }
  return undefined;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

function cueOf(text: string, t: Token, end: Token, kind: string, weight: number): Cue {
  return { text: text.slice(t.start, end.end), start: t.start, end: end.end, kind, weight: Math.round(weight * 1000) / 1000 };
}

/** Whether most words of the message (SHOUT_SHARE of those of two or more letters, and 3 words) are in capitals. */
function isShouting(tokens: readonly Token[]): boolean {
  let wordCount = 0;
  let capsWords = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // lengths and characters are read off the offsets and `text`: token strings come in several
    // representations, which would make `t.text.length` a megamorphic lookup
    if (t.kind !== 'word' || t.end - t.start < 2) continue;
    wordCount++;
    if (t.caps) capsWords++;
  }
  return wordCount >= 3 && capsWords / wordCount >= SHOUT_SHARE;
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
  // the word table already holds each known word's tone roles and (prefix) rating; only unknown
  // words walk the prefix trie. Every slot up to tokens.length is written: the arrays are reused.
  const infos = infoScratch;
  const ratings = ratingScratch;
  const nl = language === 'nl';
  // a capital word anywhere decides whether the message shouts; without one (most messages) it does not
  let anyCaps = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const kind = t.kind;
    if (kind !== 'word' && kind !== 'hashtag') {
      infos[i] = undefined;
      ratings[i] = undefined;
      continue;
    }
    if (t.caps) anyCaps = true;
    const e = words[i];
    if (e !== undefined) {
      const w = nl ? e.nl : e.en;
      infos[i] = w.tone;
      ratings[i] = w.rating;
    } else {
      infos[i] = undefined;
      ratings[i] = lex.prefixes.longest(kind === 'hashtag' ? t.norm.slice(1) : t.norm);
    }
  }
  const shouting = anyCaps && isShouting(tokens);
  const before = lex.scope.before;
  const after = lex.scope.after;
  let angerKeep = 1; // product of (1 - anger_i)
  let exclaimRuns = 0;
  let ci = 0;

  for (let si = 0; si < sents.length; si++) {
    const s = sents[si]!;
    const from = s.from;
    const to = s.to;
    let nh = 0;
    // one pass over the sentence: the rated items, and what sarcasm and emphasis need: a positive
    // opener among its first words, a clearly negative word, an eye-roll emoji, ! and ?
    let opener = -1;
    let seen = 0;
    let negative = problemSentences.has(si);
    let ironic = false;
    let bangs = 0;
    let questions = 0;
    // inside an idiom (up to here) words are observed but not rated on their own
    let skipTo = from;
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      const kind = t.kind;
      if (kind === 'punct') {
        let b = 0;
        for (let k = t.start; k < t.end; k++) {
          const ch = text.charCodeAt(k);
          if (ch === 33) b++;
          else if (ch === 63) questions++;
        }
        bangs += b;
        if (b >= 2) exclaimRuns++;
        continue;
      }
      if (kind === 'emoji' || kind === 'emoticon') {
        // an eye-roll or facepalm makes every positive word of its sentence ironic, not just the opener
        if (kind === 'emoji' && irony.has(t.text.replace(/\uFE0F/g, ''))) ironic = negative = true;
        const r = emoji.get(kind === 'emoticon' ? t.norm : t.text) ?? emoji.get(t.text.replace(EMOJI_VARIANTS, ''));
        if (r) {
          nh = pushHit(nh, i, i + 1, r);
        }
        continue;
      }
      if (kind !== 'word' && kind !== 'hashtag') continue;
      const info = infos[i];
      const r = ratings[i];
      if (kind === 'word') {
        seen++;
        if (opener === -1 && seen <= SARCASM_OPENER_REACH && info !== undefined && info.opener && (r === undefined || r[0] > 0)) opener = i;
        else if (r !== undefined && r[0] <= SARCASM_NEGATIVE) negative = true;
      }
      if (i < skipTo || info === undefined) {
        // (an unknown word has no roles, only a prefix rating)
        if (i >= skipTo && r !== undefined) {
          nh = pushHit(nh, i, i + 1, r);
        }
        continue;
      }
      if (info.idioms !== undefined && mayOpenIdiom(info, tokens, words, i, to)) {
        const idiom = idiomAt(info.idioms, tokens, words, i, to);
        if (idiom !== undefined) {
          nh = pushHit(nh, i, idiomEnd, idiom.rating);
          skipTo = idiomEnd;
          continue;
        }
      }
      if (info.negator) continue;
      // a modifier before a word modifies it ("super lang", "fucking useless"); its own anger
      // (a curse used as a booster) still counts
      if ((info.booster !== undefined || info.dampener !== undefined) && i + 1 < to && tokens[i + 1]!.kind === 'word') {
        if (r !== undefined && r[1] > 0) angerKeep *= 1 - r[1] * Math.min(1, Math.abs(r[0]) / ANGER_FULL_AT);
        continue;
      }
      if (r !== undefined) {
        nh = pushHit(nh, i, i + 1, r);
      }
    }

    // a sentence without rated items scores 0 (its ! and ? only emphasise a direction)
    if (nh === 0) {
      sentenceScores.push(0);
      continue;
    }

    // clause of each token, for negation scope and contrast
    while (ci < clauses.length && clauses[ci]!.to <= from) ci++;
    let contrastAt = -1;
    for (let c = ci; c < clauses.length && clauses[c]!.from < to; c++) if (clauses[c]!.contrast) contrastAt = clauses[c]!.from;

    // a positive opener with something negative in its sentence, and no contrast word (that is a
    // sincere "thanks, but ..."), is sarcasm
    const sarcasmAt = contrastAt === -1 && negative ? opener : -1;
    let sum = 0;
    // the hits come in token order, so the clause of each starts the search where the last one ended
    let c = ci;
    for (let h = 0; h < nh; h++) {
      const at = hitAt[h]!;
      const end = hitTo[h]!;
      const rating = hitRating[h]!;
      const t = tokens[at]!;
      let v = rating[0];
      let anger = rating[1];
      const kindOfItem = t.kind === 'emoji' || t.kind === 'emoticon' ? 'emoji' : end - at > 1 ? 'idiom' : 'tone';
      // boosters and dampeners up to three words before
      for (let b = 1; b <= 3 && at - b >= from; b++) {
        const m = tokens[at - b]!;
        if (m.kind !== 'word') break;
        const info = infos[at - b];
        if (info === undefined) continue;
        const boost = info.booster;
        if (boost !== undefined) v += Math.sign(v) * boost * BOOSTER_DECAY[b - 1]!;
        else if (info.dampener !== undefined) v -= Math.sign(v) * info.dampener * BOOSTER_DECAY[b - 1]!;
      }
      if (t.caps && !shouting && t.kind === 'word') v += Math.sign(v) * C_INCR;
      // negation within the clause
      while (c < clauses.length && clauses[c]!.to <= at) c++;
      const cl = clauses[c];
      let negated = false;
      if (kindOfItem !== 'emoji' && cl) {
        for (let b = 1; b <= before && at - b >= cl.from; b++) {
          if (infos[at - b]?.negator === true && !comparesAcross(tokens, at - b, at, lex.superlative)) {
            negated = true;
            break;
          }
        }
        for (let a = 0; a < after && end + a < cl.to; a++) {
          const isNegator = infos[end + a]?.negator === true;
          if (isNegator) negated = true;
          else if (tokens[end + a]!.kind === 'word' && ratings[end + a] !== undefined) break;
        }
      }
      const last = tokens[end - 1]!;
      if (negated) {
        v *= N_SCALAR;
        anger = 0;
        cues.push(cueOf(text, t, last, 'negation', v));
      }
      const sarcastic = (at === sarcasmAt || (ironic && kindOfItem !== 'emoji')) && v > 0 && !negated;
      if (sarcastic) {
        v = SARCASM_SCALAR * Math.abs(v);
        anger = Math.max(anger, SARCASM_ANGER);
        cues.push(cueOf(text, t, last, 'sarcasm', v));
      }
      if (contrastAt !== -1) v *= at < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
      sum += v;
      const a = anger * Math.min(1, Math.abs(v) / ANGER_FULL_AT);
      if (a > 0) angerKeep *= 1 - Math.min(a, 1);
      if (cl) {
        const score = clauseScores[c]!;
        score.valence += v;
        score.anger = Math.max(score.anger, a);
      }
      if (!negated && !sarcastic) cues.push(cueOf(text, t, last, kindOfItem, v));
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
    if (first) cues.push(cueOf(text, first, first, 'shouting', SHOUT_ANGER));
  }
  if (exclaimRuns > 0) angerKeep *= 1 - Math.min(exclaimRuns * EXCLAIM_ANGER, EXCLAIM_ANGER_MAX);
  let anger = 1 - angerKeep;
  // anger needs displeasure: in a clearly positive text, exclamation marks are joy
  if (valence > 0.3) anger *= 0.3;
  const intensity = clamp(Math.max(peak, Math.abs(valence), anger), 0, 1);
  if (infoScratch.length > SCRATCH_KEEP || hitAt.length > SCRATCH_KEEP) releaseScratch();

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
