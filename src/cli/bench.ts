/**
 * `complaint-signal bench`: reads labelled corpora, analyses every record, and tallies the scores
 * (the maths is in metrics.ts, the tables in bench-format.ts).
 */
import { LEVELS } from '../complaint/level.js';
import type { AnalyzeOptions, Level, Message } from '../index.js';
import { isBlank, type SourceLine } from './lines.js';
import { addObservation, addSkipped, emptyTally, type Observation, type Tally } from './metrics.js';
import { errorOf, type AnalyzeFn } from './process.js';
import { decodeJsonLine, type RecordError } from './records.js';

/** The labels of one corpus record; absent labels are not scored. */
export type Gold = Observation['gold'];

/** A corpus record ready to analyse and score, or why it cannot be. */
export type BenchRecord =
  | { ok: true; message: Message; options: AnalyzeOptions; gold: Gold }
  | { ok: false; error: RecordError };

function stringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/**
 * Reads one corpus line. `language` is taken as a label and not passed to `analyze` as a hint
 * (else language accuracy would be a tautology); `level`, `facts` and `frustration` are labels.
 */
export function readBenchRecord(text: string): BenchRecord {
  const decoded = decodeJsonLine(text);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const raw = JSON.parse(text) as Record<string, unknown>;
  const gold: Gold = {};
  const wrong = (field: string, expected: string): BenchRecord => ({
    ok: false,
    error: { code: 'invalid_label', message: `Expected "${field}" to be ${expected}, found ${JSON.stringify(raw[field])}` },
  });
  if (raw.level !== undefined) {
    if (!LEVELS.includes(raw.level as Level)) return wrong('level', `one of ${LEVELS.join(', ')}`);
    gold.level = raw.level as Level;
  }
  if (raw.language !== undefined) {
    if (typeof raw.language !== 'string') return wrong('language', 'a string');
    gold.language = raw.language;
  }
  for (const k of ['facts', 'frustration'] as const) {
    if (raw[k] === undefined) continue;
    if (!stringList(raw[k])) return wrong(k, 'a list of strings');
    gold[k] = raw[k];
  }
  const { language: _label, ...message } = decoded.message;
  return { ok: true, message, options: decoded.options, gold };
}

/** A record that was skipped, for the report on stderr. */
export interface Skipped {
  line: number;
  error: RecordError;
}

/**
 * Scores the records of one corpus. `clock` gives milliseconds (performance.now); only the
 * analyze call is timed. Skipped records are passed to `onSkip` and counted.
 */
export async function benchLines(
  lines: AsyncIterable<SourceLine>,
  analyzeFn: AnalyzeFn,
  onSkip: (s: Skipped) => void,
  clock: () => number = () => performance.now(),
): Promise<Tally> {
  let tally = emptyTally();
  for await (const { line, text } of lines) {
    if (isBlank(text)) continue;
    const rec = readBenchRecord(text);
    if (!rec.ok) {
      onSkip({ line, error: rec.error });
      tally = addSkipped(tally);
      continue;
    }
    let observation: Observation;
    try {
      const t0 = clock();
      const a = analyzeFn(rec.message, rec.options);
      const ms = clock() - t0;
      observation = {
        gold: rec.gold,
        predicted: {
          level: a.level,
          language: a.language,
          facts: a.facts.map((s) => s.text),
          frustration: a.frustration.map((s) => s.text),
        },
        ms,
      };
    } catch (e) {
      onSkip({ line, error: errorOf(e) });
      tally = addSkipped(tally);
      continue;
    }
    tally = addObservation(tally, observation);
  }
  return tally;
}

/**
 * One untimed call, so that loading and compiling the lexicons on first use does not count as
 * analysis time. Its errors are ignored: the corpus records report their own.
 */
export function warmUp(analyzeFn: AnalyzeFn): void {
  try {
    analyzeFn({ text: 'Warm-up: this is a message to load the lexicons. Dit is een bericht.' });
  } catch {
    // the real records will show what is wrong
  }
}
