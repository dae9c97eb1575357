/**
 * Cues: the phrases that show why a customer is unhappy and how far they are going: asking again,
 * waiting, a failure, a demand, a manager, cancelling, going public, going to law, and the
 * friendly ones (thanks, praise, a suggestion). Patterns are data (`lexicons/<lang>/cues.json`).
 */
import { findCues, matchSeq, pushMatch, type CompiledCues, type CueHit, type CueScope, type ReportedSpeech } from '../lexicon/cue-patterns.js';
import type { Vocabulary, WordEntry } from '../lexicon/words.js';
import type { TokenRange } from '../text/sentences.js';
import type { Token } from '../text/tokenize.js';
import type { Cue, Language } from '../types.js';
import { comparesAcross, type Superlative } from '../lexicon/degree.js';
import { sortStable } from '../sort.js';

/** What {@link findMessageCues} found. */
export interface CueSet {
  /** Every cue, in text order. */
  cues: Cue[];
  /** The strongest weight per kind (0 when absent). */
  strength: ReadonlyMap<string, number>;
  /**
   * The strongest demand that asks for something: a demand cue of a `named` group ("refund",
   * "vergoeding") only names what is awaited and is left out (0 when no demand asks).
   */
  askedDemand: number;
  /** Indices of sentences holding a problem, waiting or repeat cue (a negative fact). */
  problemSentences: ReadonlySet<number>;
  /** Sentence index of each cue, parallel to `cues`. */
  sentenceOf: number[];
}

/** Kinds whose meaning flips or vanishes right after a negator ("geen klacht", "not cancelling"). */
const NEGATABLE = new Set(['complaint', 'demand', 'churn', 'legal', 'management', 'public', 'praise', 'urgency', 'suggestion', 'unrelated']);
/** Negated praise is a negative opinion ("niet tevreden", "not impressed"), at this share of its weight. */
const NEGATED_PRAISE_WEIGHT = 0.8;
/** How many words before a cue a negator reaches. */
const CUE_NEGATION_REACH = 2;
/**
 * A negative opinion right after a negator is denied ("niet slecht", "niks dramatisch", "wasn't
 * bad"): only the word just before counts, since a negator two words back usually belongs to a
 * comparison that makes it worse ("nog nooit zo slecht", "never so bad").
 */
const OPINION_NEGATION_REACH = 1;
/** No cue pattern spans more characters than this (a handful of words), which bounds the overlap check. */
const MAX_CUE_CHARS = 400;
/**
 * How many words before a cue a speech verb may stand and still report it: "told three times at
 * reception that 'head office will sort it'" has five words between.
 */
const REPORTED_REACH = 8;
/** How many words before a speech verb its subject is looked for ("staff keep saying", "I have always said"). */
const SPEAKER_REACH = 3;

/**
 * Whether the cue at token `at` is inside someone else's reported words: a speech verb stands
 * before it in the sentence (from `from`), with no first-person subject between (that opens the
 * writer's own clause: "they said no, so I asked for a manager"), and the verb's speaker is not the
 * writer (a first-person subject before it, unless passive: "I was told" is spoken to). A speech
 * verb with no subject before it is the writer's, who drops the "I" ("Told them I want a manager").
 */
export function isReported(tokens: readonly Token[], from: number, at: number, r: ReportedSpeech): boolean {
  let words = 0;
  for (let i = at - 1; i >= from; i--) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (r.selfSubjects.has(t.norm)) return false;
    if (r.speechVerbs.has(t.norm)) return spokenByOther(tokens, from, i, r);
    if (++words >= REPORTED_REACH) return false;
  }
  return false;
}

function spokenByOther(tokens: readonly Token[], from: number, verb: number, r: ReportedSpeech): boolean {
  let words = 0;
  for (let i = verb - 1; i >= from && words < SPEAKER_REACH; i--) {
    const t = tokens[i]!;
    if (t.kind === 'punct') break;
    if (t.kind !== 'word') continue;
    if (r.passives.has(t.norm)) return true;
    if (r.selfSubjects.has(t.norm)) return false;
    words++;
  }
  return words > 0;
}

/** How many words before a demand a topic word reaches ("about my refund", "over het terugstorten"). */
const TOPIC_REACH = 2;
/** A demand read as the topic weighs as a named redress does in the lexicons ("refund", "vergoeding": 0.5). */
const TOPIC_DEMAND_WEIGHT = 0.5;

/**
 * Whether one of `words` stands within `reach` words before sequence position `from`, with no
 * punctuation between (the sequence holds none, so a gap in the token indices is where it stood).
 */
function precededBy(tokens: readonly Token[], index: readonly number[], from: number, reach: number, words: ReadonlySet<string>): boolean {
  for (let b = 1; b <= reach && from - b >= 0; b++) {
    if (index[from - b + 1]! - index[from - b]! > 1) return false;
    if (words.has(tokens[index[from - b]!]!.norm)) return true;
  }
  return false;
}

