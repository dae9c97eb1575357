/**
 * Felt-evaluation shapes: stretches of a clause that carry no evaluating word yet say how it went
 * rather than what happened, read off short word classes (`lexicons/<lang>/tokens.json`, the
 * `felt*` lists):
 * - a counterfactual verdict on how it went ("it should never have taken that", "I shouldn't have
 *   to chase this");
 * - a belittling "even" after a negated auxiliary: the customer measures how little they got
 *   ("I can't even log in", "they didn't even apologise");
 * - indifference after a negated auxiliary ("I don't care about the fee", "you clearly don't care");
 * - excess graded by a degree word ("too many mistakes", "so much hassle");
 * - an ownership claim ("it's my money").
 * A shape is found in its stretch: the words between the commas (or clause edges) around it.
 * Called only for clauses holding one of the trigger words ({@link feltTriggers}); a language that
 * lists none of these words never fires them.
 */
import type { Clause } from '../text/sentences.js';
import { isFigure, type Token } from '../text/tokenize.js';
import { phraseEnd, type Phrases } from './phrase.js';

/** The word classes the felt shapes read. */
export interface FeltWords {
  /** Counterfactual openings, as word lists ("should never have", "shouldn't have"). */
  counterfactuals: Phrases;
  /** Negated auxiliaries ("can't", "didn't", "never") that a minimizer or an indifference verb follows. */
  negatedAuxiliaries: ReadonlySet<string>;
  /** Minimizers ("even"): after a negated auxiliary and before a verb, how little the customer got. */
  minimizers: ReadonlySet<string>;
  /** Verbs of indifference ("care"): after a negated auxiliary, the customer or the company no longer cares. */
  indifference: ReadonlySet<string>;
  /** Degree words that grade a quantity into excess ("too", "so"). */
  excessDegrees: ReadonlySet<string>;
  /** Quantity words ("many", "much"): after a degree word and before a noun, an excess. */
  quantities: ReadonlySet<string>;
  /** Words that, right after a quantity word, show it is an amount, not a noun's quantity ("charged too much for", "paid so much on"). */
  quantityEnds: ReadonlySet<string>;
  /** Possessives that claim ownership ("my", "our"). */
  possessives: ReadonlySet<string>;
  /** What the customer has at stake ("money", "savings"): claimed after a copula and a possessive, ending its stretch. */
  stakes: ReadonlySet<string>;
  /** Copulas ("is", "it's"), shared with the split. */
  copulas: ReadonlySet<string>;
}

/** An ownership claim has at most this many words before its copula in its stretch: the subject ("it", "this"). */
const CLAIM_SUBJECT_WORDS = 1;

/** The words that make a clause worth testing for a felt shape: each shape's rarest word. */
export function feltTriggers(w: Pick<FeltWords, 'counterfactuals' | 'minimizers' | 'indifference' | 'quantities' | 'stakes'>): Set<string> {
  const out = new Set<string>();
  for (const first of w.counterfactuals.firstWords()) out.add(first);
  for (const list of [w.minimizers, w.indifference, w.quantities, w.stakes]) for (const x of list) out.add(x);
  return out;
}

/**
 * The stretch of the clause, as tokens `[from, to)` between commas or the clause's edges, that
 * holds a felt shape (see the module comment) and no number, amount, date or reference ("it
 * should not have been taken on 3 May" reports what was due); null when there is none.
 */
export function feltStretch(tokens: readonly Token[], cl: Clause, words: FeltWords): [number, number] | null {
  for (let i = cl.from; i < cl.to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const hit =
      phraseEnd(tokens, i, cl.to, words.counterfactuals) !== -1 ||
      ((words.minimizers.has(t.norm) || words.indifference.has(t.norm)) && afterNegatedAuxiliary(tokens, i, cl, words)) ||
      (words.quantities.has(t.norm) && excessive(tokens, i, cl, words));
    const at = hit || words.stakes.has(t.norm) ? stretchAround(tokens, cl, i) : null;
    if (at === null || (!hit && !owned(tokens, i, at, words)) || hasFigure(tokens, at)) continue;
    return at;
  }
  return null;
}

/** How many words the clause holds outside tokens `[from, to)`. */
export function wordsOutside(tokens: readonly Token[], cl: Clause, from: number, to: number): number {
  let n = 0;
  for (let i = cl.from; i < cl.to; i++) if ((i < from || i >= to) && tokens[i]!.kind === 'word') n++;
  return n;
}

