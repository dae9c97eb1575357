/**
 * `--model FILE` of analyze, bench and the report on one message: the file `complaint-signal train`
 * writes is read once, checked with the library's own checks, and used in one thread and on worker
 * threads; a file that is not a model is fatal and named. In process with the real library, except
 * the worker-thread run, which runs the bundled CLI in a child process.
 */
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../src/cli/args.js';
import { benchLines } from '../src/cli/bench.js';
import { readLines } from '../src/cli/lines.js';
import { summarize } from '../src/cli/metrics.js';
import { analyzeRecord, jsonLine, type AnalyzeFn } from '../src/cli/process.js';
import { decodeJsonLine } from '../src/cli/records.js';
import { formatReport } from '../src/cli/report.js';
import { run, type RunDeps } from '../src/cli/run.js';
import { createStyle } from '../src/cli/style.js';
import { workerAnalyze, type WorkerLib } from '../src/cli/worker.js';
import { analyze, createAnalyzer, trainClauseModel, type ClauseModelFile, type LabelledMessage } from '../src/index.js';
import { bundledCli, removeBundledCli } from './helpers/cli-bundle.js';
import { spawnNode } from './helpers/spawn-node.js';

const ROOT = resolve(__dirname, '..');
const tmp = mkdtempSync(join(tmpdir(), 'cs-model-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterAll(removeBundledCli);

const file = (name: string, text: string): string => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

/** A Writable that keeps what it is given. */
class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

/** The CLI in process with the real library (and `deps`, e.g. a fixed clock for bench). */
async function cli(argv: string[], deps: RunDeps = {}, stdin = '') {
  const stdout = new Collect();
  const stderr = new Collect();
  const code = await run(argv, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, env: {} }, deps);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A model file as `complaint-signal train` writes it. */
type ModelJson = { nl?: ClauseModelFile | null; en?: ClauseModelFile | null };

/**
 * A hand-written model whose every weight says frustration: each clause the rules leave open
 * becomes frustration, so facts all but vanish. Ignoring it cannot go unseen.
 */
const everyOpenClause: ClauseModelFile = { note: 'test: every clause the rules leave open is frustration', margin: 0, weights: { bias: [0, 0, 100] } };
const HAND: ModelJson = { nl: everyOpenClause, en: everyOpenClause };

/** A model trained by the library on the first 60 messages of an English fixture (as `train` would). */
const labelled = readFileSync(join(ROOT, 'fixtures/levels-en.dev3.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as LabelledMessage);
const TRAINED: ModelJson = { en: trainClauseModel(labelled.slice(0, 60), { language: 'en' }), nl: null };

const MODELS = { hand: file('hand.json', JSON.stringify(HAND)), trained: file('trained.json', `${JSON.stringify(TRAINED)}\n`) };
const MODEL_JSON = { hand: HAND, trained: TRAINED };

/** The analyze function of a model, made as the README tells library users to make it. */
const withModel = (m: ModelJson): AnalyzeFn => createAnalyzer({ lexicons: { nl: { clauses: m.nl }, en: { clauses: m.en } } }).analyze;

/** The longest message the report rows use: one screen of the report. */
const MESSAGE_MAX = 200;

/** A labelled corpus in both languages: the bench scores it, analyze reads it. */
const CORPUS = join(ROOT, 'fixtures/sample.jsonl');
/**
 * A message whose analysis the trained model changes (the hand-written one changes nearly every
 * split): the first short one of the English dev file, found here rather than written down, so a
 * change to the rules cannot quietly leave the with-model rows comparing two equal outputs.
 */
const MESSAGE = ((): string => {
  const trained = withModel(TRAINED);
  for (const line of readFileSync(join(ROOT, 'fixtures/levels-en.dev.jsonl'), 'utf8').trim().split('\n')) {
    const { text } = JSON.parse(line) as { text: string };
    if (text.length <= MESSAGE_MAX && JSON.stringify(analyze({ text })) !== JSON.stringify(trained({ text }))) return text;
  }
  throw new Error('no message of levels-en.dev.jsonl whose analysis the trained model changes');
})();
/** Bench timing fixed, so that its JSON is the same on every run. */
const clock = (): number => 0;

/** What analyze writes for CORPUS, one record at a time, with `a`. */
function analyzeOutput(a: AnalyzeFn): string {
  return readFileSync(CORPUS, 'utf8')
    .split('\n')
    .map((text, i) => (text.trim() === '' ? '' : jsonLine(analyzeRecord(i + 1, decodeJsonLine(text), a))))
    .join('');
}

/** What `bench --json` writes for CORPUS with `a`. */
async function benchOutput(a: AnalyzeFn): Promise<string> {
  const metrics = summarize(await benchLines(readLines(createReadStream(CORPUS)), a, () => {}, clock));
  return `${JSON.stringify({ files: [{ file: CORPUS, ...metrics }], total: metrics })}\n`;
}

/** Each command, its arguments (with `--model` appended when given) and what it writes with `a`. */
const COMMANDS: Array<[string, (model: string[]) => string[], (a: AnalyzeFn) => string | Promise<string>, string?]> = [
  ['analyze', (m) => ['analyze', CORPUS, ...m], analyzeOutput],
  ['analyze (model before the file)', (m) => ['analyze', ...m, CORPUS], analyzeOutput],
  ['bench --json', (m) => ['bench', '--json', CORPUS, ...m], benchOutput],
  ['report --json', (m) => ['report', '--json', '--text', MESSAGE, ...m], (a) => `${JSON.stringify(a({ text: MESSAGE }), null, 2)}\n`],
  ['report from stdin', (m) => ['report', '--json', ...m], (a) => `${JSON.stringify(a({ text: MESSAGE }), null, 2)}\n`, `${MESSAGE}\n`],
  ['"some message"', (m) => [...m, MESSAGE], (a) => `${formatReport(a({ text: MESSAGE }), 100, createStyle(false)).join('\n')}\n`],
];

describe('--model: arguments', () => {
  it.each([
    [['analyze', '--model', 'm.json', 'in.jsonl'], 'analyze', 'm.json'],
    [['analyze', 'in.jsonl', '-w', '2', '--model', 'm.json'], 'analyze', 'm.json'],
    [['bench', 'a.jsonl', '--model', 'm.json'], 'bench', 'm.json'],
    [['report', '--model', 'm.json', '--text', 'hi'], 'report', 'm.json'],
    [['--model', 'm.json', 'some', 'message'], 'report', 'm.json'],
    [['some message', '--model=m.json'], 'report', 'm.json'],
    [['analyze', 'in.jsonl'], 'analyze', undefined],
    [['bench', 'a.jsonl'], 'bench', undefined],
    [['some message'], 'report', undefined],
  ])('%j', (argv, name, model) => {
    const command = parseCommand(argv);
    expect(command.name).toBe(name);
    expect((command as { args: { model?: string } }).args.model).toBe(model);
    // without --model the args have no model key: what they held before --model existed
    if (model === undefined) expect('model' in (command as { args: object }).args).toBe(false);
  });

  it.each([
    [['analyze', '--model'], /--model/],
    [['analyze', '--model', '', 'in.jsonl'], /--model needs a file/],
    [['bench', 'a.jsonl', '--model', ''], /--model needs a file/],
    [['train', 'a.jsonl', '--model', 'm.json'], /Unknown option '--model'/],
  ])('%j is a usage error', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/--help" for usage/);
  });

  it.each([
    [['analyze', '--help'], /--model FILE\s+split facts from frustration with the clause model in FILE/],
    [['bench', '--help'], /--model FILE\s+score with the clause model in FILE/],
    [['report', '--help'], /--model FILE\s+split facts from frustration with the clause model in FILE/],
    [['train', '--help'], /for --model FILE of analyze, bench and the\s+report on one message/],
    [['--help'], /use the model with --model FILE/],
  ])('%j documents it', async (argv, text) => {
    const r = await cli(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(text);
  });
});

describe('--model: each command with and without it', () => {
  const rows = COMMANDS.flatMap(([name, argv, expected, stdin]) =>
    (['hand', 'trained'] as const).map((model) => [name, model, argv, expected, stdin] as const),
  );

  it.each(rows)('%s, %s model', async (_name, model, argv, expected, stdin) => {
    const plain = await cli(argv([]), { clock }, stdin);
    const modelled = await cli(argv(['--model', MODELS[model]]), { clock }, stdin);
    expect([plain.code, plain.stderr]).toEqual([0, '']);
    expect([modelled.code, modelled.stderr]).toEqual([0, '']);
    expect(plain.stdout).toBe(await expected(analyze));
    expect(modelled.stdout).toBe(await expected(withModel(MODEL_JSON[model])));
    // the model changes what is written, so a --model that is ignored fails here
    expect(modelled.stdout).not.toBe(plain.stdout);
  });

  it('a model written by `complaint-signal train` is taken as it is', async () => {
    const corpus = file('train-en.jsonl', `${labelled.slice(0, 60).map((m) => JSON.stringify(m)).join('\n')}\n`);
    const trained = await cli(['train', '--folds', '2', corpus]);
    expect(trained.code).toBe(0);
    const model = file('from-train.json', trained.stdout);
    const r = await cli(['analyze', '--model', model, CORPUS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(analyzeOutput(withModel(JSON.parse(trained.stdout) as ModelJson)));
  }, 60_000);
});

describe('--model: a file that is not a model is fatal, and named', () => {
  const missing = join(tmp, 'missing.json');
  const folder = join(tmp, 'folder.json');
  mkdirSync(folder);
  const model = (weights: unknown, rest: object = {}) => JSON.stringify({ nl: { note: 'x', weights, ...rest } });
  const FILES: Array<[string, string, RegExp]> = [
    ['a missing file', missing, /cannot read the model \S+missing\.json: no such file; expected the JSON that "complaint-signal train" writes/],
    ['a directory', folder, /cannot read the model \S+folder\.json: it is a directory; expected/],
    ['invalid JSON', file('bad-json.json', '{"nl": {'), /the model \S+bad-json\.json is not JSON \(.+\); expected the JSON that "complaint-signal train" writes, \{"nl": model, "en": model\}/],
    ['an array', file('array.json', '[]'), /the model \S+array\.json holds an array; expected/],
    ['a string', file('string.json', '"model"'), /the model \S+string\.json holds a string; expected/],
    ['an empty object', file('empty.json', '{}'), /the model \S+empty\.json holds no model \(an empty object\); expected/],
    ['no model in either language', file('nulls.json', '{"nl": null, "en": null}'), /the model \S+nulls\.json holds no model \(only null\); expected/],
    ['one language\'s model on its own', file('bare.json', JSON.stringify(everyOpenClause)), /the model \S+bare\.json holds the keys "note", "margin", "weights" \(one language's model on its own\? put it under "nl" or "en"\); expected/],
    ['another key', file('other.json', JSON.stringify({ nl: everyOpenClause, de: everyOpenClause })), /the model \S+other\.json holds the keys "de"; expected/],
    ['a language that is not an object', file('number.json', '{"en": 5}'), /the model \S+number\.json is not a valid clause model at en: Invalid input: expected object, received number/],
    ['a weight that is not a number', file('weight.json', model({ bias: [0, 'a', 1] })), /the model \S+weight\.json is not a valid clause model at nl\.weights\.bias\.1: .*expected number, received string/],
    ['a negative margin', file('margin.json', model({}, { margin: -1 })), /the model \S+margin\.json is not a valid clause model at nl\.margin: /],
    ['no note', file('note.json', '{"en": {"weights": {}}}'), /the model \S+note\.json is not a valid clause model at en\.note: /],
    ['a feature the model does not know', file('feature.json', model({ nonsense: [0, 0, 1] })), /the model \S+feature\.json is not a valid clause model at nl: Unknown clause model feature "nonsense"/],
  ];
  const ARGV: Array<[string, (model: string) => string[]]> = [
    ['analyze', (m) => ['analyze', '--model', m, CORPUS]],
    // checked here, before a thread starts: a check in the threads would fail as "a worker thread failed"
    ['analyze --workers 2', (m) => ['analyze', '--workers', '2', '--model', m, CORPUS]],
    ['bench', (m) => ['bench', CORPUS, '--model', m]],
    ['"some message"', (m) => ['--model', m, MESSAGE]],
  ];
  const rows = FILES.flatMap(([what, path, message]) => ARGV.map(([command, argv]) => [what, command, argv(path), message] as const));

  it.each(rows)('%s (%s): exit 1, nothing on stdout, one line on stderr', async (_what, _command, argv, message) => {
    const r = await cli(argv, { workerScript: new URL('../src/cli/main.ts', import.meta.url) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^complaint-signal: [^\n]+\n$/);
    expect(r.stderr).toMatch(message);
  });
});

describe('--model: the analyze function of a worker thread', () => {
  const lib = (): WorkerLib & { made: unknown[] } => {
    const made: unknown[] = [];
    const byModel: AnalyzeFn = () => ({}) as ReturnType<AnalyzeFn>;
    return { made, analyze, createAnalyzer: (config) => (made.push(config), { analyze: byModel, analyzeMany: () => [] }) };
  };

  it.each([
    ['no model: the library\'s own analyze', {}, undefined],
    ['a model in one language', { model: { en: everyOpenClause } }, { lexicons: { en: { clauses: everyOpenClause } } }],
    ['a model and a null', { model: { nl: null, en: everyOpenClause } }, { lexicons: { en: { clauses: everyOpenClause } } }],
    ['both languages', { model: HAND }, { lexicons: { nl: { clauses: everyOpenClause }, en: { clauses: everyOpenClause } } }],
  ])('%s', (_what, init, config) => {
    const l = lib();
    const fn = workerAnalyze(l, init);
    expect(fn === analyze).toBe(config === undefined);
    expect(l.made).toEqual(config === undefined ? [] : [config]);
  });
});

describe('--model on worker threads (the bundled CLI in a child process)', () => {
  const TEXTS = [
    'Where is my order? I ordered it two weeks ago.',
    'This is the third time I am calling about invoice 4471. I want a refund now!',
    'Ik wacht al drie weken op mijn terugbetaling. Dit is echt belachelijk!',
    'Thanks, the new router works great.',
    MESSAGE,
  ];
  /** Six batches of 256 records and a bit: enough to be spread over two threads. */
  const LINES = 1_500;
  const input = file('many.jsonl', `${Array.from({ length: LINES }, (_, i) => JSON.stringify({ id: `m${i + 1}`, text: TEXTS[i % TEXTS.length] })).join('\n')}\n`);

  it('byte for byte the output of one thread with the model, and not that of the rules alone', async () => {
    const script = fileURLToPath(await bundledCli());
    const [two, one, plain] = await Promise.all([
      spawnNode([script, 'analyze', '--workers', '2', '--model', MODELS.hand, input]),
      cli(['analyze', '--model', MODELS.hand, input]),
      cli(['analyze', input]),
    ]);
    expect([two.code, two.stderr]).toEqual([0, '']);
    expect(one.code).toBe(0);
    expect(two.stdout.split('\n')).toHaveLength(LINES + 1);
    expect(two.stdout === one.stdout).toBe(true); // not toBe: a diff of megabytes is no help
    expect(two.stdout === plain.stdout).toBe(false);
  }, 90_000);
});
