/**
 * Each stage on its own, for callers who want one part of the pipeline. These wrappers run the
 * stage with the bundled lexicons; `createAnalyzer` is the way to use custom ones.
 */
import { decideLevel as decide, type LevelDecision, type LevelEvidence } from './complaint/level.js';
import { CLAUSE_CLASSES, nameClauseFeatures } from './complaint/clause-model.js';
import type { ClauseLabel } from './complaint/split.js';
import { compile, type Compiled } from './lexicon/compile.js';
import { defaultLexicons } from './lexicon/defaults.js';
import { analyzeValidated, historyOf, issueOf, readMessage } from './analyze.js';
import { detectLanguage as detect } from './text/language.js';
import { normalize as normalizeWith, type Normalized } from './text/normalize.js';
import { tokenize as tokenizeText, type Token } from './text/tokenize.js';
import { sentences as sentencesOf, clauses as clausesOf } from './text/sentences.js';
import { type HistorySignals } from './signals/history.js';
import { createIssueMemo, splitCompounds } from './signals/issue.js';
import { lookupWords } from './lexicon/words.js';
import type { Analysis, AnalyzeOptions, Cue, Language, Message, Span } from './types.js';
import { validateMessage, validateOptions } from './validate.js';

let compiled: Compiled | undefined;
const lexicons = (): Compiled => (compiled ??= compile(defaultLexicons));

function asString(text: unknown, what: string): string {
  return validateMessage({ text }, what).text;
}

/** Finds the customer's own words: quoted replies, signatures and HTML left out. */
export function normalize(text: string): Normalized {
  return normalizeWith(asString(text, 'text'), lexicons().markers);
}

/** Tokenizes the customer's own words (after {@link normalize}); offsets point into `text`. */
export function tokenize(text: string): Token[] {
  const t = asString(text, 'text');
  return tokenizeText(t, normalizeWith(t, lexicons().markers).segments);
}

/** Sentences and their clauses, as spans of `text`. */
export function splitSentences(text: string, language?: Language): Array<Span & { clauses: Span[] }> {
  const t = asString(text, 'text');
  const c = lexicons();
  const tokens = tokenizeText(t, normalizeWith(t, c.markers).segments);
  const rules = language ? c[language].split : c.both.split;
  const sents = sentencesOf(tokens, rules);
  const cls = clausesOf(tokens, sents, rules);
  return sents.map((s, i) => ({
    text: t.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    clauses: cls.filter((k) => k.sentence === i).map((k) => ({ text: t.slice(k.start, k.end), start: k.start, end: k.end })),
  }));
}

/** Detects Dutch or English (`und` when it cannot tell), with a confidence 0..1. */
export function detectLanguage(text: string): { language: Language | 'und'; confidence: number } {
  const t = asString(text, 'text');
  const c = lexicons();
  // only what detection needs: the customer's own words, tokenized
  const tokens = tokenizeText(t, normalizeWith(t, c.markers).segments);
  return detect(t, tokens, lookupWords(tokens, c.words), c.languages);
}

/** Tone of a text: valence -1..1, anger 0..1, intensity 0..1, and the cues that moved it. */
export function scoreTone(text: string, language?: Language): Analysis['tone'] & { cues: Cue[] } {
  const r = readMessage(lexicons(), { text: asString(text, 'text'), language });
  return { valence: r.tone.valence, anger: r.tone.anger, intensity: r.tone.intensity, cues: r.tone.cues };
}

/** The cues in a text (repeat, waiting, demand, legal, ...), in text order. */
export function findCues(text: string, language?: Language): Cue[] {
  return readMessage(lexicons(), { text: asString(text, 'text'), language }).cueSet.cues;
}

/** Splits a text into facts and frustration. */
export function splitFacts(text: string, language?: Language): { facts: Span[]; frustration: Span[] } {
  const r = readMessage(lexicons(), { text: asString(text, 'text'), language });
  return { facts: r.split.facts, frustration: r.split.frustration };
}

