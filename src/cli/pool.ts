/**
 * A fixed set of worker threads that analyse batches (`analyze --workers N`). Each batch goes to
 * the thread with the fewest batches waiting; a thread answers its batches in the order it got
 * them. Any thread failing fails every batch still open: the run cannot be complete without it.
 */
import { Worker } from 'node:worker_threads';
import type { BatchItem, BatchResult } from './batches.js';
import type { BatchReply, BatchRequest, WorkerInit } from './worker.js';

/** Analyses batches on worker threads. */
export interface Pool {
  /** Sends a batch to the least busy thread; resolves to its result. */
  run(items: BatchItem[]): Promise<BatchResult>;
  /** Ends every thread; batches still open are rejected. */
  close(): Promise<void>;
}

/** Why the pool stopped: a thread threw or ended while batches were open. */
export class WorkerFailedError extends Error {
  constructor(cause: unknown) {
    super(`a worker thread failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'WorkerFailedError';
  }
}

interface Job {
  resolve: (result: BatchResult) => void;
  reject: (error: unknown) => void;
}

interface Thread {
  worker: Worker;
  jobs: Map<number, Job>;
}

/** tsx's register API: a devDependency, loaded only by a thread running the TypeScript source. */
const TSX_API = 'tsx/esm/api';

/**
 * Starts a worker thread on the CLI's own file `script`. Run from the TypeScript source
 * (`node --import tsx src/cli/main.ts`, as the tests do), a worker on Node 20 does not inherit
 * the parent's `--import` loader, so it registers tsx itself before loading the entry; the built
 * `dist/cli.js` is plain JavaScript and starts directly.
 */
function startWorker(script: URL, init: WorkerInit): Worker {
  if (script.pathname.endsWith('.ts')) {
    const boot = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(script.href)}); });`;
    return new Worker(boot, { eval: true, workerData: init });
  }
  return new Worker(script, { workerData: init });
}

/** Starts `size` worker threads on `script` (the CLI's own file), each given `init`. */
export function createPool(script: URL, size: number, init: WorkerInit): Pool {
  let nextId = 0;
  let failure: WorkerFailedError | undefined;
  let closing = false;
  const threads: Thread[] = [];

  const fail = (cause: unknown): void => {
    failure ??= new WorkerFailedError(cause);
    for (const t of threads) {
      for (const job of t.jobs.values()) job.reject(failure);
      t.jobs.clear();
    }
  };

  for (let i = 0; i < size; i++) {
    const thread: Thread = { worker: startWorker(script, init), jobs: new Map() };
    thread.worker.on('message', (reply: BatchReply) => {
      const job = thread.jobs.get(reply.id);
      thread.jobs.delete(reply.id);
      job?.resolve(reply.result);
    });
    thread.worker.on('error', (e) => fail(e));
    thread.worker.on('exit', (code) => {
      if (!closing) fail(new Error(`it ended with exit code ${code}`));
    });
    threads.push(thread);
  }

  return {
    run(items) {
      if (failure) return Promise.reject(failure);
      let thread = threads[0]!;
      for (const t of threads) if (t.jobs.size < thread.jobs.size) thread = t;
      const id = nextId++;
      return new Promise<BatchResult>((resolve, reject) => {
        thread.jobs.set(id, { resolve, reject });
        const request: BatchRequest = { id, items };
        thread.worker.postMessage(request);
      });
    },
    async close() {
      closing = true;
      await Promise.all(threads.map((t) => t.worker.terminate()));
      fail(new Error('the pool was closed'));
    },
  };
}
