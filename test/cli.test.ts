import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../src/cli/args.js';
import { csvRecords } from '../src/cli/formats.js';
import { csvChunks, linesOf, readLines } from '../src/cli/lines.js';
import { exitStatus, processRecords, type OutputRecord } from '../src/cli/process.js';
import { decodeCsvRecord, decodeJsonLine } from '../src/cli/records.js';
import { run } from '../src/cli/run.js';
import { formatProgress } from '../src/cli/progress.js';
import { displayWidth, stripAnsi, wrap } from '../src/cli/text.js';
import { strongestCue } from '../src/cli/summary.js';
import { createStub } from './fixtures-cli/stub-analyze.js';

const FIX = join(__dirname, 'fixtures-cli');
const MIXED = readFileSync(join(FIX, 'mixed.jsonl'));
const tmp = mkdtempSync(join(tmpdir(), 'cs-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A Writable that keeps what it is given; `highWaterMark` and `delay` simulate a slow reader. */
class Collect extends Writable {
  text = '';
  isTTY?: boolean;
  columns?: number;
  constructor(private readonly delay = 0, highWaterMark?: number) {
    super(highWaterMark === undefined ? {} : { highWaterMark });
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    this.text += chunk.toString();
    if (this.delay > 0) setTimeout(cb, this.delay);
    else cb();
  }
}

/** Splits a buffer into chunks of `size` bytes (to cut a BOM or a UTF-8 character in two). */
function chunked(buf: Buffer, size: number): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < buf.length; i += size) parts.push(buf.subarray(i, i + size));
  return Readable.from(parts);
}

interface RunOptions {
  stdin?: string | Buffer;
  env?: Record<string, string>;
  stdout?: Collect;
  clock?: () => number;
}

async function cli(argv: string[], o: RunOptions = {}) {
  const stub = createStub();
  const stdout = o.stdout ?? new Collect();
  const stderr = new Collect();
  const stdin = Readable.from([Buffer.from(o.stdin ?? '')]);
  const deps = o.clock ? { analyze: stub.analyze, clock: o.clock } : { analyze: stub.analyze };
  const code = await run(argv, { stdin, stdout, stderr, env: o.env ?? {} }, deps);
  return { code, stdout: stdout.text, stderr: stderr.text, calls: stub.calls };
}

const jsonLines = (text: string): Array<Record<string, unknown>> =>
  text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

// mixed.jsonl, line by line: 1 BOM + CRLF, 2 malformed JSON, 3 empty, 4 an array, 5 no text,
// 6 history/now and labels, 7 rejected by analyze, 8 white space only, 9 no final line end.
const MIXED_EXPECTED = [
  { line: 1, id: 'a' },
  { line: 2, code: 'invalid_json' },
  { line: 4, code: 'invalid_record' },
  { line: 5, id: 'c', code: 'invalid_record' },
  { line: 6, id: 'd' },
  { line: 7, id: 'e', code: 'invalid_input' },
  { line: 9, id: 'f' },
];

function expectMixed(out: Array<Record<string, unknown>>): void {
  expect(out).toHaveLength(MIXED_EXPECTED.length);
  out.forEach((o, i) => {
    const e = MIXED_EXPECTED[i]!;
    expect(o.line).toBe(e.line);
    if (e.id !== undefined) expect(o.id).toBe(e.id);
    if (e.code === undefined) {
      expect(o).not.toHaveProperty('error');
      expect(o).toHaveProperty('level');
    } else {
      expect(o.error).toMatchObject({ code: e.code, message: expect.any(String) });
      expect(o).not.toHaveProperty('level');
    }
  });
}

