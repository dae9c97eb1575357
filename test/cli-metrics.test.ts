import { describe, expect, it } from 'vitest';
import type { Level } from '../src/index.js';
import {
  addObservation,
  addSkipped,
  emptyConfusion,
  emptyTally,
  levelMetrics,
  mergeTallies,
  prf,
  summarize,
  wordOverlap,
  words,
  type Confusion,
  type Observation,
} from '../src/cli/metrics.js';

const LADDER: Level[] = ['none', 'signal', 'feedback', 'complaint', 'escalation', 'dispute'];

/** A confusion matrix from (gold, predicted, count) triples. */
function matrix(cells: Array<[Level, Level, number]>): Confusion {
  const m = emptyConfusion();
  for (const [g, p, n] of cells) m[LADDER.indexOf(g)]![LADDER.indexOf(p)]! += n;
  return m;
}

describe('prf', () => {
  it.each([
    { name: 'half right', tp: 2, fp: 2, fn: 2, p: 0.5, r: 0.5, f: 0.5 },
    { name: 'precise, complete', tp: 3, fp: 1, fn: 0, p: 0.75, r: 1, f: 6 / 7 },
    { name: 'nothing there, nothing predicted', tp: 0, fp: 0, fn: 0, p: 1, r: 1, f: 1 },
    { name: 'something there, nothing predicted', tp: 0, fp: 0, fn: 3, p: 0, r: 0, f: 0 },
    { name: 'nothing there, something predicted', tp: 0, fp: 2, fn: 0, p: 0, r: 0, f: 0 },
    { name: 'all wrong', tp: 0, fp: 1, fn: 1, p: 0, r: 0, f: 0 },
  ])('$name', ({ tp, fp, fn, p, r, f }) => {
    const s = prf({ tp, fp, fn });
    expect(s.precision).toBeCloseTo(p, 10);
    expect(s.recall).toBeCloseTo(r, 10);
    expect(s.f1).toBeCloseTo(f, 10);
  });
});

describe('levelMetrics', () => {
  // gold none x3 (2 right, 1 as signal), gold complaint x2 (1 right, 1 as escalation)
  const m = levelMetrics(
    matrix([
      ['none', 'none', 2],
      ['none', 'signal', 1],
      ['complaint', 'complaint', 1],
      ['complaint', 'escalation', 1],
    ]),
  );

  it('per-level precision, recall, F1, support and predicted counts', () => {
    expect(m.perLevel.none).toMatchObject({ precision: 1, support: 3, predicted: 2 });
    expect(m.perLevel.none.recall).toBeCloseTo(2 / 3, 10);
    expect(m.perLevel.none.f1).toBeCloseTo(0.8, 10);
    expect(m.perLevel.complaint).toMatchObject({ precision: 1, recall: 0.5, support: 2, predicted: 1 });
    expect(m.perLevel.complaint.f1).toBeCloseTo(2 / 3, 10);
    // predicted but never gold: precision 0, excluded from macro-F1
    expect(m.perLevel.signal).toMatchObject({ precision: 0, recall: 0, f1: 0, support: 0, predicted: 1 });
    expect(m.perLevel.dispute).toMatchObject({ precision: 1, recall: 1, f1: 1, support: 0, predicted: 0 });
  });

  it('accuracy and support', () => {
    expect(m.support).toBe(5);
    expect(m.accuracy).toBeCloseTo(0.6, 10);
  });

  it('macro-F1 averages only the levels with support', () => {
    expect(m.macroF1).toBeCloseTo((0.8 + 2 / 3) / 2, 10);
  });

  it('within one level counts neighbours on the ladder as near misses', () => {
    expect(m.withinOne).toBe(1);
    const far = levelMetrics(matrix([['dispute', 'none', 1], ['signal', 'feedback', 1], ['feedback', 'escalation', 2]]));
    expect(far.withinOne).toBeCloseTo(1 / 4, 10);
    expect(far.accuracy).toBe(0);
  });

  it('binary complaint view: complaint, escalation and dispute are one class', () => {
    expect(m.complaint).toMatchObject({ precision: 1, recall: 1, f1: 1, support: 2 });
    const b = levelMetrics(matrix([['none', 'dispute', 1], ['escalation', 'feedback', 1], ['complaint', 'escalation', 2]]));
    expect(b.complaint).toMatchObject({ support: 3 });
    expect(b.complaint.precision).toBeCloseTo(2 / 3, 10);
    expect(b.complaint.recall).toBeCloseTo(2 / 3, 10);
  });

  it('keeps the confusion matrix with gold rows and predicted columns', () => {
    expect(m.confusion.labels).toEqual(LADDER);
    expect(m.confusion.matrix[0]).toEqual([2, 1, 0, 0, 0, 0]);
    expect(m.confusion.matrix[3]).toEqual([0, 0, 0, 1, 1, 0]);
  });

  it('an empty matrix scores zero rather than NaN', () => {
    const e = levelMetrics(emptyConfusion());
    expect(e).toMatchObject({ support: 0, accuracy: 0, macroF1: 0, withinOne: 0 });
  });
});

