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
import type { Token } from '../text/tokenize.js';
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
  for (let i = at[0]; i < at[1]; i++) {
    const k = tokens[i]!.kind;
    if (k === 'number' || k === 'money' || k === 'time' || k === 'date' || k === 'ref') return true;
  }
  return false;
}

function isComma(t: Token): boolean {
  return t.kind === 'punct' && t.text.charCodeAt(0) === 44;
}