/**
 * "can't even log in", "don't care": the word right after a negated auxiliary. A copula before
 * "even" describes ("a door that isn't even mine"), "not even" before a noun lists what was
 * missing ("not even a voucher"): neither is an auxiliary here. After "even" a word (the verb) follows.
 */
function afterNegatedAuxiliary(tokens: readonly Token[], i: number, cl: Clause, words: FeltWords): boolean {
  const prev = tokens[i - 1];
  if (i === cl.from || prev!.kind !== 'word' || !words.negatedAuxiliaries.has(prev!.norm)) return false;
  return !words.minimizers.has(tokens[i]!.norm) || (i + 1 < cl.to && tokens[i + 1]!.kind === 'word');
}

/**
 * "too many mistakes", "so much hassle": a degree word before the quantity and a word after it
 * that is not a preposition, conjunction or adverb ending the amount ("charged too much for it").
 */
function excessive(tokens: readonly Token[], i: number, cl: Clause, words: FeltWords): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return i > cl.from && prev!.kind === 'word' && words.excessDegrees.has(prev!.norm) && i + 1 < cl.to && next!.kind === 'word' && !words.quantityEnds.has(next!.norm);
}

/**
 * "It's my money", "please, is our money": copula, possessive and the stake at `i`, the stake ending
 * its stretch and at most a subject before the copula. "my money has not arrived" reports (a verb
 * follows), "the problem is my money" names (more than a subject before it).
 */
function owned(tokens: readonly Token[], i: number, at: readonly [number, number], words: FeltWords): boolean {
  for (let a = i + 1; a < at[1]; a++) if (tokens[a]!.kind === 'word') return false;
  const cop = i - 2;
  if (cop < at[0] || !words.possessives.has(tokens[i - 1]!.norm) || !words.copulas.has(tokens[cop]!.norm)) return false;
  let subject = 0;
  for (let a = at[0]; a < cop; a++) if (tokens[a]!.kind === 'word') subject++;
  return subject <= CLAIM_SUBJECT_WORDS;
}

/** The tokens between the commas (or the clause's edges) around token `i`, as `[from, to)`. */
export function stretchAround(tokens: readonly Token[], cl: Clause, i: number): [number, number] {
  let from = i;
  while (from > cl.from && !isComma(tokens[from - 1]!)) from--;
  let to = i + 1;
  while (to < cl.to && !isComma(tokens[to]!)) to++;
  return [from, to];
}

/** Tokens `[from, to)` hold a number, amount, time, date or reference. */
export function hasFigure(tokens: readonly Token[], at: readonly [number, number]): boolean {
  for (let i = at[0]; i < at[1]; i++) if (isFigure(tokens[i]!)) return true;
  return false;
}

function isComma(t: Token): boolean {
  return t.kind === 'punct' && t.text.charCodeAt(0) === 44;
}

/**
 * The word classes of the stated-verdict shapes ({@link statedVerdict}): evaluations worded as
 * plain statements, read off `lexicons/<lang>/tokens.json` (the `stated*` lists).
 */
