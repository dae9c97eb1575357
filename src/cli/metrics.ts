/**
 * The maths of `complaint-signal bench`: pure functions over counts. A {@link Tally} holds the
 * sufficient statistics of a corpus (a confusion matrix, language hits, word overlaps, timing);
 * tallies add up record by record and merge across files; {@link summarize} turns one into metrics.
 *
 * Zero-division convention, used everywhere: precision is 1 when nothing was predicted and nothing
 * was there to find, 0 when nothing was predicted but something was there (recall likewise); F1 is
 * 0 when precision and recall are both 0. So a perfect score needs agreement, and an empty gold
 * list answered with an empty prediction counts as agreement.
 */
import { LEVELS } from '../complaint/level.js';
import type { Level } from '../index.js';

/** Precision, recall and their harmonic mean. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** True positives, false positives, false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 from counts (see the module's zero-division convention). */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp > 0 ? tp / (tp + fp) : fn === 0 ? 1 : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : fp === 0 ? 1 : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** The levels that count as a complaint in the binary view. */
export const COMPLAINT_LEVELS: readonly Level[] = ['complaint', 'escalation', 'dispute'];

/** A square matrix of counts: rows are gold labels, columns predicted labels, both in {@link LEVELS} order. */
export type Confusion = number[][];

/** A confusion matrix of zeros over the ladder. */
export function emptyConfusion(size = LEVELS.length): Confusion {
  return Array.from({ length: size }, () => Array<number>(size).fill(0));
}

/** Per-label scores in a confusion matrix. */
export interface LabelScore extends Prf {
  /** Gold records with this label. */
  support: number;
  /** Records predicted with this label. */
  predicted: number;
}

/** Everything {@link levelMetrics} reports. */
export interface LevelMetrics {
  /** Records with a gold level. */
  support: number;
  accuracy: number;
  /** Mean F1 over the levels with support (levels nobody was labelled with do not count). */
  macroF1: number;
  /** Share of records predicted at most one step away from the gold level on the ladder. */
  withinOne: number;
  perLevel: Record<Level, LabelScore>;
  /** Rows gold, columns predicted, in `labels` order. */
  confusion: { labels: Level[]; matrix: Confusion };
  /** Complaint (complaint, escalation, dispute) against the rest. */
  complaint: Prf & { support: number };
}

/** Scores for label `i` of a confusion matrix. */
export function labelScore(matrix: Confusion, i: number): LabelScore {
  const row = matrix[i] ?? [];
  const tp = row[i] ?? 0;
  const support = row.reduce((a, b) => a + b, 0);
  const predicted = matrix.reduce((a, r) => a + (r[i] ?? 0), 0);
  return { ...prf({ tp, fp: predicted - tp, fn: support - tp }), support, predicted };
}

/** Sum of the cells for which `keep(goldIndex, predictedIndex)` holds. */
export function sumCells(matrix: Confusion, keep: (gold: number, predicted: number) => boolean): number {
  let n = 0;
  matrix.forEach((row, g) => row.forEach((v, p) => (n += keep(g, p) ? v : 0)));
  return n;
}

