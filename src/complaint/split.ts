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
/** Cue kinds whose own words are frustration inside an otherwise factual clause. */
const ISLAND_CUES = new Set(['frustration', 'swearing', 'sarcasm']);
/** A tone word at least this negative (VADER scale) outside a fact cue is an evaluation: frustration. */
const ISLAND_VALENCE = -1.5;
/** A clause keeps its facts apart from its frustration when this many content words are left outside it. */
const MIXED_MIN_WORDS = 3;
/** Words of at least this many letters count as content when weighing a mixed clause (ik, ben, de, the do not). */
const CONTENT_WORD_LENGTH = 4;
/** A stub of at most this many content words beside an island belongs to it. */
const STUB_WORDS = 2;
/** Words that belong to the evaluation they precede ("this is ridiculous", "echt belachelijk"). */
const LEAD_INS = new Set([
  'is', 'this', 'that', "it's", "that's", 'its', 'thats', 'so', 'such', 'a', 'what', 'really', 'just', 'absolutely', 'totally', 'genuinely', 'very', 'too',
  'dit', 'dat', 'het', 'wat', 'een', 'echt', 'zo', 'gewoon', 'toch', 'heel', 'erg', 'super', 'te', "da's", 'helemaal', 'totaal',
]);
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
  const islands: Array<[number, number]> = [];
  for (const c of cues) {
    const k = clauseAt(c.start);
    if (k === -1) continue;
    const f = FACT_CUES[c.kind];
    const fr = FRUSTRATION_CUES[c.kind];
    if (f !== undefined) {
      ev[k]!.fact += f * c.weight;
      factSpans.push([c.start, c.end]);
    }
    if (fr !== undefined) {
      ev[k]!.frustration += fr * c.weight;
      if (ISLAND_CUES.has(c.kind)) islands.push([c.start, c.end]);
    }
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
    if ((!insideFact && c.weight <= ISLAND_VALENCE) || c.kind === 'sarcasm') islands.push([c.start, c.end]);
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
        for (let q = 0; q < t.text.length; q++) {
          const ch = t.text.charCodeAt(q);
          if (ch === 33) bangs++;
          else if (ch === 63) question = true;
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

  const tokenLabels = labelTokens(tokens, clauses, labels, islands);
  // built field by field: a spread would give the result a different hidden class per call, which
  // makes every later read of `facts` and `frustration` a megamorphic property lookup
  const { facts, frustration } = spans(text, tokens, clauses, tokenLabels);
  return { facts, frustration, labels };
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

/** One label per token, from its clause; frustration islands inside mixed clauses are carved out. */
function labelTokens(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  labels: Split['labels'],
  islands: Array<[number, number]>,
): Array<'fact' | 'frustration' | 'none'> {
  const out: Array<'fact' | 'frustration' | 'none'> = new Array(tokens.length).fill('none');
  const inIsland = new Uint8Array(tokens.length);
  islands.sort((a, b) => a[0] - b[0]);
  let j = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (j < islands.length && islands[j]![1] <= t.start) j++;
    // islands may overlap: look at the few that start before this token
    for (let k = j; k < islands.length && islands[k]![0] <= t.start; k++) if (t.end <= islands[k]![1]) inIsland[i] = 1;
  }
  clauses.forEach((cl, k) => {
    const label = labels[k]!;
    let islandWords = 0;
    let otherWords = 0;
    for (let i = cl.from; i < cl.to; i++) {
      if (tokens[i]!.kind !== 'word') continue;
      if (inIsland[i]) islandWords++;
      else if (contentish(tokens[i]!)) otherWords++;
    }
    if (islandWords === 0 || (label === 'none' && otherWords >= MIXED_MIN_WORDS)) {
      for (let i = cl.from; i < cl.to; i++) out[i] = label;
      return;
    }
    if (otherWords < MIXED_MIN_WORDS) {
      // little besides the evaluation: the whole clause is how it felt
      for (let i = cl.from; i < cl.to; i++) out[i] = 'frustration';
      return;
    }
    // a mixed clause: the islands (with their lead-in words and trailing ! ? emoji) are frustration;
    // a stub of one or two words before the first or after the last island goes with it
    // ("jullie checkout [is echt omslachtig]", "[van het kastje naar de muur] gestuurd")
    for (let i = cl.from; i < cl.to; i++) out[i] = 'fact';
    let first = -1;
    let last = -1;
    for (let i = cl.from; i < cl.to; i++) if (inIsland[i]) { if (first === -1) first = i; last = i; }
    const wordsIn = (a: number, b: number): number => { let n = 0; for (let i = a; i < b; i++) if (contentish(tokens[i]!)) n++; return n; };
    if (wordsIn(cl.from, first) <= STUB_WORDS) for (let i = cl.from; i < first; i++) inIsland[i] = 1;
    if (wordsIn(last + 1, cl.to) <= STUB_WORDS) for (let i = last + 1; i < cl.to; i++) inIsland[i] = 1;
    for (let i = cl.from; i < cl.to; i++) {
      if (!inIsland[i]) continue;
      out[i] = 'frustration';
      for (let b = i - 1; b >= cl.from && !inIsland[b] && out[b] !== 'frustration' && LEAD_INS.has(tokens[b]!.norm); b--) out[b] = 'frustration';
      for (let a = i + 1; a < cl.to && !inIsland[a] && (tokens[a]!.kind === 'emoji' || tokens[a]!.kind === 'emoticon' || (tokens[a]!.kind === 'punct' && /[!?]/.test(tokens[a]!.text))); a++) out[a] = 'frustration';
    }
  });
  return out;
}

/** A word that can carry content: not a short function word nor a lead-in (a cheap stand-in for a stop list). */
function contentish(t: Token): boolean {
  return t.kind === 'word' && t.norm.length >= CONTENT_WORD_LENGTH && !LEAD_INS.has(t.norm);
}

function isEdgeMark(t: Token): boolean {
  return t.kind === 'punct' && !/[!?]/.test(t.text);
}

/** Spans: maximal runs of one label within a sentence, trimmed of edge punctuation. */
function spans(
  text: string,
  tokens: readonly Token[],
  clauses: readonly Clause[],
  labels: ReadonlyArray<'fact' | 'frustration' | 'none'>,
): { facts: Span[]; frustration: Span[] } {
  const facts: Span[] = [];
  const frustration: Span[] = [];
  const flush = (from: number, to: number, label: string): void => {
    while (to > from && isEdgeMark(tokens[to - 1]!)) to--;
    while (from < to && isEdgeMark(tokens[from]!)) from++;
    if (from >= to || label === 'none') return;
    const start = tokens[from]!.start;
    const end = tokens[to - 1]!.end;
    (label === 'fact' ? facts : frustration).push({ text: text.slice(start, end), start, end });
  };
  let runFrom = -1;
  let runLabel = 'none';
  let runSentence = -1;
  for (const cl of clauses) {
    for (let i = cl.from; i < cl.to; i++) {
      const label = labels[i]!;
      if (label !== runLabel || cl.sentence !== runSentence) {
        if (runFrom !== -1) flush(runFrom, i, runLabel);
        runFrom = i;
        runLabel = label;
        runSentence = cl.sentence;
      }
    }
  }
  if (runFrom !== -1 && clauses.length > 0) flush(runFrom, clauses[clauses.length - 1]!.to, runLabel);
  return { facts, frustration };
}