export interface StatedWords {
  /** Verbs of harm ("ruined", "wrecked", "cost"): a situation as subject and the writer as object, how it cost them. */
  harms: ReadonlySet<string>;
  /** Subjects that stand for the situation ("this", "it", "which", "that's"): not a physical cause ("the leak"). */
  harmSubjects: ReadonlySet<string>;
  /** Auxiliaries and adverbs between the subject and a harm verb ("has", "totally"). */
  harmAuxiliaries: ReadonlySet<string>;
  /** The writer as the harmed object ("my", "our", "me", "us"). */
  harmObjects: ReadonlySet<string>;
  /** What the writer values ("weekend", "holiday", "credit"): harmed, whatever the subject, it is how it cost them. */
  valued: ReadonlySet<string>;
  /** Sweeping subjects over the addressee, as word lists ("every one of you", "none of you"): opening a stretch, an accusation. */
  sweepingSubjects: Phrases;
  /** Remedies offered to the writer ("apology", "vouchers"): as subject of a generic negation, a retort. */
  remedies: ReadonlySet<string>;
  /** Generic (present or future) negations, as word lists ("doesn't", "won't", "will not"): a past one reports. */
  genericNegations: Phrases;
  /** Verbs of making good ("pay", "fix", "get"): after a generic negation, what the remedy fails to do. */
  remedyVerbs: ReadonlySet<string>;
  /** Difficulty words ("hard", "impossible"): after a copula and without a to-infinitive, a verdict on the situation. */
  difficulties: ReadonlySet<string>;
  /** Small-words of litotes ("small", "minor"): "not a small thing" after a copula and a negator. */
  smalls: ReadonlySet<string>;
  /** Negators of litotes ("not", "no", "hardly"). */
  litoteNegators: ReadonlySet<string>;
  /** Lukewarm words ("fine", "ok"): with a closing hedge ("fine I guess") a let-down verdict. */
  lukewarm: ReadonlySet<string>;
  /** Hedging verbs after "I" ("guess", "suppose"). */
  hedgeVerbs: ReadonlySet<string>;
  /** The first-person subject of a hedge ("i"). */
  hedgeSubjects: ReadonlySet<string>;
  /** Hedges that soften an instruction into sarcasm ("perhaps", "maybe") with a let-down marker. */
  sarcasticHedges: ReadonlySet<string>;
  /** Let-down markers of a sarcastic hedge, as word lists ("this time", "for once"). */
  hedgeLetdowns: Phrases;
  /** Underwhelmed verdicts, as word lists ("could be better", "i've had better"): mild. */
  underwhelmed: Phrases;
  /** Copulas, shared with the split. */
  copulas: ReadonlySet<string>;
  /** Lead-ins (intensifiers, demonstratives), shared with the split: they may stand between a copula and its verdict. */
  leadIns: ReadonlySet<string>;
  /** Indefinite articles, shared with the split ("not a small thing"). */
  articles: ReadonlySet<string>;
  /** Infinitive markers ("to"): after a difficulty word they name the task ("hard to read"), not a verdict. */
  infinitiveMarkers: ReadonlySet<string>;
  /** Coordinators, shared with the split: one may open the clause before an elided subject ("but is impossible like this"). */
  coordinators: ReadonlySet<string>;
}

/** A stated-verdict shape that is frustration (see {@link statedVerdict}). */
export const STATED_FULL = 1;
/** A stated-verdict shape that is only mild frustration: a lukewarm verdict, a sarcastic hedge. */
export const STATED_MILD = 2;
/** A harm verb's subject is at most this many words before it, auxiliaries and adverbs skipped ("this has totally wrecked"). */
const HARM_SUBJECT_REACH = 3;
/** A valued noun follows the harmed possessive within this many words ("ruined our whole family holiday"). */
const VALUED_REACH = 3;
/** A generic negation follows its remedy within this many words ("an apology alone doesn't"). */
const REMEDY_REACH = 2;

/** The words that make a clause worth testing for a stated verdict: each shape's rarest word. */
export function statedTriggers(w: Pick<StatedWords, 'harms' | 'remedies' | 'difficulties' | 'smalls' | 'hedgeVerbs' | 'sarcasticHedges' | 'sweepingSubjects' | 'underwhelmed'>): Set<string> {
  const out = new Set<string>();
  for (const list of [w.harms, w.remedies, w.difficulties, w.smalls, w.hedgeVerbs, w.sarcasticHedges]) for (const x of list) out.add(x);
  for (const phrases of [w.sweepingSubjects, w.underwhelmed]) for (const first of phrases.firstWords()) out.add(first);
  return out;
}

/**
 * An evaluation stated as a plain statement, without an evaluating word: {@link STATED_FULL},
 * {@link STATED_MILD} or 0, with its stretch (between commas) written to `at`. The shapes:
 * - a harm to the writer stated as its cost ("this has wrecked my credit score", "it cost me a
 *   day's pay"); a physical cause reports damage ("the leak ruined my carpet");
 * - a retort that a remedy is not enough ("an apology doesn't pay my bill"); a past negation
 *   reports ("the voucher didn't cover delivery");
 * - a bare verdict of difficulty on the situation ("it's impossible like this", "which is hard for
 *   older customers"); with a to-infinitive it names the task ("it's hard to say when", "hard to
 *   read in the evening") and with a noun subject a property ("the bed is hard");
 * - litotes ("which is not a small thing");
 * - mild: a lukewarm verdict with a closing hedge ("was fine I guess"), a sarcastic hedged
 *   instruction ("perhaps knock this time"), an underwhelmed verdict ("could be better").
 * A stretch with a number, amount or date reports what it cost ("it cost me €80").
 * `roles` holds the split role bits of the clause's tokens (by token index) and `trigger` the bit of
 * {@link statedTriggers}: a word without it starts no shape and is passed over without a lookup.
 */
