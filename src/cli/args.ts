/**
 * The command line, parsed with node's `util.parseArgs` into one typed command. Pure: throws
 * {@link UsageError} for anything it cannot accept.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { AnalyzeOptions, Channel } from '../index.js';
import { RELABELS, type ClauseModelFile } from '../complaint/clause-model.js';
import { UsageError } from './errors.js';
import type { Format } from './formats.js';

/** The commands with a name. Any other first argument is the text of a message to report on. */
export const COMMANDS = ['analyze', 'bench', 'report', 'train', 'help'] as const;

/** Options of `analyze`. */
export interface AnalyzeArgs {
  /** Input file; `undefined` or `-` for stdin. */
  file?: string;
  format: Format;
  textColumn: string;
  summary: boolean;
  quiet: boolean;
  /** Worker threads to analyse on; 1 analyses in the main thread. */
  workers: number;
  options: AnalyzeOptions;
  /** A clause model file written by `complaint-signal train` (`--model`); absent: the rules alone. */
  model?: string;
}

/**
 * The most `--workers` accepted: well above the cores of any machine this runs on, low enough that
 * a typo (`--workers 1000`) is refused rather than starting a thousand threads.
 */
export const MAX_WORKERS = 64;

/** Options of `bench`. */
export interface BenchArgs {
  files: string[];
  json: boolean;
  /** A clause model file to score with (`--model`); absent: the rules alone. */
  model?: string;
}

/** Options of `train`. */
export interface TrainArgs {
  files: string[];
  /** Folds of cross-validation when the messages come from one file (several files: one fold each). */
  folds: number;
  /** `--relabel`: which labels the model may change (ClauseModelFile.relabel); absent: any. */
  relabel?: ClauseModelFile['relabel'];
}

/** Cross-validation folds by default: each message is scored by a model trained on four fifths of the others. */
export const DEFAULT_FOLDS = 5;
/** The most `--folds` accepted: each fold trains a model and compiles the lexicons once per margin. */
export const MAX_FOLDS = 20;

/** Options of `report` (and of the bare `complaint-signal "some message"`). */
export interface ReportArgs {
  /** The message; `undefined` reads it from stdin. */
  text?: string;
  language?: 'nl' | 'en';
  channel?: Channel;
  json: boolean;
  options: AnalyzeOptions;
  /** A clause model file to analyse with (`--model`); absent: the rules alone. */
  model?: string;
}

/** A parsed command line. */
export type Command =
  | { name: 'help'; topic?: string }
  | { name: 'version' }
  | { name: 'analyze'; args: AnalyzeArgs }
  | { name: 'bench'; args: BenchArgs }
  | { name: 'report'; args: ReportArgs }
  | { name: 'train'; args: TrainArgs };

type Options = NonNullable<ParseArgsConfig['options']>;

const HELP: Options = { help: { type: 'boolean', short: 'h' } };
const REPLY: Options = {
  formality: { type: 'string' },
  agent: { type: 'string' },
  company: { type: 'string' },
};

/** `--model FILE`: a clause model written by `complaint-signal train`, for analyze, bench and report. */
const MODEL: Options = { model: { type: 'string' } };

const CHANNELS: readonly Channel[] = ['email', 'chat', 'phone', 'social', 'form', 'review', 'other'];

