/**
 * The CLI as a function: arguments and streams in, exit status out. `main.ts` calls it with the
 * real process; tests call it with fake streams and a stub analyze.
 */
import { version } from '../../package.json';
import { parseCommand } from './args.js';
import { runAnalyze } from './cmd-analyze.js';
import { runBench } from './cmd-bench.js';
import { runReport } from './cmd-report.js';
import { runTrain, type TrainLib } from './cmd-train.js';
import { FatalError, OutputClosedError, UsageError } from './errors.js';
import { helpText } from './help.js';
import { createSink, type CliIo } from './io.js';
import { loadModel, loadModelLib, type Engine } from './model.js';
import type { AnalyzeFn } from './process.js';

/** What a run may be given instead of the real thing. */
export interface RunDeps {
  /**
   * Default: the library's `analyze`, loaded on first use (so `--help` does not load the lexicons).
   * Not used with `--model`: the model runs in an analyzer of the real library.
   */
  analyze?: AnalyzeFn;
  /** Milliseconds, for bench timing. Default: `performance.now`. */
  clock?: () => number;
  /** The CLI's own file, run by the worker threads of `analyze --workers N` (`main.ts` gives its URL). */
  workerScript?: URL;
  /** Default: the library's trainer, loaded on first use. */
  train?: TrainLib;
}

function report(e: unknown, io: CliIo): number {
  if (e instanceof OutputClosedError) return 0;
  if (e instanceof UsageError) {
    const help = e.command ? `complaint-signal ${e.command} --help` : 'complaint-signal --help';
    io.stderr.write(`complaint-signal: ${e.message}\nRun "${help}" for usage.\n`);
    return 1;
  }
  if (e instanceof FatalError) {
    io.stderr.write(`complaint-signal: ${e.message}\n`);
    return 1;
  }
  io.stderr.write(`complaint-signal: unexpected error (a bug; please report it):\n${(e as Error)?.stack ?? String(e)}\n`);
  return 1;
}

/** Runs the command line `argv` (without the program name); resolves to the exit status. */
export async function run(argv: readonly string[], io: CliIo, deps: RunDeps = {}): Promise<number> {
  const sink = createSink(io.stdout);
  if (argv.length === 0) {
    io.stderr.write(helpText());
    return 1;
  }
  try {
    const command = parseCommand(argv);
    const rulesAlone = async (): Promise<AnalyzeFn> => deps.analyze ?? (await import('../index.js')).analyze;
    // what a command analyses with: the rules alone, or the model of --model, read and checked once
    const engine = (model: string | undefined) => async (): Promise<Engine> =>
      model === undefined ? { analyze: await rulesAlone() } : await loadModel(model, loadModelLib);
    const analyzeWith = (model: string | undefined) => async (): Promise<AnalyzeFn> => (await engine(model)()).analyze;
    switch (command.name) {
      case 'help':
        await sink.write(helpText(command.topic));
        return 0;
      case 'version':
        await sink.write(`${version}\n`);
        return 0;
      case 'analyze':
        return await runAnalyze(command.args, io, sink, engine(command.args.model), deps.workerScript);
      case 'bench':
        return await runBench(command.args, io, sink, analyzeWith(command.args.model), deps.clock);
      case 'report':
        return await runReport(command.args, io, sink, await analyzeWith(command.args.model)());
      case 'train':
        return await runTrain(command.args, io, sink, async () => deps.train ?? (await import('../index.js')));
    }
  } catch (e) {
    return report(e, io);
  }
}