describe('processRecords over JSONL', () => {
  it.each([
    ['whole buffer', 1 << 20],
    ['3-byte chunks (the BOM and CRLF cut in two)', 3],
    ['1-byte chunks', 1],
  ])('one output per record, in order, with line numbers: %s', async (_name, size) => {
    const { analyze, calls } = createStub();
    const out: OutputRecord[] = [];
    const { recordsOf } = await import('../src/cli/formats.js');
    const result = await processRecords(recordsOf(readLines(chunked(MIXED, size)), 'jsonl'), {
      decode: (r) => r.decoded,
      analyze,
      emit: (o) => void out.push(o),
    });
    expectMixed(out as unknown as Array<Record<string, unknown>>);
    expect(result).toEqual({ records: 7, bad: 4 });
    expect(exitStatus(result)).toBe(2);
    // the BOM is gone, the CR is gone
    expect(calls[0]!.message).toEqual({ id: 'a', text: 'hello' });
  });

  it('passes history and now as options, and ignores labels and unknown fields', async () => {
    const { analyze, calls } = createStub();
    const out: OutputRecord[] = [];
    await processRecords(
      (async function* () {
        yield* [{ line: 6, decoded: decodeJsonLine(MIXED.toString().split('\n')[5]!) }];
      })(),
      { decode: (r) => r.decoded, analyze, emit: (o) => void out.push(o), options: { reply: { agentName: 'Sam' } } },
    );
    expect(calls[0]!.message).toEqual({ id: 'd', text: 'again' });
    expect(calls[0]!.options).toEqual({
      reply: { agentName: 'Sam' },
      history: [{ id: 'h1', text: 'first' }],
      now: '2026-01-01T00:00:00Z',
    });
    expect(out[0]).toMatchObject({ line: 6, id: 'd', repetition: { repeats: ['h1'] } });
    expect((out[0] as { reply: { text: string } }).reply.text).toContain('Sam');
  });

  it('exit status 0 when every record was analysed', async () => {
    const { analyze } = createStub();
    const r = await processRecords(linesOf('{"text":"a"}\n\n{"text":"b"}\n'), {
      decode: (l) => (l.text === '' ? null : decodeJsonLine(l.text)),
      analyze,
      emit: () => {},
    });
    expect(r).toEqual({ records: 2, bad: 0 });
    expect(exitStatus(r)).toBe(0);
  });

  it('an unexpected error in analyze becomes an internal_error record, not a crash', async () => {
    const out: OutputRecord[] = [];
    await processRecords(linesOf('{"text":"a"}\n{"text":"b"}\n'), {
      decode: (l) => decodeJsonLine(l.text),
      analyze: (m) => {
        if (m.text === 'a') throw new TypeError('boom');
        return createStub().analyze(m);
      },
      emit: (o) => void out.push(o),
    });
    expect(out.map((o) => o.line)).toEqual([1, 2]);
    expect(out[0]).toMatchObject({ error: { code: 'internal_error' } });
  });
});

describe('decoding records', () => {
  it.each([
    ['{"text": 5}', 'invalid_record', /found "text" as number 5/],
    ['"just a string"', 'invalid_record', /found a string/],
    ['null', 'invalid_record', /found null/],
    ['{"id": "x"}', 'invalid_record', /found no "text" field/],
    ['{"text": "a",}', 'invalid_json', /Malformed JSON/],
  ])('%s -> %s', (line, code, message) => {
    const d = decodeJsonLine(line);
    expect(d.ok).toBe(false);
    if (!d.ok) {
      expect(d.error.code).toBe(code);
      expect(d.error.message).toMatch(message);
    }
  });

  it('keeps only Message fields; history and now become options', () => {
    const d = decodeJsonLine(
      '{"text":"t","id":"1","customerId":"c","channel":"chat","at":5,"language":"nl","followers":3,"level":"none","tone":1,"now":7,"history":[]}',
    );
    expect(d).toEqual({
      ok: true,
      message: { text: 't', id: '1', customerId: 'c', channel: 'chat', at: 5, language: 'nl', followers: 3 },
      options: { history: [], now: 7 },
    });
  });

  it('CSV: maps columns onto the message, numbers where numbers are meant', () => {
    const header = ['id', 'body', 'at', 'followers', 'channel'];
    expect(decodeCsvRecord('7,"hi, there",1700000000000,12,', header, 'body')).toEqual({
      ok: true,
      message: { text: 'hi, there', id: '7', at: 1700000000000, followers: 12 },
      options: {},
    });
    expect(decodeCsvRecord('7,"bad"quote,,,', header, 'body')).toMatchObject({ ok: false, error: { code: 'invalid_csv' } });
  });

  it('CSV: a quoted field spans lines; blank lines between records are skipped', async () => {
    const chunks = [];
    for await (const c of csvChunks(linesOf('a,b\n\n1,"x\n\ny"\n2,"""q"""\n'))) chunks.push(c);
    expect(chunks).toEqual([
      { line: 1, text: 'a,b' },
      { line: 3, text: '1,"x\n\ny"' },
      { line: 6, text: '2,"""q"""' },
    ]);
  });

  it('CSV: a header without the text column is fatal', async () => {
    const it = csvRecords(linesOf('id,body\n1,hello\n'), 'text');
    await expect(it.next()).rejects.toThrow(/no column "text".*--text-column/);
  });
});