export function statedVerdict(tokens: readonly Token[], cl: Clause, words: StatedWords, at: [number, number], roles: ArrayLike<number>, trigger: number): number {
  for (let i = cl.from; i < cl.to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || (roles[i]! & trigger) === 0) continue;
    const n = t.norm;
    // where the verdict starts: its subject, or -1 when the shape is not there (-2: the stretch's start)
    let start = -1;
    let kind = STATED_FULL;
    if (words.harms.has(n)) start = harmed(tokens, i, cl, words);
    else if (words.remedies.has(n)) start = retorted(tokens, i, cl, words) ? -2 : -1;
    else if (words.difficulties.has(n)) start = bareDifficulty(tokens, i, cl, words);
    else if (words.smalls.has(n)) start = litotes(tokens, i, cl, words);
    else if (words.sweepingSubjects.startingWith(n) !== undefined) start = sweeping(tokens, i, cl, words);
    else {
      kind = STATED_MILD;
      if (words.hedgeVerbs.has(n)) start = lukewarmHedge(tokens, i, cl, words) ? -2 : -1;
      else if (words.sarcasticHedges.has(n)) start = hedgedLetdown(tokens, i, cl, words) ? -2 : -1;
      if (start === -1 && closingPhrase(tokens, i, cl, words.underwhelmed)) start = -2;
    }
    if (start === -1) continue;
    const s = stretchAround(tokens, cl, i);
    if (start > s[0]) s[0] = start;
    if (hasFigure(tokens, s)) continue;
    at[0] = s[0];
    at[1] = s[1];
    return kind;
  }
  return 0;
}

/** The index of the word token before `i` within the clause, or -1. */
function wordBefore(tokens: readonly Token[], i: number, cl: Clause): number {
  for (let b = i - 1; b >= cl.from; b--) {
    const k = tokens[b]!.kind;
    if (k === 'word') return b;
    if (k !== 'punct' || isComma(tokens[b]!)) return -1;
  }
  return -1;
}

/** The index of the word token after `i` within the clause, or -1. */
function wordAfter(tokens: readonly Token[], i: number, cl: Clause): number {
  for (let a = i + 1; a < cl.to; a++) {
    const k = tokens[a]!.kind;
    if (k === 'word') return a;
    if (k !== 'punct' || isComma(tokens[a]!)) return -1;
  }
  return -1;
}

/**
 * "this has wrecked my ...", "it cost me ...": the writer as object, the situation as subject; or
 * a valued thing of the writer's harmed, whatever the subject ("the delay ruined our holiday").
 * Where the verdict starts (the subject, or the stretch: -2), or -1.
 */
function harmed(tokens: readonly Token[], i: number, cl: Clause, words: StatedWords): number {
  const obj = wordAfter(tokens, i, cl);
  if (obj === -1 || !words.harmObjects.has(tokens[obj]!.norm)) return -1;
  let v = obj;
  for (let seen = 0; seen < VALUED_REACH; seen++) {
    v = wordAfter(tokens, v, cl);
    if (v === -1) break;
    if (words.valued.has(tokens[v]!.norm)) return -2;
  }
  let b = wordBefore(tokens, i, cl);
  for (let seen = 0; b !== -1 && seen < HARM_SUBJECT_REACH; seen++) {
    const w = tokens[b]!.norm;
    if (words.harmSubjects.has(w)) return b;
    if (!words.harmAuxiliaries.has(w)) return -1;
    b = wordBefore(tokens, b, cl);
  }
  return -1;
}

/** "an apology doesn't pay my bill", "post-mortems don't get me my sales back". */
function retorted(tokens: readonly Token[], i: number, cl: Clause, words: StatedWords): boolean {
  let a = i;
  for (let seen = 0; seen <= REMEDY_REACH; seen++) {
    a = wordAfter(tokens, a, cl);
    if (a === -1) return false;
    const end = phraseEnd(tokens, a, cl.to, words.genericNegations);
    if (end !== -1) return end < cl.to && tokens[end]!.kind === 'word' && words.remedyVerbs.has(tokens[end]!.norm);
  }
  return false;
}

/**
 * "it's impossible like this", "which is really hard for older customers": a copula before it
 * (lead-ins between) and no "to" after it in the clause; where the verdict starts, or -1.
 */
