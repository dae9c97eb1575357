/**
 * The record loop of `analyze --workers N`: records are read and decoded here, grouped into
 * batches, analysed elsewhere (worker threads), and written strictly in input order. Memory stays
 * bounded: at most `maxInFlight` batches are dispatched and not yet written, and a write that has
 * to wait for the reader of stdout holds everything up.
 */
import type { OutputRecord, ProcessResult } from './process.js';
import type { Decoded } from './records.js';

/** One record of a batch: the line it starts on and what was read from it. */
export interface BatchItem {
  line: number;
  decoded: Decoded;
}

/** A batch analysed: its output lines, or its output records, with counts. */
export interface BatchResult {
  /**
   * The batch's JSON lines, each ending in `\n`, in UTF-8 (when the output is JSON lines). Bytes,
   * so a worker thread hands them over without a copy and the main thread writes them as they are.
   */
  json?: Uint8Array;
  /** The batch's output records (when the caller formats them itself, e.g. `--summary`). */
  records?: OutputRecord[];
  /** Output records in the batch (one per input record). */
  count: number;
  /** Error records among them. */
  bad: number;
}

/** How {@link processInBatches} reads, analyses and writes. */
export interface BatchDeps<T> {
  /** Turns a source record into a decoded record, or `null` when it is not a record (a blank line). */
  decode: (record: T) => Decoded | null;
  /** Analyses a batch; may finish in any order relative to other batches. */
  run: (items: BatchItem[]) => Promise<BatchResult>;
  /** Writes a batch's result; called in input order, one batch at a time; may apply backpressure. */
  write: (result: BatchResult) => void | Promise<void>;
  /** Records per batch. */
  batchSize: number;
  /** Batches dispatched and not yet written before reading waits. */
  maxInFlight: number;
  /** Called after each batch is written with the count of records written so far. */
  onRecord?: (done: number) => void;
}

/**
 * Input that pauses this long (a person typing, `tail -f`) is analysed as far as it has come
 * rather than held back until a batch is full. Long enough that a file or a busy pipe, which
 * delivers records within microseconds of each other, always fills whole batches.
 */
export const IDLE_FLUSH_MS = 50;

/**
 * Reads `records`, dispatches them in batches to `deps.run`, and writes the results in input
 * order: one output record per input record, as {@link processRecords} does in one thread.
 * Throws the first error of `run` or `write` (after which nothing more is written), else the
 * error of the source (after everything read before it was written).
 */
export async function processInBatches<T extends { line: number }>(
  records: AsyncIterable<T>,
  deps: BatchDeps<T>,
): Promise<ProcessResult> {
  let done = 0;
  let bad = 0;
  let inFlight = 0;
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  // The reorder buffer is this chain: batch k is written by the link after batch k-1's, so a batch
  // that finishes early waits, resolved, until every batch before it is out.
  let written: Promise<void> = Promise.resolve();

  const dispatch = (items: BatchItem[]): void => {
    const result = deps.run(items);
    // the failure is taken in order by the link below; this keeps an early one from being "unhandled"
    result.catch(() => {});
    inFlight += 1;
    written = written.then(async () => {
      try {
        if (failure) return;
        const r = await result;
        done += r.count;
        bad += r.bad;
        const pending = deps.write(r);
        if (pending !== undefined) await pending;
        deps.onRecord?.(done);
      } catch (e) {
        failure ??= { error: e };
      } finally {
        inFlight -= 1;
        wake?.();
      }
    });
  };

  const room = async (): Promise<void> => {
    while (inFlight >= deps.maxInFlight && !failure) await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
    if (failure) throw failure.error;
  };

  let batch: BatchItem[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (batch.length === 0) return;
    const full = batch;
    batch = [];
    dispatch(full);
  };

  let readError: { error: unknown } | undefined;
  try {
    for await (const rec of records) {
      const decoded = deps.decode(rec);
      if (decoded === null) continue;
      batch.push({ line: rec.line, decoded });
      if (batch.length === 1) timer = setTimeout(flush, IDLE_FLUSH_MS);
      if (batch.length >= deps.batchSize) {
        await room();
        flush();
      }
    }
  } catch (e) {
    readError = { error: e };
  } finally {
    // what was read is analysed and written, also when reading failed: as in one thread
    flush();
  }
  await written;
  if (failure) throw failure.error;
  if (readError) throw readError.error;
  return { records: done, bad };
}