describe('analyze command (in process, stub analyze)', () => {
  const file = (name: string, content: string | Buffer): string => {
    const p = join(tmp, name);
    writeFileSync(p, content);
    return p;
  };

  it('JSONL from a file: every record out, in order, exit 2', async () => {
    const r = await cli(['analyze', join(FIX, 'mixed.jsonl')]);
    expect(r.code).toBe(2);
    expectMixed(jsonLines(r.stdout));
    expect(r.stderr).toMatch(/4 of 7 records could not be analysed/);
  });

  it('--quiet silences the note on stderr', async () => {
    const r = await cli(['analyze', '--quiet', join(FIX, 'mixed.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
  });

  it.each([[[]], [['-']]])('JSONL from stdin (args %j)', async (extra) => {
    const r = await cli(['analyze', ...extra], { stdin: MIXED });
    expect(r.code).toBe(2);
    expectMixed(jsonLines(r.stdout));
  });

  it('exit 0 and the Analysis plus line when all records are good', async () => {
    const r = await cli(['analyze', '--agent', 'Sam', '--formality', 'informal'], {
      stdin: '{"id":"1","text":"I want a refund"}\n{"text":"thanks"}\n',
    });
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ line: 1, id: '1', level: 'complaint', isComplaint: true });
    expect(out[1]).toMatchObject({ line: 2, level: 'none' });
    expect(r.calls[0]!.options).toEqual({ reply: { agentName: 'Sam', formality: 'informal' } });
  });

  it('CSV: quoted newline, line numbers where records start, bad rows marked', async () => {
    const r = await cli(['analyze', '--csv', join(FIX, 'messages.csv')]);
    expect(r.code).toBe(2);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.line)).toEqual([2, 3, 6, 7, 8]);
    expect(out.map((o) => o.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(out[2]).toMatchObject({ error: { code: 'invalid_record', message: expect.stringMatching(/followers/) } });
    expect(out[3]).toMatchObject({ error: { code: 'invalid_record', message: expect.stringMatching(/column "text"/) } });
    expect(r.calls.map((c) => c.message)).toEqual([
      { text: 'I want a refund for order 12, now!!!', id: 'c1', channel: 'email' },
      { text: 'First line\nsecond line, with a "quote"', id: 'c2', channel: 'chat', followers: 10 },
      { text: 'bad, "really" bad', id: 'c5', channel: 'review', followers: 0 },
    ]);
  });

  it('CSV: --text-column, BOM and CRLF', async () => {
    const p = file('crlf.csv', '\uFEFFref,body\r\n1,"two\r\nlines"\r\n2,refund\r\n');
    const r = await cli(['analyze', '--csv', '--text-column', 'body', p]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((o) => [o.line, o.level])).toEqual([
      [2, 'none'],
      [4, 'complaint'],
    ]);
    expect(r.calls[0]!.message.text).toBe('two\nlines');
  });

  it('CSV without the text column: exit 1, a clear message, no output', async () => {
    const r = await cli(['analyze', '--csv', '--text-column', 'message', join(FIX, 'messages.csv')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/no column "message"/);
  });

  it('--lines: every non-blank line is a message', async () => {
    const r = await cli(['analyze', '--lines'], { stdin: 'I want a refund\r\n\r\n{"not":"json"}\n  \nlast line' });
    expect(r.code).toBe(0);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => [o.line, o.level])).toEqual([
      [1, 'complaint'],
      [3, 'none'],
      [5, 'none'],
    ]);
    expect(r.calls.map((c) => c.message.text)).toEqual(['I want a refund', '{"not":"json"}', 'last line']);
  });

  it.each([
    ['a missing file', join(tmp, 'nope.jsonl'), /cannot read .*nope\.jsonl: no such file/],
    ['a directory', tmp, /cannot read .*: it is a directory/],
  ])('%s: exit 1 with a clear message', async (_name, path, message) => {
    const r = await cli(['analyze', path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('waits for drain: a slow stdout with a tiny buffer still gets every line in order', async () => {
    const stdout = new Collect(1, 64);
    const lines = Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: String(i), text: 'x' })).join('\n');
    const r = await cli(['analyze'], { stdin: lines, stdout });
    expect(r.code).toBe(0);
    expect(jsonLines(stdout.text).map((o) => o.id)).toEqual(Array.from({ length: 200 }, (_, i) => String(i)));
  });

  it('stops quietly with 0 when stdout is closed by the reader (EPIPE)', async () => {
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _enc, cb) {
        writes += 1;
        if (writes > 2) {
          const e = Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' });
          cb(e);
        } else cb();
      },
    });
    const lines = Array.from({ length: 1000 }, () => '{"text":"x"}').join('\n');
    const r = await cli(['analyze'], { stdin: lines, stdout: stdout as unknown as Collect });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(writes).toBeLessThan(1000);
  });

  it.each([
    { name: 'stderr a terminal, stdout redirected', argv: [], stdoutTty: false, drawn: true },
    { name: '--quiet', argv: ['--quiet'], stdoutTty: false, drawn: false },
    { name: 'stdout on the same terminal', argv: [], stdoutTty: true, drawn: false },
  ])('progress on stderr: $name', async ({ argv, stdoutTty, drawn }) => {
    const stub = createStub();
    const stdout = Object.assign(new Collect(), { isTTY: stdoutTty });
    const stderr = Object.assign(new Collect(), { isTTY: true });
    const stdin = Readable.from([Buffer.from('{"text":"a"}\n{"text":"b"}\n')]);
    const code = await run(['analyze', ...argv], { stdin, stdout, stderr, env: {} }, { analyze: stub.analyze });
    expect(code).toBe(0);
    if (drawn) {
      expect(stderr.text).toMatch(/^\r1 records {2}[\d,]+ records\/s\u001b\[K/);
      expect(stderr.text.endsWith('\r\u001b[K')).toBe(true); // cleared at the end
    } else {
      expect(stderr.text).toBe('');
    }
  });

  it('--summary: a table, the tally, and the reply to the most severe message', async () => {
    const r = await cli(['analyze', '--summary', join(FIX, 'mixed.jsonl')]);
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^id\s+lang\s+level\s+priority\s+valence\s+anger\s+strongest cue$/);
    expect(r.stdout).toMatch(/#2\s+error invalid_json/);
    expect(r.stdout).toMatch(/3 messages: 2 none · 1 signal · 4 errors/);
    expect(r.stdout).toMatch(/Most severe: d · signal/);
    expect(r.stdout).toContain('Sorry about that.');
    expect(r.stdout).not.toContain('\u001b['); // not a TTY: no colours
    for (const l of lines) expect(displayWidth(l)).toBeLessThan(100);
  });

  it('--summary on the sample fixture fits 100 columns', async () => {
    const r = await cli(['analyze', '--summary', 'fixtures/sample.jsonl']);
    expect(r.code).toBe(0);
    for (const l of r.stdout.split('\n')) expect(displayWidth(l)).toBeLessThan(100);
  });
});

