/**
 * The split: every clause is a fact (what happened, when, how long, how much, what the customer
 * needs), frustration (how it felt: anger, evaluation, swearing, sarcasm, exclamations, rhetorical
 * questions), or neither (greetings, thanks, sign-offs). Adjacent clauses of one sentence with the
 * same label are merged; spans point into the original text and never overlap.
 */
import type { Clause } from '../text/sentences.js';
import type { Token } from '../text/tokenize.js';
import type { Cue, Span } from '../types.js';

/** What the split decided for each clause, and the spans. */
export interface Split {
  facts: Span[];
  frustration: Span[];
  /** Per clause: 'fact', 'frustration' or 'none'. */
  labels: Array<'fact' | 'frustration' | 'none'>;
}

/** Cue kinds that state facts, with how much they count as fact evidence (their weight times this). */
const FACT_CUES: Record<string, number> = {
  problem: 1, waiting: 1, repeat: 0.8, demand: 1, legal: 0.7, churn: 0.6, management: 0.6, public: 0.5, urgency: 0.4, complaint: 0.4, suggestion: 0.7, question: 0.5,
};
/** Cue kinds that express frustration. */
const FRUSTRATION_CUES: Record<string, number> = { frustration: 1.2, swearing: 1.2, sarcasm: 1.1, 'negative-opinion': 0.6 };
/** Cue kinds that are pleasantries: a short clause of only these is neither. */
const PLEASANTRY = new Set(['gratitude', 'politeness', 'praise']);
/** Evidence per number, amount, time, date or reference token: facts are concrete. */
const NUMBER_FACT = 0.6;
/** A clause with this many words and no other evidence still states something: a weak fact. */
const CONTENT_WORDS = 3;
const CONTENT_FACT = 0.3;
/** A run of two or more ! (or a single one) as frustration evidence. */
const EXCLAIM_RUN = 0.6;
const EXCLAIM_ONE = 0.25;
/** A question holding a negative tone or a frustration cue is rhetorical. */
const RHETORICAL = 0.7;
/** Negative tone outside fact cues, per unit of VADER-scale valence. */
const EVALUATION_PER_VALENCE = 0.35;
/** Anger of the clause counts this much. */
const ANGER_WEIGHT = 1.2;
/** A pleasantry or greeting clause has at most this many words. */
const SHORT_CLAUSE = 5;

interface Evidence {
  fact: number;
  frustration: number;
  pleasantry: boolean;
  words: number;
}

/**
 * Labels each clause and builds the fact and frustration spans.
 * `toneClauses` holds each clause's anger; `toneCues` and `cues` are in text order.
 */
