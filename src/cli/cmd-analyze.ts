/** `complaint-signal analyze`: the streaming edge around {@link processRecords}. */
import type { AnalyzeArgs } from './args.js';
import { FatalError, OutputClosedError } from './errors.js';
import { recordsOf } from './formats.js';
import { closeInput, openInput, reasonOf, type CliIo, type Sink } from './io.js';
import { readLines } from './lines.js';
import type { Engine, ModelFile } from './model.js';
import { processOnWorkers } from './parallel.js';
import { exitStatus, jsonLine, processRecords, type AnalyzeFn, type OutputRecord, type ProcessResult } from './process.js';
import { createProgress, noProgress } from './progress.js';
import { createStyle, wantsColour } from './style.js';
import { addToSummary, emptySummary, summaryFooter, summaryHeader, summaryLayout, summaryRow } from './summary.js';
import { count } from './text.js';

/** The width to lay out for: the terminal's, or 100 columns when stdout is not a terminal. */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number }): number {
  const columns = stream.isTTY ? stream.columns : undefined;
  return columns !== undefined && columns > 0 ? Math.min(160, Math.max(60, columns)) : 100;
}

/** Whether an error came from the operating system (a read failed), rather than from our code. */
function isSystemError(e: unknown): boolean {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).syscall === 'string';
}

/**
 * Runs `analyze`; resolves to the exit status. `load` gives what to analyse with (the analyze
 * function, and the model of `--model`); it is called after the input is open, so an unreadable
 * file fails without loading the lexicons. With `--workers N` (N > 1) the records are analysed on
 * N worker threads running `workerScript`, the CLI's own file; `load` is then called only for
 * `--model`, so the model is read and checked once, here, and handed to every thread.
 */
export async function runAnalyze(
  args: AnalyzeArgs,
  io: CliIo,
  sink: Sink,
  load: () => Promise<Engine>,
  workerScript?: URL,
): Promise<number> {
  if (args.workers > 1 && workerScript === undefined) {
    throw new FatalError('--workers needs the file of the CLI to start worker threads on; none was given');
  }
  const input = await openInput(args.file, io);
  let analyzeFn: AnalyzeFn | undefined;
  let model: ModelFile | undefined;
  try {
    if (args.workers === 1 || args.model !== undefined) {
      const engine = await load();
      if (args.workers === 1) analyzeFn = engine.analyze;
      else model = engine.model;
    }
  } catch (e) {
    closeInput(input);
    throw e;
  }
  // When stdout is the same screen, the output itself shows progress, and a progress line would
  // tangle with it; so it is drawn only for redirected output.
  const showProgress = !args.quiet && io.stderr.isTTY === true && io.stdout.isTTY !== true;
  const progress = showProgress ? createProgress(io.stderr, input.fraction) : noProgress;
  const style = createStyle(wantsColour(io.stdout, io.env));
  const width = terminalWidth(io.stdout);
  const layout = summaryLayout(width);
  let summary = emptySummary();
  const emit = args.summary
    ? (out: OutputRecord) => {
        summary = addToSummary(summary, out);
        return sink.write(`${summaryRow(out, layout, style)}\n`);
      }
    : (out: OutputRecord) => sink.write(jsonLine(out));
  if (input.stream === io.stdin && io.stdin.isTTY && !args.quiet) {
    io.stderr.write(`complaint-signal: reading ${args.format === 'jsonl' ? 'JSONL' : args.format === 'csv' ? 'CSV' : 'lines'} from the terminal; end with Ctrl-D\n`);
  }
  try {
    if (args.summary) await sink.write(`${summaryHeader(layout, style).join('\n')}\n`);
    const records = recordsOf(readLines(input.stream), args.format, args.textColumn);
    const onRecord = (n: number): void => progress.update(n);
    let result: ProcessResult;
    if (analyzeFn !== undefined) {
      result = await processRecords(records, { decode: (r) => r.decoded, analyze: analyzeFn, emit, options: args.options, onRecord });
    } else {
      result = await processOnWorkers(records, {
        workers: args.workers,
        script: workerScript!,
        decode: (r) => r.decoded,
        options: args.options,
        output: args.summary ? 'records' : 'json',
        model,
        write: async (batch) => {
          if (batch.json !== undefined) return sink.write(batch.json);
          for (const out of batch.records ?? []) await emit(out);
        },
        onRecord,
      });
    }
    progress.finish();
    if (args.summary) await sink.write(`${summaryFooter(summary, width, style).join('\n')}\n`);
    if (result.bad > 0 && !args.quiet) {
      io.stderr.write(
        `complaint-signal: ${count(result.bad)} of ${count(result.records)} records could not be analysed (see their error lines)\n`,
      );
    }
    return exitStatus(result);
  } catch (e) {
    progress.finish();
    if (e instanceof OutputClosedError) return 0;
    if (isSystemError(e)) throw new FatalError(`cannot read ${input.name}: ${reasonOf(e)}`);
    throw e;
  } finally {
    closeInput(input);
  }
}
