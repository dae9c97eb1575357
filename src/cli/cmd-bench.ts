/** `complaint-signal bench`: the I/O around the corpus scoring. */
import type { BenchArgs } from './args.js';
import { benchLines, warmUp } from './bench.js';
import { formatBench, type FileMetrics } from './bench-format.js';
import { FatalError } from './errors.js';
import { closeInput, openAllThenLoad, reasonOf, type CliIo, type Sink } from './io.js';
import { readLines } from './lines.js';
import { emptyTally, mergeTallies, summarize } from './metrics.js';
import type { AnalyzeFn } from './process.js';
import { createStyle, wantsColour } from './style.js';

/**
 * Runs `bench`; resolves to the exit status (2 when some records were skipped). `load` gives the
 * analyze function, after every corpus file is open.
 */
export async function runBench(
  args: BenchArgs,
  io: CliIo,
  sink: Sink,
  load: () => Promise<AnalyzeFn>,
  clock?: () => number,
): Promise<number> {
  const { inputs, loaded: analyzeFn } = await openAllThenLoad(args.files, io, load);
  warmUp(analyzeFn);
  const files: FileMetrics[] = [];
  let total = emptyTally();
  for (const input of inputs) {
    let tally;
    try {
      tally = await benchLines(
        readLines(input.stream),
        analyzeFn,
        (s) => io.stderr.write(`${input.name}:${s.line}: skipped: ${s.error.code}: ${s.error.message}\n`),
        clock,
      );
    } catch (e) {
      throw new FatalError(`cannot read ${input.name}: ${reasonOf(e)}`);
    } finally {
      closeInput(input);
    }
    files.push({ file: input.name, metrics: summarize(tally) });
    total = mergeTallies(total, tally);
  }
  const totals = summarize(total);
  if (args.json) {
    await sink.write(`${JSON.stringify({ files: files.map((f) => ({ file: f.file, ...f.metrics })), total: totals })}\n`);
  } else {
    await sink.write(`${formatBench(files, totals, createStyle(wantsColour(io.stdout, io.env))).join('\n')}\n`);
  }
  return total.skipped > 0 ? 2 : 0;
}
