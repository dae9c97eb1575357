/**
 * Training a clause model on your own labelled messages. The split's rules carry one team's way of
 * telling facts from frustration; people who label messages differ in it (a feeling about a fact
 * filed under facts, or a clause cut in two). A team with its own labelled messages can fit the
 * split to its labels: the model reads each clause after the rules and may label it again
 * (`src/complaint/clause-model.ts`). Pass the result to `createAnalyzer({ lexicons: { nl: { clauses } } })`.
 */
import { CLAUSE_CLASSES, RELABELS, type ClauseModelFile } from './complaint/clause-model.js';
import { clauseTarget, fitClauseWeights, type FitOptions, type TrainingClause } from './complaint/clause-train.js';
import { InvalidInputError } from './errors.js';
import { clauseFeatures } from './stages.js';
import type { Language, Level, Span } from './types.js';

/** A message with its gold spans, as in the labelled corpus format. */
export interface LabelledMessage {
  text: string;
  language?: Language;
  /** Its gold level: messages below feedback carry empty span lists by the corpus format, and are not trained on. */
  level?: Level;
  /** Exact substrings of `text`. */
  facts: readonly string[];
  /** Exact substrings of `text`. */
  frustration: readonly string[];
}

/** Settings of {@link trainClauseModel}. */
export interface TrainClauseOptions extends FitOptions {
  /** The language whose rules read the messages (default: each message's own, else detected). */
  language?: Language;
  /** {@link ClauseModelFile.margin} of the model (default 0). */
  margin?: number;
  /** What the model was trained on, in words, stored as `trainedOn`. */
  trainedOn?: string;
  /** {@link ClauseModelFile.relabel} of the model (default: absent, which is `any`). */
  relabel?: ClauseModelFile['relabel'];
}

/**
 * Levels whose gold lists are spans: below feedback a message's lists are empty by the corpus
 * format, not because no clause states a fact or a feeling.
 */
const SPLIT_LEVELS: ReadonlySet<Level> = new Set(['feedback', 'complaint', 'escalation', 'dispute']);

/** One word of a text: what the bench's word F1 counts. */
const WORD = /[\p{L}\p{N}]+/gu;

/** The gold strings of a message as spans; a string not in the text is a programmer error. */
function locate(text: string, strings: readonly string[], field: string, index: number): Span[] {
  return strings.map((g) => {
    const start = typeof g === 'string' && g.length > 0 ? text.indexOf(g) : -1;
    if (start < 0) {
      throw new InvalidInputError(
        'invalid_input',
        `message ${index}: ${field} span ${JSON.stringify(g)} is not in its text; expected an exact substring of text`,
      );
    }
    return { text: g, start, end: start + g.length };
  });
}

/** The label (0 none, 1 fact, 2 frustration) of each word of `text[start, end)` under the spans. */
function wordLabels(text: string, start: number, end: number, facts: readonly Span[], frustration: readonly Span[]): number[] {
  const out: number[] = [];
  const inside = (spans: readonly Span[], s: number, e: number): boolean => spans.some((g) => s >= g.start && e <= g.end);
  for (const m of text.slice(start, end).matchAll(WORD)) {
    const s = start + m.index;
    const e = s + m[0].length;
    out.push(inside(frustration, s, e) ? 2 : inside(facts, s, e) ? 1 : 0);
  }
  return out;
}

/**
 * The training clauses of labelled messages: every clause the rules do not settle themselves, of
 * every message at feedback or above (or with no level), with the class it should get.
 */
export function trainingClauses(messages: readonly LabelledMessage[], language?: Language): TrainingClause[] {
  const out: TrainingClause[] = [];
  messages.forEach((m, index) => {
    if (m === null || typeof m !== 'object' || typeof m.text !== 'string' || !Array.isArray(m.facts) || !Array.isArray(m.frustration)) {
      throw new InvalidInputError('invalid_input', `message ${index}: expected { text: string, facts: string[], frustration: string[] }`);
    }
    const facts = locate(m.text, m.facts, 'facts', index);
    const frustration = locate(m.text, m.frustration, 'frustration', index);
    if (m.level !== undefined && !SPLIT_LEVELS.has(m.level)) return;
    for (const c of clauseFeatures(m.text, language ?? m.language)) {
      if (c.settled) continue;
      const rule = CLAUSE_CLASSES.indexOf(c.rule);
      const gold = wordLabels(m.text, c.start, c.end, facts, frustration);
      const rules = wordLabels(m.text, c.start, c.end, c.spans.facts, c.spans.frustration);
      out.push({ features: c.features, target: clauseTarget(gold, rules, rule) });
    }
  });
  return out;
}

/**
 * Trains a clause model on labelled messages: deterministic (the same messages and options give the
 * same weights). Check it on messages it was not trained on before relying on it: the CLI's
 * `complaint-signal train` cross-validates and chooses the margin.
 */
export function trainClauseModel(messages: readonly LabelledMessage[], options: TrainClauseOptions = {}): ClauseModelFile {
  if (!Array.isArray(messages)) {
    throw new InvalidInputError('invalid_input', `trainClauseModel: expected an array of labelled messages, found ${messages === null ? 'null' : typeof messages}`);
  }
  const margin = options.margin ?? 0;
  if (!Number.isFinite(margin) || margin < 0) {
    throw new InvalidInputError('invalid_input', `trainClauseModel: margin must be a finite number >= 0; found ${String(margin)}`);
  }
  if (options.relabel !== undefined && !RELABELS.includes(options.relabel)) {
    throw new InvalidInputError('invalid_input', `trainClauseModel: relabel must be one of ${RELABELS.join(', ')}; found ${JSON.stringify(options.relabel)}`);
  }
  const examples = trainingClauses(messages, options.language);
  return {
    note: 'Weights of a clause model (complaint-signal, src/complaint/clause-model.ts): feature -> [none, fact, frustration]. Written by trainClauseModel; do not edit by hand.',
    trainedOn: options.trainedOn ?? `${examples.length} clauses of ${messages.length} messages`,
    margin,
    ...(options.relabel === undefined ? {} : { relabel: options.relabel }),
    weights: fitClauseWeights(examples, options),
  };
}