export function splitClauses(
  text: string,
  tokens: readonly Token[],
  clauses: readonly Clause[],
  toneClauses: ReadonlyArray<{ valence: number; anger: number }>,
  toneCues: readonly Cue[],
  cues: readonly Cue[],
  greetings: readonly string[],
): Split {
  const ev: Evidence[] = clauses.map(() => ({ fact: 0, frustration: 0, pleasantry: false, words: 0 }));
  const onlyPleasant = clauses.map(() => true);
  const clauseAt = makeLocator(clauses);

  const factSpans: Array<[number, number]> = [];
  for (const c of cues) {
    const k = clauseAt(c.start);
    if (k === -1) continue;
    const f = FACT_CUES[c.kind];
    const fr = FRUSTRATION_CUES[c.kind];
    if (f !== undefined) {
      ev[k]!.fact += f * c.weight;
      factSpans.push([c.start, c.end]);
    }
    if (fr !== undefined) ev[k]!.frustration += fr * c.weight;
    if (!PLEASANTRY.has(c.kind)) onlyPleasant[k] = false;
    else ev[k]!.pleasantry = true;
  }
  let j = 0;
  for (const c of toneCues) {
    if (c.weight >= 0 || c.kind === 'negation') continue;
    const k = clauseAt(c.start);
    if (k === -1) continue;
    // both lists are in text order: walk the fact spans along
    while (j < factSpans.length && factSpans[j]![1] <= c.start) j++;
    const f = factSpans[j];
    const insideFact = f !== undefined && c.start >= f[0] && c.end <= f[1];
    if (!insideFact) ev[k]!.frustration += EVALUATION_PER_VALENCE * -c.weight;
    if (c.kind === 'sarcasm') ev[k]!.frustration += FRUSTRATION_CUES.sarcasm!;
  }

  const labels: Split['labels'] = clauses.map((cl, k) => {
    const e = ev[k]!;
    let bangs = 0;
    let question = false;
    for (let i = cl.from; i < cl.to; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word') e.words++;
      else if (t.kind === 'number' || t.kind === 'money' || t.kind === 'time' || t.kind === 'date' || t.kind === 'ref') e.fact += NUMBER_FACT;
      else if (t.kind === 'punct') {
        for (const ch of t.text) {
          if (ch === '!') bangs++;
          else if (ch === '?') question = true;
        }
      }
    }
    // a ! or ? often sits right after the clause, in the next (punctuation-only) range
    e.frustration += ANGER_WEIGHT * (toneClauses[k]?.anger ?? 0);
    if (bangs >= 2) e.frustration += EXCLAIM_RUN;
    else if (bangs === 1) e.frustration += EXCLAIM_ONE;
    if (question && (e.frustration > 0 || (toneClauses[k]?.valence ?? 0) < 0)) e.frustration += RHETORICAL;
    if (e.words === 0 && e.fact === 0) return e.frustration > 0 ? 'frustration' : 'none';
    if (e.words <= SHORT_CLAUSE && e.frustration === 0 && e.fact < CONTENT_FACT && (onlyPleasant[k] && e.pleasantry || isGreeting(tokens, cl, greetings))) return 'none';
    if (e.words >= CONTENT_WORDS) e.fact += CONTENT_FACT;
    if (e.frustration > e.fact) return 'frustration';
    if (e.fact > 0) return 'fact';
    return 'none';
  });

  return { ...spans(text, tokens, clauses, labels), labels };
}

function isGreeting(tokens: readonly Token[], cl: Clause, greetings: readonly string[]): boolean {
  const words: string[] = [];
  for (let i = cl.from; i < cl.to && words.length < 4; i++) if (tokens[i]!.kind === 'word') words.push(tokens[i]!.norm);
  const head = words.join(' ');
  return greetings.some((g) => head === g || head.startsWith(g + ' '));
}

/** Returns a function from a text offset to the index of the clause holding it (-1 if none). */
function makeLocator(clauses: readonly Clause[]): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = clauses.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = clauses[mid]!;
      if (offset < c.start) hi = mid - 1;
      else if (offset >= c.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
}

function isTrailingMark(t: Token): boolean {
  return t.kind === 'punct' && (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '-' || t.text === '–' || t.text === '—' || t.text === '(' || t.text === ')');
}

function spans(
  text: string,
  tokens: readonly Token[],
  clauses: readonly Clause[],
  labels: Split['labels'],
): { facts: Span[]; frustration: Span[] } {
  const facts: Span[] = [];
  const frustration: Span[] = [];
  let prev: { label: string; sentence: number; span: Span } | undefined;
  clauses.forEach((cl, k) => {
    const label = labels[k]!;
    if (label === 'none') {
      prev = undefined;
      return;
    }
    let from = cl.from;
    let to = cl.to;
    while (to > from && isTrailingMark(tokens[to - 1]!)) to--;
    while (from < to && isTrailingMark(tokens[from]!)) from++;
    if (from >= to) return;
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    if (prev && prev.label === label && prev.sentence === cl.sentence) {
      prev.span.end = end;
      prev.span.text = text.slice(prev.span.start, end);
      return;
    }
    const span: Span = { text: text.slice(start, end), start, end };
    (label === 'fact' ? facts : frustration).push(span);
    prev = { label, sentence: cl.sentence, span };
  });
  return { facts, frustration };
}