/**
 * Whether an unrelated cue at sequence positions `from`.. is no life event: the organisation's own
 * ("your hospital", "bij jullie in het ziekenhuis") or a person who receives something ("a transfer
 * to my landlord", "een attest voor mijn werkgever").
 */
function ownedOrReceived(tokens: readonly Token[], index: readonly number[], length: number, from: number, to: number, scope: CueScope): boolean {
  if (precededBy(tokens, index, from, OWNER_REACH, scope.owners) || followedBy(tokens, index, length, to, OWNER_AFTER_REACH, scope.owners)) return true;
  return scope.possessives.has(tokens[index[from]!]!.norm) && precededBy(tokens, index, from, 1, scope.recipients);
}

/** How many words before an unrelated cue the organisation's possessive reaches ("jullie in het ziekenhuis", "your local hospital"). */
const OWNER_REACH = 3;
/**
 * How many words after an unrelated cue the organisation's possessive reaches: the event happened
 * in its care ("geopereerd in jullie ziekenhuis", "fell in your care home"): a preposition, then the owner.
 */
const OWNER_AFTER_REACH = 2;

/**
 * Whether one of `words` stands within `reach` words from sequence position `to` on (the first word
 * after a match), with no punctuation between. `length`: the sequence's own length (its arrays are
 * shared scratch, longer than this message's).
 */
function followedBy(tokens: readonly Token[], index: readonly number[], length: number, to: number, reach: number, words: ReadonlySet<string>): boolean {
  for (let b = 0; b < reach && to + b < length; b++) {
    if (index[to + b]! - index[to + b - 1]! > 1) return false;
    if (words.has(tokens[index[to + b]!]!.norm)) return true;
  }
  return false;
}

/** Text order; at one start the longest, then the strongest, first. */
function byPlace(a: Cue, b: Cue): number {
  return a.start - b.start || b.end - a.end || b.weight - a.weight;
}

/** Whether a negator stands strictly inside sequence positions `from`..`to` (a pattern's gap). */
function negatorInside(tokens: readonly Token[], index: readonly number[], from: number, to: number, negators: ReadonlySet<string>): boolean {
  for (let p = from + 1; p < to - 1; p++) if (negators.has(tokens[index[p]!]!.norm)) return true;
  return false;
}

/** Kinds that state a negative fact. */
const FACT_KINDS = new Set(['problem', 'waiting', 'repeat']);

/**
 * The word a token counts as in a cue pattern. Words and hashtags carry their entry already
 * ("#oplichting" is the word "oplichting"); a handle names an organisation or programme by its
 * word ("@TestAankoop", "@Consumentenbond", "@Radar"); a few other tokens (numbers, "a.u.b.")
 * may be pattern words too.
 */
function cueEntry(t: Token, entry: WordEntry | undefined, vocab: Vocabulary): WordEntry | undefined {
  if (t.kind === 'word' || t.kind === 'hashtag') return entry;
  if (t.kind === 'handle') return vocab.get(t.norm.slice(1));
  return vocab.get(t.norm);
}

/** The message, read so far, that cues are found in. */
export interface CueInput {
  text: string;
  tokens: readonly Token[];
  /** Word-table entry of each token (see `lookupWords`), parallel to `tokens`. */
  words: ReadonlyArray<WordEntry | undefined>;
  sents: readonly TokenRange[];
  language: Language;
}

/** The lexicon data cues are found with. */
export interface CueLexicon {
  cues: CompiledCues;
  vocab: Vocabulary;
  /** The language's negation words. */
  negators: ReadonlySet<string>;
  /** Emoji that turn praise in their sentence into sarcasm. */
  irony: ReadonlySet<string>;
  /** "Nooit ... zo": a negator that compares across a degree word instead of negating. */
  superlative?: Superlative;
}