describe('words and wordOverlap', () => {
  it.each([
    { text: 'Ik wacht al 3 WEKEN!', expected: ['ik', 'wacht', 'al', '3', 'weken'] },
    { text: "Don't-stop 3x café's", expected: ['don', 't', 'stop', '3x', 'café', 's'] },
    { text: '!!! 🙄 ...', expected: [] },
    { text: '', expected: [] },
  ])('words($text)', ({ text, expected }) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    { name: 'exact', gold: ['order 12 late'], pred: ['order 12 late'], tp: 3, fp: 0, fn: 0 },
    { name: 'repeated gold word found once', gold: ['the box the box'], pred: ['the box'], tp: 2, fp: 0, fn: 2 },
    { name: 'repeated predicted word', gold: ['late late'], pred: ['late, late, late!'], tp: 2, fp: 1, fn: 0 },
    { name: 'across several strings', gold: ['paid £240', 'no chair'], pred: ['no chair, paid', 'twice'], tp: 3, fp: 1, fn: 1 },
    { name: 'case and punctuation ignored', gold: ['NOBODY ANSWERS.'], pred: ['nobody answers'], tp: 2, fp: 0, fn: 0 },
    { name: 'empty gold, empty prediction', gold: [], pred: [], tp: 0, fp: 0, fn: 0 },
    { name: 'empty gold, something predicted', gold: [], pred: ['x y'], tp: 0, fp: 2, fn: 0 },
    { name: 'gold, nothing predicted', gold: ['a b c'], pred: [], tp: 0, fp: 0, fn: 3 },
  ])('$name', ({ gold, pred, tp, fp, fn }) => {
    expect(wordOverlap(gold, pred)).toEqual({ tp, fp, fn });
  });
});

function obs(gold: Observation['gold'], predicted: Partial<Observation['predicted']> = {}, ms = 2): Observation {
  return { gold, predicted: { level: 'none', language: 'en', facts: [], frustration: [], ...predicted }, ms };
}

describe('tallies', () => {
  it('scores only the labels a record carries', () => {
    let t = emptyTally();
    t = addObservation(t, obs({ language: 'nl' }, { language: 'nl' }));
    t = addObservation(t, obs({}, {}));
    const s = summarize(t);
    expect(s.messages).toBe(2);
    expect(s.level).toBeNull();
    expect(s.facts).toBeNull();
    expect(s.frustration).toBeNull();
    expect(s.language).toEqual({ accuracy: 1, support: 1 });
  });

  it('an empty gold list is scored: an empty prediction is perfect, anything else is not', () => {
    const perfect = summarize(addObservation(emptyTally(), obs({ facts: [] }, { facts: [] })));
    expect(perfect.facts).toMatchObject({ precision: 1, recall: 1, f1: 1, records: 1, goldWords: 0, predictedWords: 0 });
    const wrong = summarize(addObservation(emptyTally(), obs({ facts: [] }, { facts: ['made up'] })));
    expect(wrong.facts).toMatchObject({ precision: 0, f1: 0, records: 1, predictedWords: 2 });
  });

  it('word F1 is micro: counts are summed over records before dividing', () => {
    let t = emptyTally();
    t = addObservation(t, obs({ frustration: ['so fed up'] }, { frustration: ['fed up'] })); // tp 2, fn 1
    t = addObservation(t, obs({ frustration: ['never again'] }, { frustration: ['never again', 'really'] })); // tp 2, fp 1
    const f = summarize(t).frustration!;
    expect(f.precision).toBeCloseTo(4 / 5, 10);
    expect(f.recall).toBeCloseTo(4 / 5, 10);
    expect(f.records).toBe(2);
  });

  it('merges across files and computes speed from analysis time', () => {
    const a = addObservation(emptyTally(), obs({ level: 'complaint', language: 'en' }, { level: 'complaint' }, 4));
    const b = addSkipped(addObservation(emptyTally(), obs({ level: 'none', language: 'en' }, { level: 'signal', language: 'nl' }, 6)));
    const s = summarize(mergeTallies(a, b));
    expect(s).toMatchObject({ messages: 2, skipped: 1 });
    expect(s.level!.accuracy).toBe(0.5);
    expect(s.language).toEqual({ accuracy: 0.5, support: 2 });
    expect(s.speed).toEqual({ messages: 2, ms: 10, messagesPerSecond: 200 });
  });

  it('addObservation does not change the tally it is given', () => {
    const t = emptyTally();
    addObservation(t, obs({ level: 'none', facts: ['a'] }));
    expect(t).toEqual(emptyTally());
  });
});
