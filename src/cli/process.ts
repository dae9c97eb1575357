/**
 * The record loop of `complaint-signal analyze`: every record in gives exactly one output record,
 * in input order. The analyze function and the output are injected, so the loop runs in tests
 * without the core and without a process.
 */
import { ComplaintSignalError } from '../errors.js';
import type { Analysis, AnalyzeOptions, Message } from '../index.js';
import type { Decoded, RecordError } from './records.js';

/** The signature of the library's `analyze`. */
export type AnalyzeFn = (message: Message, options?: AnalyzeOptions) => Analysis;

/** One output record: the analysis and its line, or the line and why it was not analysed. */
export type OutputRecord = ({ line: number } & Analysis) | { line: number; id?: string; error: RecordError };

/** Whether an output record is an error record. */
export function isError(out: OutputRecord): out is { line: number; id?: string; error: RecordError } {
  return 'error' in out;
}

/** One output record as the line `analyze` writes: its JSON and a line end. */
export function jsonLine(out: OutputRecord): string {
  return `${JSON.stringify(out)}\n`;
}

/** What went wrong in `analyze`, as an error record: its own code for the library's errors. */
export function errorOf(e: unknown): RecordError {
  if (e instanceof ComplaintSignalError) return { code: e.code, message: e.message };
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'internal_error', message: `Unexpected error in analyze: ${message}` };
}

/**
 * Analyses one decoded record. `base` options (the reply settings of the command line) are merged
 * under the record's own `history` and `now`. Never throws.
 */
export function analyzeRecord(line: number, decoded: Decoded, analyzeFn: AnalyzeFn, base: AnalyzeOptions = {}): OutputRecord {
  if (!decoded.ok) {
    return decoded.id === undefined ? { line, error: decoded.error } : { line, id: decoded.id, error: decoded.error };
  }
  try {
    const analysis = analyzeFn(decoded.message, { ...base, ...decoded.options });
    return { line, ...analysis };
  } catch (e) {
    const id = decoded.message.id;
    const error = errorOf(e);
    return typeof id === 'string' ? { line, id, error } : { line, error };
  }
}

/** The counts of a finished run. */
export interface ProcessResult {
  records: number;
  bad: number;
}

/** How {@link processRecords} reads, analyses and writes. */
export interface ProcessDeps<T> {
  /** Turns a source record into a message, or `null` when it is not a record (a blank line). */
  decode: (record: T) => Decoded | null;
  analyze: AnalyzeFn;
  /** Receives each output record; may return a promise to apply backpressure. */
  emit: (out: OutputRecord) => void | Promise<void>;
  /** Options for every record (reply settings). */
  options?: AnalyzeOptions;
  /** Called after each record with the count so far (progress display). */
  onRecord?: (done: number) => void;
}

/**
 * Reads `records` one at a time, analyses each, and emits one output record per input record, in
 * order. Stops early only when `emit` or the source throws (that error propagates).
 */
export async function processRecords<T extends { line: number }>(
  records: AsyncIterable<T>,
  deps: ProcessDeps<T>,
): Promise<ProcessResult> {
  let done = 0;
  let bad = 0;
  for await (const rec of records) {
    const decoded = deps.decode(rec);
    if (decoded === null) continue;
    const out = analyzeRecord(rec.line, decoded, deps.analyze, deps.options);
    if (isError(out)) bad += 1;
    done += 1;
    const pending = deps.emit(out);
    if (pending !== undefined) await pending;
    deps.onRecord?.(done);
  }
  return { records: done, bad };
}

/** The exit status of `analyze`: 0 when every record was analysed, 2 when some were not. */
export function exitStatus(result: ProcessResult): 0 | 2 {
  return result.bad > 0 ? 2 : 0;
}