/** Finds the cues of a message, sentence by sentence. */
export function findMessageCues(input: CueInput, lex: CueLexicon): CueSet {
  const { text, tokens, words, sents, language } = input;
  const { cues, vocab, negators, irony, superlative } = lex;
  const found: Array<Cue & { sentence: number; named: boolean }> = [];
  const seq = matchSeq(tokens);
  // one list for every sentence's hits, read from where the sentence's own begin: emptying it
  // between sentences (`length = 0`) went through a runtime call each time
  const hits: CueHit[] = [];
  for (let si = 0; si < sents.length; si++) {
    const s = sents[si]!;
    seq.length = 0;
    let ironic = false;
    for (let i = s.from; i < s.to; i++) {
      const t = tokens[i]!;
      if (t.kind === 'punct' || t.kind === 'symbol') continue;
      if (t.kind === 'emoji' && irony.has(t.text.replace(/\uFE0F/g, ''))) ironic = true;
      pushMatch(seq, i, cueEntry(t, words[i], vocab), language, cues);
    }
    const firstHit = hits.length;
    findCues(cues, seq, hits);
    for (let h = firstHit; h < hits.length; h++) {
      const hit = hits[h]!;
      let kind = hit.pattern.kind;
      let weight = hit.pattern.weight;
      if (
        kind === 'negative-opinion' && !hit.pattern.negated && hit.from >= OPINION_NEGATION_REACH &&
        seq.index[hit.from]! - seq.index[hit.from - OPINION_NEGATION_REACH]! === OPINION_NEGATION_REACH &&
        negators.has(tokens[seq.index[hit.from - OPINION_NEGATION_REACH]!]!.norm)
      ) continue;
      if (NEGATABLE.has(kind) && !hit.pattern.negated) {
        let negated = false;
        // the reach stops at punctuation: in "als ik niks hoor, stap ik over" the "niks" is the
        // condition's, not the threat's (the sequence holds no punctuation, so a gap in the token
        // indices is where it stood)
        for (let b = 1; b <= CUE_NEGATION_REACH && hit.from - b >= 0; b++) {
          if (seq.index[hit.from - b + 1]! - seq.index[hit.from - b]! > 1) break;
          const at = seq.index[hit.from - b]!;
          // "nog nooit zo goed geholpen" praises: nothing was ever this good
          if (negators.has(tokens[at]!.norm) && !(superlative && comparesAcross(tokens, at, seq.index[hit.from]!, superlative))) negated = true;
        }
        // "ik wil geen compensatie", "ik zeg mijn abonnement niet op": a negator in a gap of the
        // pattern denies it as one before it does (a pattern spelling out a negation is `negated`)
        if (!negated) negated = negatorInside(tokens, seq.index, hit.from, hit.to, negators);
        if (negated) {
          if (kind !== 'praise') continue;
          kind = 'negative-opinion';
          weight *= NEGATED_PRAISE_WEIGHT;
        }
      }
      let named = hit.pattern.named;
      if (cues.scope !== undefined) {
        if (kind === 'unrelated' && ownedOrReceived(tokens, seq.index, seq.length, hit.from, hit.to, cues.scope)) continue;
        // "ik bel over het terugstorten van mijn borg": the topic of a follow-up, not an ask
        if (kind === 'demand' && precededBy(tokens, seq.index, hit.from, TOPIC_REACH, cues.scope.topic)) {
          named = true;
          weight = Math.min(weight, TOPIC_DEMAND_WEIGHT);
        }
      }
      // "staff keep saying 'head office will sort it'": their words, not the writer's move
      if (cues.reported?.kinds.has(kind) && isReported(tokens, s.from, seq.index[hit.from]!, cues.reported)) continue;
      // praise next to an eye-roll or facepalm is sarcasm
      if (ironic && kind === 'praise') kind = 'sarcasm';
      const first = tokens[seq.index[hit.from]!]!;
      const last = tokens[seq.index[hit.to - 1]!]!;
      found.push({ text: '', start: first.start, end: last.end, kind, weight, sentence: si, named });
    }
  }

  // A cue inside a longer cue of another kind gives way to it ("niet tevreden" over "tevreden");
  // of the same kind and place, the longest and strongest stays.
  sortStable(found, byPlace);
  const kept: typeof found = [];
  for (const c of found) {
    let covered = false;
    // only recent cues can cover this one: patterns span a few words, so the look-back is bounded
    for (let j = kept.length - 1; j >= 0 && kept[j]!.start >= c.start - MAX_CUE_CHARS; j--) {
      const k = kept[j]!;
      if (k.start <= c.start && k.end >= c.end && (k.kind !== c.kind ? k.end - k.start > c.end - c.start : true)) {
        covered = true;
        break;
      }
    }
    if (!covered) kept.push(c);
  }

  const strength = new Map<string, number>();
  let askedDemand = 0;
  const problemSentences = new Set<number>();
  const out: Cue[] = [];
  const sentenceOf: number[] = [];
  for (const c of kept) {
    c.text = text.slice(c.start, c.end);
    strength.set(c.kind, Math.max(strength.get(c.kind) ?? 0, c.weight));
    if (c.kind === 'demand' && !c.named && c.weight > askedDemand) askedDemand = c.weight;
    if (FACT_KINDS.has(c.kind)) problemSentences.add(c.sentence);
    out.push({ text: c.text, start: c.start, end: c.end, kind: c.kind, weight: c.weight });
    sentenceOf.push(c.sentence);
  }
  return { cues: out, strength, askedDemand, problemSentences, sentenceOf };
}