describe('report command (in process, stub analyze)', () => {
  it.each([
    [['I want a refund for order 12!!!']],
    [['I', 'want', 'a', 'refund', 'for', 'order', '12!!!']],
    [['report', '--text', 'I want a refund for order 12!!!']],
    [['report', 'I want a refund for order 12!!!']],
  ])('%j', async (argv) => {
    const r = await cli(argv);
    expect(r.code).toBe(0);
    expect(r.calls[0]!.message.text).toBe('I want a refund for order 12!!!');
    expect(r.stdout).toMatch(/Level\s+complaint \(0\.80\)/);
    expect(r.stdout).toMatch(/none ─ signal ─ feedback ─ COMPLAINT ─ escalation ─ dispute/);
    expect(r.stdout).toMatch(/Tone\s+valence -0\.60\s+anger 0\.60\s+intensity 0\.50/);
    expect(r.stdout).toMatch(/Facts\n\s+• “order 12”/);
    expect(r.stdout).toMatch(/Frustration\n\s+• “!!!”/);
    expect(r.stdout).toMatch(/demand\s+0\.70\s+“refund”/);
    expect(r.stdout).toMatch(/Suggested reply[^\n]*\n\s+Sorry about that/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('the caret under the ladder points at the level', async () => {
    const r = await cli(['report', 'call the manager']);
    const lines = r.stdout.split('\n');
    const i = lines.findIndex((l) => l.includes('ESCALATION'));
    expect(lines[i + 1]!.indexOf('▲')).toBe(lines[i]!.indexOf('ESCALATION'));
  });

  it('reads the message from stdin when none is given', async () => {
    const r = await cli(['report', '--language', 'nl', '--channel', 'social'], { stdin: 'Geen refund\n' });
    expect(r.code).toBe(0);
    expect(r.calls[0]!.message).toEqual({ text: 'Geen refund', language: 'nl', channel: 'social' });
  });

  it('--json prints the analysis', async () => {
    const r = await cli(['report', '--json', '--text', 'refund']);
    expect(JSON.parse(r.stdout)).toMatchObject({ level: 'complaint' });
  });

  it('a message the library rejects: exit 1 and its message', async () => {
    const r = await cli(['THROW']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stub says no/);
  });
});

describe('bench command (in process, stub analyze)', () => {
  // a clock that advances 1 ms per reading: every analyze call takes 1 ms
  const ticking = (): (() => number) => {
    let t = 0;
    return () => t++;
  };

  it('--json: hand-computed metrics of the fixture corpus', async () => {
    const r = await cli(['bench', '--json', join(FIX, 'corpus.jsonl')], { clock: ticking() });
    expect(r.code).toBe(2); // two records cannot be scored
    expect(r.stderr).toMatch(/corpus\.jsonl:6: skipped: invalid_json/);
    expect(r.stderr).toMatch(/corpus\.jsonl:7: skipped: invalid_label: Expected "level" to be one of/);
    const { files, total } = JSON.parse(r.stdout);
    expect(files).toHaveLength(1);
    expect(total).toMatchObject({ messages: 5, skipped: 2 });
    expect(total.level.accuracy).toBeCloseTo(0.6, 10);
    expect(total.level.macroF1).toBeCloseTo((1 + 0 + 2 / 3 + 1) / 4, 10);
    expect(total.level.withinOne).toBe(1);
    expect(total.level.complaint).toMatchObject({ precision: 1, recall: 1, f1: 1, support: 3 });
    expect(total.level.perLevel.feedback).toMatchObject({ support: 1, predicted: 0, f1: 0 });
    expect(total.level.confusion.matrix[3]).toEqual([0, 0, 0, 1, 1, 0]);
    expect(total.language).toEqual({ accuracy: 0.8, support: 5 });
    expect(total.facts).toMatchObject({ precision: 1, records: 3, goldWords: 6, predictedWords: 2 });
    expect(total.facts.recall).toBeCloseTo(1 / 3, 10);
    expect(total.frustration).toMatchObject({ f1: 1, records: 3 });
    expect(total.speed).toEqual({ messages: 5, ms: 5, messagesPerSecond: 1000 });
    // language is a label, not a hint
    expect(r.calls.every((c) => c.message.language === undefined)).toBe(true);
  });

  it('several files: each, and the total', async () => {
    const r = await cli(['bench', '--json', join(FIX, 'corpus.jsonl'), join(FIX, 'corpus.jsonl')], { clock: ticking() });
    const { files, total } = JSON.parse(r.stdout);
    expect(files).toHaveLength(2);
    expect(total.messages).toBe(10);
    expect(total.level.accuracy).toBeCloseTo(0.6, 10);
  });

  it('human output: aligned tables', async () => {
    const r = await cli(['bench', join(FIX, 'corpus.jsonl')], { clock: ticking() });
    expect(r.stdout).toMatch(/level\s+precision\s+recall\s+F1\s+support\s+predicted/);
    expect(r.stdout).toMatch(/complaint\s+1\.000\s+0\.500\s+0\.667\s+2\s+1/);
    expect(r.stdout).toMatch(/accuracy 0\.600 · macro-F1 0\.667 · within one level 1\.000/);
    expect(r.stdout).toMatch(/gold \\ predicted\s+none\s+signal/);
    expect(r.stdout).toMatch(/language accuracy\s+0\.800/);
    expect(r.stdout).toMatch(/facts word F1\s+0\.500/);
    expect(r.stdout).not.toMatch(/Total/);
  });

  it('an unreadable corpus fails before any scoring', async () => {
    const r = await cli(['bench', join(FIX, 'corpus.jsonl'), join(tmp, 'missing.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.calls).toHaveLength(0);
    expect(r.stderr).toMatch(/missing\.jsonl: no such file/);
  });
});

describe('arguments', () => {
  it.each([
    [['analyze', '--csv', '--lines'], /exclude each other/],
    [['analyze', '--text-column', 'x'], /needs --csv/],
    [['analyze', 'a', 'b'], /one file/],
    [['analyze', '--formality', 'casual'], /--formality must be one of formal, informal/],
    [['analyze', '--nope'], /Unknown option '--nope'/],
    [['analyze', '--workers', '0'], /--workers must be a whole number from 1 to 64; found "0"/],
    [['analyze', '--workers', '65'], /--workers must be a whole number from 1 to 64; found "65"/],
    [['analyze', '-w', '1.5'], /--workers must be a whole number from 1 to 64; found "1.5"/],
    [['analyze', '--workers', 'two'], /--workers must be a whole number/],
    [['analyze', '--workers'], /--workers/],
    [['bench'], /at least one corpus/],
    [['report', '--text', 'a', 'b'], /not both/],
    [['help', 'nope'], /no help on "nope"/],
  ])('%j is a usage error', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/--help" for usage/);
  });

  it('no arguments: the overview on stderr, exit 1', async () => {
    const r = await cli([]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Usage/);
  });

  it.each([
    [['--help'], /complaint-signal analyze \[FILE\|-\]/],
    [['help', 'bench'], /Usage: complaint-signal bench/],
    [['analyze', '--help'], /Blank lines \(empty or white space only\) are not records/],
    [['analyze', '--help'], /-w, --workers N\s+analyse on N worker threads/],
    [['bench', '-h'], /macro-F1/],
    [['report', '--help'], /NO_COLOR/],
  ])('%j prints help, exit 0', async (argv, text) => {
    const r = await cli(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(text);
  });

  it.each([
    [[], 1],
    [['--workers', '1'], 1],
    [['-w', '2'], 2],
    [['--workers', '64'], 64],
  ])('analyze %j runs on %i thread(s)', (argv, workers) => {
    const command = parseCommand(['analyze', ...argv]);
    expect(command).toMatchObject({ name: 'analyze', args: { workers } });
  });

  it('a first word that is not a command is the message', () => {
    expect(parseCommand(['analyse', 'this'])).toEqual({ name: 'report', args: { text: 'analyse this', json: false, options: {} } });
  });

  it('--version', async () => {
    const r = await cli(['--version']);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('terminal helpers', () => {
  it('colours only for a TTY without NO_COLOR', async () => {
    const tty = Object.assign(new Collect(), { isTTY: true, columns: 100 });
    const coloured = await cli(['refund'], { stdout: tty });
    expect(coloured.stdout).toContain('\u001b[');
    const noColor = await cli(['refund'], { stdout: Object.assign(new Collect(), { isTTY: true }), env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
    expect(stripAnsi(coloured.stdout)).toBe(noColor.stdout);
  });

  it('progress line: count, rate and a bar when the share read is known', () => {
    expect(formatProgress(2500, 500)).toBe('2,500 records  5,000 records/s');
    expect(formatProgress(10, 1000, 0.5)).toMatch(/^\[█{12}░{12}\]  50%  10 records  10 records\/s$/);
  });

  it('display width counts emoji and CJK as two, marks as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('😡!')).toBe(3);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('\u001b[31mred\u001b[39m')).toBe(3);
  });

  it('wrap keeps paragraphs and indents', () => {
    expect(wrap('one two three\n\nfour', 12, '  ')).toEqual(['  one two', '  three', '', '  four']);
  });
});

describe('strongestCue', () => {
  const cue = (kind: string, text: string, weight: number) => ({ kind, text, weight, start: 0, end: text.length });
  it.each([
    { name: 'evidence over tone valence', cues: [cue('tone', 'thanks', 2.5), cue('legal', 'ombudsman', 0.9)], kind: 'legal' },
    { name: 'evidence over a small tone weight', cues: [cue('tone', 'help', 0.95), cue('waiting', 'still', 0.5)], kind: 'waiting' },
    { name: 'the heaviest evidence', cues: [cue('waiting', 'still', 0.5), cue('repeat', 'third time', 0.85)], kind: 'repeat' },
    { name: 'tone by absolute weight when no evidence', cues: [cue('tone', 'nice', 1.2), cue('tone', 'awful', -2.8)], kind: 'tone' },
    { name: 'a history cue (no text) only when nothing else', cues: [cue('history-repeat', '', 0.8), cue('tone', 'ok', 1.5)], kind: 'tone' },
    { name: 'history only', cues: [cue('history-repeat', '', 0.8)], kind: 'history-repeat' },
    { name: 'none', cues: [], kind: undefined },
  ])('$name', ({ cues, kind }) => {
    expect(strongestCue(cues)?.kind).toBe(kind);
  });
});