/** One clause as the clause model reads it: its span, the rules' label and the names of its features. */
export interface ClauseFeatures extends Span {
  /** The label the split's rules give the clause, before the clause model. */
  rule: ClauseLabel;
  /** The features the clause model reads (names as in a `ClauseModelFile`'s weights). */
  features: string[];
  /** The rules' own evidence settles the label (an emotion, a judging word, sarcasm; thanks or praise alone; a disclaimed complaint's sentence): the clause model leaves it. */
  settled: boolean;
  /** The rules' fact and frustration spans inside the clause (a clause may be cut in parts). */
  spans: { facts: Span[]; frustration: Span[] };
}

/**
 * Each clause of a text with the rules' label and the features the clause model reads: what
 * `trainClauseModel` trains a model on, and a way to see why a clause was labelled.
 */
export function clauseFeatures(text: string, language?: Language): ClauseFeatures[] {
  const t = asString(text, 'text');
  // (the bundled lexicons carry no clause model: these are the rules' labels)
  const r = readMessage(lexicons(), { text: t, language }, true);
  const labels = r.split.labels.map((l) => CLAUSE_CLASSES.indexOf(l));
  const names = nameClauseFeatures({ tokens: r.tokens, clauses: r.clauses, labels, cueLists: [r.cueSet.cues, r.tone.cues] });
  const inside = (spans: readonly Span[], cl: { start: number; end: number }): Span[] =>
    spans.filter((s) => s.end > cl.start && s.start < cl.end).map((s) => {
      const start = Math.max(s.start, cl.start);
      const end = Math.min(s.end, cl.end);
      return { text: t.slice(start, end), start, end };
    });
  return r.clauses.map((cl, k) => ({
    text: t.slice(cl.start, cl.end),
    start: cl.start,
    end: cl.end,
    rule: r.split.labels[k]!,
    features: names[k]!,
    settled: r.split.settled![k] === 1,
    spans: { facts: inside(r.split.facts, cl), frustration: inside(r.split.frustration, cl) },
  }));
}

/** Decides the level from evidence (the pure decision function of the pipeline). */
export function decideLevel(evidence: LevelEvidence): LevelDecision {
  return decide(evidence);
}

/**
 * Repetition and contact frequency of `message` against earlier contacts: same-issue repeats,
 * counts in the last 24 h / 7 d / 30 d, contact pressure and the customer profile.
 */
export function scoreHistory(message: Message, options: AnalyzeOptions = {}): HistorySignals {
  const m = validateMessage(message);
  const o = validateOptions(options);
  const c = lexicons();
  return historyOf(c, readMessage(c, m), m, o);
}

/** The suggested empathy-first reply for a message. */
export function suggestReply(message: Message, options: AnalyzeOptions = {}): Analysis['reply'] {
  return analyzeValidated(lexicons(), validateMessage(message), validateOptions(options)).reply;
}

/**
 * Dice similarity (0..1) of two texts on their issue keys (content stems, topic classes, compound
 * parts, numbers; identifiers and amounts count as keys too): are they about the same issue?
 */
export function similarity(a: string, b: string): number {
  const c = lexicons();
  const memo = createIssueMemo(c.stems);
  const ra = readMessage(c, { text: asString(a, 'a') });
  const rb = readMessage(c, { text: asString(b, 'b') });
  const ia = issueOf(c, ra, memo);
  const ib = issueOf(c, rb, memo);
  splitCompounds([ia, ib], c.nl.issue, c.contactStems, memo);
  // identifiers count as keys too; a topic counts once per different word of it
  const ka = new Map([...ia.keys, ...[...(ia.ids ?? [])].map((k) => [k, 1] as const)]);
  const kb = new Map([...ib.keys, ...[...(ib.ids ?? [])].map((k) => [k, 1] as const)]);
  let shared = 0;
  let size = 0;
  for (const [k, n] of ka) {
    size += n;
    shared += Math.min(n, kb.get(k) ?? 0);
  }
  for (const n of kb.values()) size += n;
  return size === 0 ? 0 : (2 * shared) / size;
}
