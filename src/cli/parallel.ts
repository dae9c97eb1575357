/** `analyze --workers N`: the batch loop of `batches.ts` over a pool of worker threads. */
import { processInBatches, type BatchResult } from './batches.js';
import { FatalError } from './errors.js';
import type { ModelFile } from './model.js';
import { createPool, WorkerFailedError } from './pool.js';
import type { ProcessResult } from './process.js';
import type { Decoded } from './records.js';
import { WORKER_MARK, type WorkerInit } from './worker.js';

/**
 * Records per batch. Handing a batch to a thread costs tens of microseconds (copying it there and
 * back); analysing 256 short messages takes about 15 ms, so the handing over is lost in it, and
 * the first lines still come out within a few hundredths of a second.
 */
export const BATCH_SIZE = 256;

/**
 * Batches per thread dispatched and not yet written: one being analysed and one waiting, so a
 * thread never idles for its next batch, while memory holds at most this many times N batches.
 */
export const BATCHES_PER_WORKER = 2;

/** How {@link processOnWorkers} runs. */
export interface WorkerRun<T> {
  /** Worker threads to start. */
  workers: number;
  /** The CLI's own file, which a worker thread runs (see `main.ts`). */
  script: URL;
  decode: (record: T) => Decoded | null;
  options: WorkerInit['options'];
  output: WorkerInit['output'];
  /** The clause model each thread analyses with (read and checked in this thread); absent: the library's own `analyze`. */
  model?: ModelFile;
  /** Writes a batch's result, in input order; may apply backpressure. */
  write: (result: BatchResult) => void | Promise<void>;
  onRecord?: (done: number) => void;
}

/**
 * Analyses `records` on `run.workers` worker threads and writes the results in input order, as
 * `processRecords` does in one thread. The threads are ended when it returns or throws (also when
 * the reader of stdout went away). A thread that fails is a {@link FatalError}.
 */
export async function processOnWorkers<T extends { line: number }>(records: AsyncIterable<T>, run: WorkerRun<T>): Promise<ProcessResult> {
  const init: WorkerInit = { mark: WORKER_MARK, options: run.options, output: run.output };
  if (run.model !== undefined) init.model = run.model;
  const pool = createPool(run.script, run.workers, init);
  try {
    return await processInBatches(records, {
      decode: run.decode,
      run: (items) => pool.run(items),
      write: run.write,
      batchSize: BATCH_SIZE,
      maxInFlight: run.workers * BATCHES_PER_WORKER,
      onRecord: run.onRecord,
    });
  } catch (e) {
    if (e instanceof WorkerFailedError) throw new FatalError(e.message);
    throw e;
  } finally {
    await pool.close();
  }
}
