import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../src/cli/args.js';
import { MIN_MESSAGES } from '../src/cli/cmd-train.js';
import { run } from '../src/cli/run.js';
import { createAnalyzer, type ClauseModelFile } from '../src/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'cs-train-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    this.text += chunk.toString();
    cb();
  }
}

async function cli(argv: string[]) {
  const stdout = new Collect();
  const stderr = new Collect();
  const code = await run(argv, { stdin: Readable.from([]), stdout, stderr, env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const fixture = (f: string): string => readFileSync(new URL(`../fixtures/${f}`, import.meta.url), 'utf8');
const file = (name: string, text: string): string => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

describe('train: arguments', () => {
  it.each([
    [['train', 'a.jsonl'], { files: ['a.jsonl'], folds: 5 }],
    [['train', 'a.jsonl', 'b.jsonl', '--folds', '3'], { files: ['a.jsonl', 'b.jsonl'], folds: 3 }],
    [['train', 'a.jsonl', '--relabel', 'fact-to-frustration'], { files: ['a.jsonl'], folds: 5, relabel: 'fact-to-frustration' }],
    [['train', 'a.jsonl', '--relabel', 'any'], { files: ['a.jsonl'], folds: 5, relabel: 'any' }],
  ])('%j', (argv, args) => {
    expect(parseCommand(argv)).toEqual({ name: 'train', args });
  });

  it.each([
    [['train'], 'needs at least one labelled corpus file'],
    [['train', 'a.jsonl', '--folds', '1'], '--folds must be a whole number from 2 to 20; found "1"'],
    [['train', 'a.jsonl', '--folds', 'x'], 'found "x"'],
    [['train', 'a.jsonl', '--relabel', 'up'], '--relabel must be "any" or "fact-to-frustration"; found "up"'],
  ])('%j is refused', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(message);
  });

  it('has a help text', async () => {
    const r = await cli(['train', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: complaint-signal train/);
  });
});

describe('train: a run', () => {
  // one English corpus with a bad line, a record without spans and a span not in its text
  const good = fixture('levels-en.dev3.jsonl').trim().split('\n');
  const lines = [...good.slice(0, 60), '{not json', JSON.stringify({ text: 'no spans here', level: 'none' }), JSON.stringify({ text: 'abc', facts: ['xyz'], frustration: [] })];
  const corpus = file('en.jsonl', `${lines.join('\n')}\n`);

  it('writes a model per language that createAnalyzer takes, reports cross-validation, and names each skipped line', async () => {
    const r = await cli(['train', corpus, '--folds', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${corpus}:61: skipped: invalid_json`);
    expect(r.stderr).toContain(`${corpus}:62: skipped: invalid_label: Expected "facts" and "frustration"`);
    expect(r.stderr).toContain(`${corpus}:63: skipped: invalid_label: Expected each span to be an exact substring`);
    expect(r.stderr).toMatch(/^en\s+60\s+3\s+[\d.]+ \|\s+\d+\.\d\s+\d+\.\d \|\s+\d+\.\d\s+\d+\.\d$/m);
    const model = JSON.parse(r.stdout) as { nl?: unknown; en: ClauseModelFile };
    expect(model.nl).toBeUndefined();
    expect(model.en.trainedOn!).toMatch(/^60 messages; left out in 3 folds/);
    expect(Object.keys(model.en.weights).length).toBeGreaterThan(10);
    expect(() => createAnalyzer({ lexicons: { en: { clauses: model.en } } })).not.toThrow();
  });

  it('--relabel fact-to-frustration writes it into the model and scores the folds with it', async () => {
    const [any, up] = await Promise.all([cli(['train', corpus, '--folds', '3']), cli(['train', corpus, '--folds', '3', '--relabel', 'fact-to-frustration'])]);
    const model = JSON.parse(up.stdout) as { en: ClauseModelFile };
    expect(model.en.relabel).toBe('fact-to-frustration');
    // the same weights, but the folds were scored with the narrower model
    expect((JSON.parse(any.stdout) as { en: ClauseModelFile }).en.weights).toEqual(model.en.weights);
    expect(up.stderr).not.toBe(any.stderr);
  });

  it('gives the same model on the same input', async () => {
    const a = await cli(['train', corpus, '--folds', '3']);
    const b = await cli(['train', corpus, '--folds', '3']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('with several files, each file is one fold', async () => {
    const a = file('a.jsonl', `${good.slice(0, 30).join('\n')}\n`);
    const b = file('b.jsonl', `${good.slice(30, 60).join('\n')}\n`);
    const r = await cli(['train', a, b]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^en\s+60\s+2\s/m);
  });

  it(`refuses to train a language with fewer than ${MIN_MESSAGES} messages`, async () => {
    const r = await cli(['train', file('few.jsonl', `${good.slice(0, MIN_MESSAGES - 1).join('\n')}\n`)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`en: ${MIN_MESSAGES - 1} labelled messages, fewer than ${MIN_MESSAGES}: no model`);
    expect(r.stderr).toContain('no language has');
  });
});