function parse(argv: string[], options: Options, command: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message, command);
  }
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], flag: string, command: string): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; found "${String(value)}"`, command);
}

function workerCount(value: unknown): number {
  if (value === undefined) return 1;
  const text = String(value);
  const n = /^\d+$/u.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_WORKERS) {
    throw new UsageError(`--workers must be a whole number from 1 to ${MAX_WORKERS}; found "${text}"`, 'analyze');
  }
  return n;
}

/** The `--model` path, if given; an empty one is refused (a shell variable that was not set). */
function modelPath(value: unknown, command: string): string | undefined {
  if (value === undefined) return undefined;
  if (value === '') throw new UsageError('--model needs a file: the model written by "complaint-signal train"', command);
  return String(value);
}

function replyOptions(values: Record<string, unknown>, command: string): AnalyzeOptions {
  const reply: NonNullable<AnalyzeOptions['reply']> = {};
  const formality = oneOf(values.formality, ['formal', 'informal'] as const, '--formality', command);
  if (formality) reply.formality = formality;
  if (typeof values.agent === 'string') reply.agentName = values.agent;
  if (typeof values.company === 'string') reply.companyName = values.company;
  return Object.keys(reply).length > 0 ? { reply } : {};
}

function parseAnalyze(argv: string[]): Command {
  const { values, positionals } = parse(
    argv,
    {
      ...HELP,
      ...REPLY,
      ...MODEL,
      csv: { type: 'boolean' },
      lines: { type: 'boolean' },
      'text-column': { type: 'string' },
      summary: { type: 'boolean' },
      quiet: { type: 'boolean', short: 'q' },
      workers: { type: 'string', short: 'w' },
    },
    'analyze',
  );
  if (values.help) return { name: 'help', topic: 'analyze' };
  if (positionals.length > 1) throw new UsageError(`analyze reads one file; found ${positionals.length}: ${positionals.join(' ')}`, 'analyze');
  if (values.csv && values.lines) throw new UsageError('--csv and --lines exclude each other', 'analyze');
  if (values['text-column'] !== undefined && !values.csv) throw new UsageError('--text-column needs --csv', 'analyze');
  if (values['text-column'] === '') throw new UsageError('--text-column needs a column name', 'analyze');
  const args: AnalyzeArgs = {
    format: values.csv ? 'csv' : values.lines ? 'lines' : 'jsonl',
    textColumn: (values['text-column'] as string | undefined) ?? 'text',
    summary: values.summary === true,
    quiet: values.quiet === true,
    workers: workerCount(values.workers),
    options: replyOptions(values, 'analyze'),
  };
  if (positionals[0] !== undefined) args.file = positionals[0];
  const model = modelPath(values.model, 'analyze');
  if (model !== undefined) args.model = model;
  return { name: 'analyze', args };
}

function parseBench(argv: string[]): Command {
  const { values, positionals } = parse(argv, { ...HELP, ...MODEL, json: { type: 'boolean' } }, 'bench');
  if (values.help) return { name: 'help', topic: 'bench' };
  if (positionals.length === 0) throw new UsageError('bench needs at least one corpus file', 'bench');
  const args: BenchArgs = { files: positionals, json: values.json === true };
  const model = modelPath(values.model, 'bench');
  if (model !== undefined) args.model = model;
  return { name: 'bench', args };
}

function parseTrain(argv: string[]): Command {
  const { values, positionals } = parse(argv, { ...HELP, folds: { type: 'string' }, relabel: { type: 'string' } }, 'train');
  if (values.help) return { name: 'help', topic: 'train' };
  if (positionals.length === 0) throw new UsageError('train needs at least one labelled corpus file', 'train');
  let folds = DEFAULT_FOLDS;
  if (values.folds !== undefined) {
    const text = String(values.folds);
    folds = /^\d+$/u.test(text) ? Number(text) : Number.NaN;
    if (!Number.isInteger(folds) || folds < 2 || folds > MAX_FOLDS) {
      throw new UsageError(`--folds must be a whole number from 2 to ${MAX_FOLDS}; found "${text}"`, 'train');
    }
  }
  const args: TrainArgs = { files: positionals, folds };
  if (values.relabel !== undefined) {
    const relabel = String(values.relabel);
    const known = RELABELS.find((r) => r === relabel);
    if (known === undefined) {
      throw new UsageError(`--relabel must be ${RELABELS.map((r) => `"${r}"`).join(' or ')}; found "${relabel}"`, 'train');
    }
    args.relabel = known;
  }
  return { name: 'train', args };
}

function parseReport(argv: string[]): Command {
  const { values, positionals } = parse(
    argv,
    {
      ...HELP,
      ...REPLY,
      ...MODEL,
      text: { type: 'string', short: 't' },
      language: { type: 'string' },
      channel: { type: 'string' },
      json: { type: 'boolean' },
    },
    'report',
  );
  if (values.help) return { name: 'help', topic: 'report' };
  if (values.text !== undefined && positionals.length > 0) {
    throw new UsageError('give the message either with --text or as arguments, not both', 'report');
  }
  const args: ReportArgs = { json: values.json === true, options: replyOptions(values, 'report') };
  const text = (values.text as string | undefined) ?? (positionals.length > 0 ? positionals.join(' ') : undefined);
  if (text !== undefined) args.text = text;
  const language = oneOf(values.language, ['nl', 'en'] as const, '--language', 'report');
  if (language) args.language = language;
  const channel = oneOf(values.channel, CHANNELS, '--channel', 'report');
  if (channel) args.channel = channel;
  const model = modelPath(values.model, 'report');
  if (model !== undefined) args.model = model;
  return { name: 'report', args };
}

/**
 * Parses the arguments after the program name. `analyze`, `bench`, `report`, `train` and `help` are
 * commands; with any other first argument the whole line is a `report` on one message (all
 * positionals joined by a space).
 */
export function parseCommand(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command or message given');
  if (first === '--help' || first === '-h') return { name: 'help' };
  if (first === '--version' || first === '-V') return { name: 'version' };
  switch (first) {
    case 'help': {
      const topic = rest[0];
      if (topic !== undefined && !(COMMANDS as readonly string[]).includes(topic)) {
        throw new UsageError(`no help on "${topic}": the commands are ${COMMANDS.join(', ')}`);
      }
      return topic === undefined ? { name: 'help' } : { name: 'help', topic };
    }
    case 'analyze':
      return parseAnalyze(rest);
    case 'bench':
      return parseBench(rest);
    case 'report':
      return parseReport(rest);
    case 'train':
      return parseTrain(rest);
    default:
      return parseReport([...argv]);
  }
}