/** Accuracy, macro-F1, within-one-level accuracy, per-level and binary complaint scores. */
export function levelMetrics(matrix: Confusion, labels: readonly Level[] = LEVELS): LevelMetrics {
  const support = sumCells(matrix, () => true);
  const perLevel = {} as Record<Level, LabelScore>;
  labels.forEach((l, i) => (perLevel[l] = labelScore(matrix, i)));
  const withSupport = labels.map((l) => perLevel[l]).filter((s) => s.support > 0);
  const ratio = (n: number): number => (support > 0 ? n / support : 0);
  const isComplaint = (i: number): boolean => COMPLAINT_LEVELS.includes(labels[i]!);
  const tp = sumCells(matrix, (g, p) => isComplaint(g) && isComplaint(p));
  const fp = sumCells(matrix, (g, p) => !isComplaint(g) && isComplaint(p));
  const fn = sumCells(matrix, (g, p) => isComplaint(g) && !isComplaint(p));
  return {
    support,
    accuracy: ratio(sumCells(matrix, (g, p) => g === p)),
    macroF1: withSupport.length > 0 ? withSupport.reduce((a, s) => a + s.f1, 0) / withSupport.length : 0,
    withinOne: ratio(sumCells(matrix, (g, p) => Math.abs(g - p) <= 1)),
    perLevel,
    confusion: { labels: [...labels], matrix: matrix.map((r) => [...r]) },
    complaint: { ...prf({ tp, fp, fn }), support: tp + fn },
  };
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text: lower-cased runs of letters and digits. */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

function bag(texts: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of texts) for (const w of words(t)) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/**
 * Word overlap of one record: the words of the gold strings against the words of the predicted
 * spans, as multisets (a word found twice in gold and once predicted is one hit and one miss).
 */
export function wordOverlap(gold: readonly string[], predicted: readonly string[]): Counts {
  const g = bag(gold);
  const p = bag(predicted);
  let tp = 0;
  let nGold = 0;
  let nPred = 0;
  for (const [w, n] of g) {
    nGold += n;
    tp += Math.min(n, p.get(w) ?? 0);
  }
  for (const n of p.values()) nPred += n;
  return { tp, fp: nPred - tp, fn: nGold - tp };
}

/** Word-overlap counts summed over the records that carry a gold list. */
export interface SpanTally extends Counts {
  /** Records with a gold list (empty lists included). */
  records: number;
}

/** What one analysed record contributes to a {@link Tally}; absent gold fields are not scored. */
export interface Observation {
  gold: { level?: Level; language?: string; facts?: readonly string[]; frustration?: readonly string[] };
  predicted: { level: Level; language: string; facts: readonly string[]; frustration: readonly string[] };
  /** Analysis time of this record in milliseconds. */
  ms: number;
}

/** The sufficient statistics of a scored corpus. */
export interface Tally {
  /** Records analysed. */
  messages: number;
  /** Records that could not be read or analysed. */
  skipped: number;
  /** Total analysis time in milliseconds. */
  ms: number;
  confusion: Confusion;
  language: { correct: number; total: number };
  facts: SpanTally;
  frustration: SpanTally;
}

const noSpans = (): SpanTally => ({ tp: 0, fp: 0, fn: 0, records: 0 });

/** A tally of nothing. */
export function emptyTally(): Tally {
  return {
    messages: 0,
    skipped: 0,
    ms: 0,
    confusion: emptyConfusion(),
    language: { correct: 0, total: 0 },
    facts: noSpans(),
    frustration: noSpans(),
  };
}

function addSpans(t: SpanTally, gold: readonly string[] | undefined, predicted: readonly string[]): SpanTally {
  if (gold === undefined) return t;
  const c = wordOverlap(gold, predicted);
  return { tp: t.tp + c.tp, fp: t.fp + c.fp, fn: t.fn + c.fn, records: t.records + 1 };
}

/** The tally with one more analysed record. */
export function addObservation(t: Tally, o: Observation): Tally {
  const confusion = t.confusion.map((r) => [...r]);
  if (o.gold.level !== undefined) {
    const g = LEVELS.indexOf(o.gold.level);
    const p = LEVELS.indexOf(o.predicted.level);
    if (g >= 0 && p >= 0) confusion[g]![p]! += 1;
  }
  const language =
    o.gold.language === undefined
      ? t.language
      : {
          correct: t.language.correct + (o.gold.language === o.predicted.language ? 1 : 0),
          total: t.language.total + 1,
        };
  return {
    messages: t.messages + 1,
    skipped: t.skipped,
    ms: t.ms + o.ms,
    confusion,
    language,
    facts: addSpans(t.facts, o.gold.facts, o.predicted.facts),
    frustration: addSpans(t.frustration, o.gold.frustration, o.predicted.frustration),
  };
}

/** The tally with one more record that could not be scored. */
export function addSkipped(t: Tally): Tally {
  return { ...t, skipped: t.skipped + 1 };
}

const addCounts = (a: SpanTally, b: SpanTally): SpanTally => ({
  tp: a.tp + b.tp,
  fp: a.fp + b.fp,
  fn: a.fn + b.fn,
  records: a.records + b.records,
});

/** Two tallies as one (for the combined total over several corpus files). */
export function mergeTallies(a: Tally, b: Tally): Tally {
  return {
    messages: a.messages + b.messages,
    skipped: a.skipped + b.skipped,
    ms: a.ms + b.ms,
    confusion: a.confusion.map((r, i) => r.map((v, j) => v + (b.confusion[i]?.[j] ?? 0))),
    language: { correct: a.language.correct + b.language.correct, total: a.language.total + b.language.total },
    facts: addCounts(a.facts, b.facts),
    frustration: addCounts(a.frustration, b.frustration),
  };
}

/** Word-level scores of facts or frustration. */
export interface SpanMetrics extends Prf {
  /** Records scored (they carry a gold list). */
  records: number;
  goldWords: number;
  predictedWords: number;
}

/** The metrics of a corpus; a part is `null` when no record carries its gold label. */
export interface BenchMetrics {
  messages: number;
  skipped: number;
  level: LevelMetrics | null;
  language: { accuracy: number; support: number } | null;
  facts: SpanMetrics | null;
  frustration: SpanMetrics | null;
  speed: { messages: number; ms: number; messagesPerSecond: number };
}

function spanMetrics(t: SpanTally): SpanMetrics | null {
  if (t.records === 0) return null;
  return { ...prf(t), records: t.records, goldWords: t.tp + t.fn, predictedWords: t.tp + t.fp };
}

/** Turns a tally into metrics. */
export function summarize(t: Tally): BenchMetrics {
  const levels = levelMetrics(t.confusion);
  return {
    messages: t.messages,
    skipped: t.skipped,
    level: levels.support > 0 ? levels : null,
    language: t.language.total > 0 ? { accuracy: t.language.correct / t.language.total, support: t.language.total } : null,
    facts: spanMetrics(t.facts),
    frustration: spanMetrics(t.frustration),
    speed: { messages: t.messages, ms: t.ms, messagesPerSecond: t.ms > 0 ? (t.messages * 1000) / t.ms : 0 },
  };
}
