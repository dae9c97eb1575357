/**
 * The `complaint-signal` binary (bundled by tsup to dist/cli.js, which gets the shebang).
 * Everything happens in {@link run}; this file only connects it to the process. The same file is
 * what the worker threads of `analyze --workers N` run: there it serves batches instead.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { nodeIo } from './io.js';
import { run } from './run.js';
import { isWorkerInit, serveBatches, workerAnalyze } from './worker.js';

if (!isMainThread && parentPort !== null && isWorkerInit(workerData)) {
  const init = workerData;
  serveBatches(parentPort, init, async () => workerAnalyze(await import('../index.js'), init));
} else {
  // A closed stderr (`2>&1 | head`) must not crash the run with an unhandled 'error' event.
  process.stderr.on('error', () => {});

  void run(process.argv.slice(2), nodeIo(), { workerScript: new URL(import.meta.url) }).then((code) => {
    // exitCode, not exit(): pending writes to a pipe are flushed before the process ends.
    process.exitCode = code;
  });
}
