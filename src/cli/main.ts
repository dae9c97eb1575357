/**
 * The `complaint-signal` binary (bundled by tsup to dist/cli.js, which gets the shebang).
 * Everything happens in {@link run}; this file only connects it to the process.
 */
import { nodeIo } from './io.js';
import { run } from './run.js';

// A closed stderr (`2>&1 | head`) must not crash the run with an unhandled 'error' event.
process.stderr.on('error', () => {});

void run(process.argv.slice(2), nodeIo()).then((code) => {
  // exitCode, not exit(): pending writes to a pipe are flushed before the process ends.
  process.exitCode = code;
});