function bareDifficulty(tokens: readonly Token[], i: number, cl: Clause, words: StatedWords): number {
  for (let a = i + 1; a < cl.to; a++) if (tokens[a]!.kind === 'word' && words.infinitiveMarkers.has(tokens[a]!.norm)) return -1;
  let b = wordBefore(tokens, i, cl);
  while (b !== -1 && !words.copulas.has(tokens[b]!.norm) && words.leadIns.has(tokens[b]!.norm)) b = wordBefore(tokens, b, cl);
  return b === -1 || !words.copulas.has(tokens[b]!.norm) ? -1 : pronounSubject(tokens, b, cl, words);
}

/**
 * Where a verdict with its copula at `cop` starts: the situation pronoun right before the copula
 * ("which is", "it is", coordinators skipped), the copula itself when nothing comes before it
 * ("but is impossible like this", "it's"), else -1: a noun subject names a property ("the bed is hard").
 */
function pronounSubject(tokens: readonly Token[], cop: number, cl: Clause, words: StatedWords): number {
  for (let s = cop - 1; s >= cl.from; s--) {
    const t = tokens[s]!;
    if (isComma(t)) return cop;
    if (t.kind === 'punct') continue;
    if (t.kind !== 'word') return -1;
    if (words.harmSubjects.has(t.norm)) return s;
    if (!words.coordinators.has(t.norm)) return -1;
  }
  return cop;
}

/**
 * "which is not a small thing", "that's no minor issue": copula, negator, an optional article, the
 * small-word and a noun; where the verdict starts (its pronoun subject, else its stretch: -2), or -1.
 */
function litotes(tokens: readonly Token[], i: number, cl: Clause, words: StatedWords): number {
  if (wordAfter(tokens, i, cl) === -1) return -1;
  let b = wordBefore(tokens, i, cl);
  if (b !== -1 && words.articles.has(tokens[b]!.norm)) b = wordBefore(tokens, b, cl);
  if (b === -1 || !words.litoteNegators.has(tokens[b]!.norm)) return -1;
  const cop = wordBefore(tokens, b, cl);
  if (cop === -1 || !words.copulas.has(tokens[cop]!.norm)) return -1;
  const start = pronounSubject(tokens, cop, cl, words);
  return start === -1 ? -2 : start;
}

/**
 * "every one of you tells me something different", "and none of you reads the notes": a sweeping
 * subject over the addressee opening its stretch (coordinators aside) with a verb after it; its
 * start, or -1. Elsewhere it is an object ("thanks to every one of you").
 */
function sweeping(tokens: readonly Token[], i: number, cl: Clause, words: StatedWords): number {
  let b = wordBefore(tokens, i, cl);
  while (b !== -1 && words.coordinators.has(tokens[b]!.norm)) b = wordBefore(tokens, b, cl);
  if (b !== -1) return -1;
  const end = phraseEnd(tokens, i, cl.to, words.sweepingSubjects);
  return end !== -1 && end < cl.to && tokens[end]!.kind === 'word' ? i : -1;
}

/** One of `phrases` starts at `i` and no word follows it before a comma or the clause's end ("could be better.", not "could be better explained"). */
function closingPhrase(tokens: readonly Token[], i: number, cl: Clause, phrases: Phrases): boolean {
  const end = phraseEnd(tokens, i, cl.to, phrases);
  return end !== -1 && wordAfter(tokens, end - 1, cl) === -1;
}

/** "was... fine I guess?": a lukewarm word, "I" and a hedging verb that closes its stretch. */
function lukewarmHedge(tokens: readonly Token[], i: number, cl: Clause, words: StatedWords): boolean {
  if (wordAfter(tokens, i, cl) !== -1) return false;
  const subj = wordBefore(tokens, i, cl);
  if (subj === -1 || subj !== i - 1 || !words.hedgeSubjects.has(tokens[subj]!.norm)) return false;
  const w = wordBefore(tokens, subj, cl);
  return w !== -1 && words.lukewarm.has(tokens[w]!.norm);
}

/** "perhaps ask the driver to actually knock this time": a hedge, then a let-down marker in its clause. */
function hedgedLetdown(tokens: readonly Token[], i: number, cl: Clause, words: StatedWords): boolean {
  if (wordAfter(tokens, i, cl) === -1) return false;
  for (let a = i + 1; a < cl.to; a++) if (tokens[a]!.kind === 'word' && phraseEnd(tokens, a, cl.to, words.hedgeLetdowns) !== -1) return true;
  return false;
}
