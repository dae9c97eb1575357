/**
 * The worker-thread side of `analyze --workers N`: receives batches of decoded records, analyses
 * them and sends back their output. The thread runs the CLI's own file (see `main.ts`), told
 * apart from a command-line run by {@link WorkerInit} in its `workerData`.
 */
import type { AnalyzeOptions } from '../index.js';
import type { BatchItem, BatchResult } from './batches.js';
import { modelLexicons, type ModelFile } from './model.js';
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
  /** The clause model of `--model`, as the main thread read and checked it; absent: the library's own `analyze`. */
  model?: ModelFile;
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
  const lines: string[] = [];
  const records: OutputRecord[] = [];
  for (const { line, decoded } of items) {
    const out = analyzeRecord(line, decoded, analyzeFn, init.options);
    if (isError(out)) bad += 1;
    if (init.output === 'json') lines.push(jsonLine(out));
    else records.push(out);
  }
  return init.output === 'json' ? { json: utf8Of(lines), count: items.length, bad } : { records, count: items.length, bad };
}

/**
 * The lines in UTF-8, one after the other. Each line is written into one buffer of the exact size:
 * several times faster than joining them first (a string of hundreds of pieces has to be
 * flattened, and is stored two bytes a character once one reply holds a curly quote).
 */
function utf8Of(lines: readonly string[]): Uint8Array {
  let size = 0;
  for (const l of lines) size += Buffer.byteLength(l);
  // its own memory, not a slice of Node's shared pool: it can be moved to another thread
  const bytes = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const l of lines) at += bytes.write(l, at);
  return bytes;
}

/** What a worker needs of the library to make its analyze function. */
export interface WorkerLib {
  analyze: AnalyzeFn;
  createAnalyzer: typeof import('../index.js').createAnalyzer;
}

/**
 * The analyze function of a worker thread, made once when the thread starts: with `init.model`,
 * that of an analyzer with the model (as the main thread makes it for one thread); else the
 * library's own `analyze`.
 */
export function workerAnalyze(lib: WorkerLib, init: Pick<WorkerInit, 'model'>): AnalyzeFn {
  return init.model === undefined ? lib.analyze : lib.createAnalyzer({ lexicons: modelLexicons(init.model) }).analyze;
}

/** The port a worker talks to its parent on (`parentPort`). */
export interface Port {
  on(event: 'message', listener: (request: BatchRequest) => void): unknown;
  postMessage(reply: BatchReply, transfer: ArrayBuffer[]): void;
}

/**
 * Serves batches on `port` until the thread is ended. `load` gives the analyze function; batches
 * that arrive while it loads wait, and are answered in the order they came. A failure to load
 * is thrown in the thread, which ends it and fails the run in the main thread.
 */
export function serveBatches(port: Port, init: WorkerInit, load: () => Promise<AnalyzeFn>): void {
  const ready = load();
  port.on('message', (request) => {
    void ready.then((analyzeFn) => {
      const result = analyzeBatch(request.items, analyzeFn, init);
      // the JSON bytes are moved to the main thread, not copied
      port.postMessage({ id: request.id, result }, result.json ? [result.json.buffer as ArrayBuffer] : []);
    });
  });
}
