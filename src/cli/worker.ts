/**
 * The worker-thread side of `analyze --workers N`: receives batches of decoded records, analyses
 * them and sends back their output. The thread runs the CLI's own file (see `main.ts`), told
 * apart from a command-line run by {@link WorkerInit} in its `workerData`.
 */
import type { AnalyzeOptions } from '../index.js';
import type { BatchItem, BatchResult } from './batches.js';
import { analyzeRecord, isError, jsonLine, type AnalyzeFn, type OutputRecord } from './process.js';

/** Marks the `workerData` of an analyze worker. */
export const WORKER_MARK = 'complaint-signal:analyze-worker';

/** What a worker is started with. */
export interface WorkerInit {
  mark: typeof WORKER_MARK;
  /** Options for every record (the reply settings of the command line). */
  options: AnalyzeOptions;
  /** `json`: send back the JSON lines; `records`: the output records (the main thread formats them). */
  output: 'json' | 'records';
}

/** A batch sent to a worker. */
export interface BatchRequest {
  id: number;
  items: BatchItem[];
}

/** A worker's answer to a {@link BatchRequest}. */
export interface BatchReply {
  id: number;
  result: BatchResult;
}

/** Whether `data` (a thread's `workerData`) starts an analyze worker. */
export function isWorkerInit(data: unknown): data is WorkerInit {
  return typeof data === 'object' && data !== null && (data as { mark?: unknown }).mark === WORKER_MARK;
}

/**
 * Analyses one batch. The JSON lines are made exactly as the one-thread path makes them, so the
 * output of `--workers N` is byte for byte that of one thread.
 */
export function analyzeBatch(items: readonly BatchItem[], analyzeFn: AnalyzeFn, init: Pick<WorkerInit, 'options' | 'output'>): BatchResult {
  let bad = 0;
  let text = '';
  const records: OutputRecord[] = [];
  for (const { line, decoded } of items) {
    const out = analyzeRecord(line, decoded, analyzeFn, init.options);
    if (isError(out)) bad += 1;
    if (init.output === 'json') text += jsonLine(out);
    else records.push(out);
  }
  return init.output === 'json' ? { text, count: items.length, bad } : { records, count: items.length, bad };
}

/** The port a worker talks to its parent on (`parentPort`). */
export interface Port {
  on(event: 'message', listener: (request: BatchRequest) => void): unknown;
  postMessage(reply: BatchReply): void;
}

/**
 * Serves batches on `port` until the thread is ended. `load` gives the analyze function; batches
 * that arrive while it loads wait, and are answered in the order they came. A failure to load
 * is thrown in the thread, which ends it and fails the run in the main thread.
 */
export function serveBatches(port: Port, init: WorkerInit, load: () => Promise<AnalyzeFn>): void {
  const ready = load();
  port.on('message', (request) => {
    void ready.then((analyzeFn) => port.postMessage({ id: request.id, result: analyzeBatch(request.items, analyzeFn, init) }));
  });
}
