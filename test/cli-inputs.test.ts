/**
 * The CLI loses nothing: every awkward input of `analyze`, in one table, run in process with the
 * real `analyze`, in one thread and on two worker threads. Each record in gives exactly one line
 * out (the analysis, or an error line with the record's line number), or the run ends with a
 * clear fatal error; the exit status follows CONTRACT.md (0 all analysed, 2 some bad, 1 fatal);
 * and the output of `--workers 2` is byte for byte that of one thread. The worker threads run
 * the CLI bundled as it ships (see helpers/cli-bundle.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { bundledCli, removeBundledCli } from './helpers/cli-bundle.js';

const tmp = mkdtempSync(join(tmpdir(), 'cs-inputs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterAll(removeBundledCli);

/** A line of about 5 MB: a short complaint and a pasted blob without spaces. */
const FIVE_MB = 5 * 1024 * 1024;
const bigText = `Ik wacht al 3 weken op mijn terugbetaling. ${'a'.repeat(FIVE_MB)}`;

class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function analyzeCli(args: string[], workers: number, stdin: Readable = Readable.from([])): Promise<Outcome> {
  const stdout = new Collect();
  const stderr = new Collect();
  const code = await run(['analyze', '--workers', String(workers), ...args], { stdin, stdout, stderr, env: {} }, { workerScript: await bundledCli() });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function file(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const json = (o: unknown): string => JSON.stringify(o);

/** `ok` for an analysed record, else the code of its error line. */
type Expect = [line: number, outcome: string];

interface Case {
  name: string;
  /** Arguments after `analyze`; `{file}` is replaced by the path of `input`. */
  args: string[];
  input: string | Buffer;
  code: 0 | 1 | 2;
  out: Expect[];
  stderr?: RegExp;
}

const cases: Case[] = [
  {
    name: 'malformed JSON lines among good ones',
    args: ['{file}'],
    input: [json({ id: 'a', text: 'Waar blijft mijn pakket?' }), '{"text": "trailing comma",}', '{"text":broken}', 'not json at all', '{"text": "x"} {"text": "y"}', json({ id: 'b', text: 'Thanks!' })].join('\n'),
    code: 2,
    out: [[1, 'ok'], [2, 'invalid_json'], [3, 'invalid_json'], [4, 'invalid_json'], [5, 'invalid_json'], [6, 'ok']],
  },
  {
    name: 'a UTF-8 byte order mark before the first record',
    args: ['{file}'],
    input: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${json({ id: 'a', text: 'I want a refund' })}\n${json({ text: 'ok' })}\n`)]),
    code: 0,
    out: [[1, 'ok'], [2, 'ok']],
  },
  {
    name: 'CRLF line ends (and a lone CR)',
    args: ['--lines', '{file}'],
    input: 'I want a refund\r\nIk wacht nog steeds\r\nthird\rfourth\r\n',
    code: 0,
    out: [[1, 'ok'], [2, 'ok'], [3, 'ok'], [4, 'ok']],
  },
  {
    name: 'empty and white-space lines are not records but keep the numbering',
    args: ['{file}'],
    input: `\n${json({ text: 'a' })}\n\n   \n\t\n${json({ text: 'b' })}\n\n`,
    code: 0,
    out: [[2, 'ok'], [6, 'ok']],
  },
  {
    name: 'a 5 MB line between two short ones',
    args: ['{file}'],
    input: `${json({ id: 'before', text: 'hallo' })}\n${json({ id: 'big', text: bigText })}\n${json({ id: 'after', text: 'bye' })}\n`,
    code: 0,
    out: [[1, 'ok'], [2, 'ok'], [3, 'ok']],
  },
  {
    name: 'CSV with quoted line breaks (LF and CRLF) and a doubled quote',
    args: ['--csv', '{file}'],
    input: 'id,text\r\n1,"first line\r\nsecond line"\r\n2,"He said ""refund""\n\nthen left"\r\n3,plain\r\n',
    code: 0,
    out: [[2, 'ok'], [4, 'ok'], [7, 'ok']],
  },
  {
    name: 'a truncated last line (JSONL cut mid-record, no line end)',
    args: ['{file}'],
    input: `${json({ text: 'a' })}\n${json({ text: 'b' })}\n{"id":"c","text":"I want my mon`,
    code: 2,
    out: [[1, 'ok'], [2, 'ok'], [3, 'invalid_json']],
  },
  {
    name: 'a truncated last CSV record (a quote never closed)',
    args: ['--csv', '{file}'],
    input: 'id,text\n1,fine\n2,"cut off in the mid',
    code: 2,
    out: [[2, 'ok'], [3, 'invalid_csv']],
  },
  {
    name: 'NUL and control characters: raw in JSON is malformed, escaped is analysed',
    args: ['{file}'],
    input: `{"text":"raw\u0000nul"}\n${json({ text: 'escaped\u0000nul \u0007\u001b[31m red \u0008' })}\n${json({ text: '\u0000\u0000' })}\n`,
    code: 2,
    out: [[1, 'invalid_json'], [2, 'ok'], [3, 'ok']],
  },
  {
    name: 'NUL and control characters in plain lines',
    args: ['--lines', '{file}'],
    input: 'ik\u0000wacht\u0000al\u0000weken\n\u0001\u0002\u0003\nbell\u0007!\n',
    code: 0,
    out: [[1, 'ok'], [2, 'ok'], [3, 'ok']],
  },
  {
    name: 'text beyond ASCII: accents, emoji, CJK, right-to-left and an escaped lone surrogate',
    args: ['{file}'],
    input: [json({ text: 'Ik wacht al één week 😡😡 “echt” belachelijk' }), json({ text: '注文はどこですか' }), json({ text: 'مرحبا، أين طلبي؟' }), '{"text":"half a pair \\ud83d here"}'].join('\n'),
    code: 0,
    out: [[1, 'ok'], [2, 'ok'], [3, 'ok'], [4, 'ok']],
  },
  {
    name: 'bytes that are not UTF-8',
    args: ['--lines', '{file}'],
    input: Buffer.from([0x66, 0x6f, 0xff, 0xfe, 0x6f, 0x0a, 0xc3, 0x28, 0x0a]),
    code: 0,
    out: [[1, 'ok'], [2, 'ok']],
  },
  {
    name: 'records the library rejects (wrong field types) become error lines',
    args: ['{file}'],
    input: [json({ text: 'a', channel: 'fax' }), json({ text: 'b', now: 'yesterday' }), json({ text: 'c', history: 'none' }), json({ text: 'd', followers: '10' }), json({ text: 'e' })].join('\n'),
    code: 2,
    out: [[1, 'invalid_input'], [2, 'invalid_options'], [3, 'invalid_options'], [4, 'invalid_input'], [5, 'ok']],
  },
  {
    name: 'an empty file',
    args: ['{file}'],
    input: '',
    code: 0,
    out: [],
  },
  {
    name: 'a missing file is fatal',
    args: [join(tmp, 'no-such-file.jsonl')],
    input: '',
    code: 1,
    out: [],
    stderr: /^complaint-signal: cannot read .*no-such-file\.jsonl: no such file\n$/,
  },
  {
    name: 'a directory is fatal',
    args: [tmp],
    input: '',
    code: 1,
    out: [],
    stderr: /^complaint-signal: cannot read .*: it is a directory\n$/,
  },
  {
    name: 'a CSV header without the text column is fatal',
    args: ['--csv', '{file}'],
    input: 'id,body\n1,hello\n',
    code: 1,
    out: [],
    stderr: /no column "text" \(columns: id, body\)/,
  },
];

function check(c: Case, r: Outcome): void {
  expect(r.code).toBe(c.code);
  const lines = r.stdout.split('\n');
  expect(lines.pop()).toBe(''); // every output line ends in a line end
  const got = lines.map((l) => {
    const o = JSON.parse(l) as { line: number; error?: { code: string; message: string }; level?: string };
    if (o.error) expect(o.error.message).toEqual(expect.any(String));
    else expect(o.level).toEqual(expect.any(String));
    return [o.line, o.error ? o.error.code : 'ok'];
  });
  expect(got).toEqual(c.out);
  // a line end inside a record never leaks into the output as a stray carriage return
  expect(r.stdout).not.toMatch(/\\r(?!\\n)/u);
  if (c.stderr) expect(r.stderr).toMatch(c.stderr);
  if (c.code === 0) expect(r.stderr).toBe('');
  if (c.code === 2) expect(r.stderr).toMatch(/records could not be analysed \(see their error lines\)\n$/);
  expect(r.stderr).not.toMatch(/\n\s+at /u); // never a stack trace
}

describe('analyze loses nothing', () => {
  it.each(cases)('$name', async (c) => {
    const path = file(`${cases.indexOf(c)}.in`, c.input);
    const args = c.args.map((a) => (a === '{file}' ? path : a));
    const one = await analyzeCli(args, 1);
    check(c, one);
    const two = await analyzeCli(args, 2);
    check(c, two);
    expect(two.stdout).toBe(one.stdout);
  });

  it('--summary with --workers 2: the same table, tally and reply as in one thread', async () => {
    const one = await analyzeCli(['--summary', 'fixtures/sample.jsonl'], 1);
    const two = await analyzeCli(['--summary', 'fixtures/sample.jsonl'], 2);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(one.stdout).toMatch(/Most severe: sample-\d+/);
    expect(two.stdout).toBe(one.stdout);
  });

  it.each([1, 2])('from stdin with --workers %i: the same records and lines as from a file', async (workers) => {
    const input = `\uFEFF${json({ text: 'a' })}\r\n\r\n{"text":\r\n${json({ text: 'b' })}`;
    const r = await analyzeCli(['-'], workers, Readable.from([Buffer.from(input)]));
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n').map((l) => [JSON.parse(l).line, JSON.parse(l).error?.code ?? 'ok'])).toEqual([
      [1, 'ok'],
      [3, 'invalid_json'],
      [4, 'ok'],
    ]);
  });

  it.each([1, 2])('a read error in the middle of the input (--workers %i): what came before is written, then exit 1', async (workers) => {
    const lines = Array.from({ length: 600 }, (_, i) => `${json({ id: `m${i + 1}`, text: 'Waar blijft mijn pakket?' })}\n`);
    const stdin = new Readable({ read() {} });
    stdin.push(lines.join(''));
    setTimeout(() => stdin.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', syscall: 'read' })), 100);
    const r = await analyzeCli([], workers, stdin);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('complaint-signal: cannot read stdin: EIO: i/o error, read\n');
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number });
    expect(out.map((o) => o.line)).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
  });

  it.each([1, 2])('a closed stdout (EPIPE) with --workers %i: stops quietly with 0', async (workers) => {
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _enc, cb) {
        writes += 1;
        cb(writes > 1 ? Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' }) : null);
      },
    });
    const stderr = new Collect();
    const lines = Array.from({ length: 3000 }, (_, i) => json({ id: String(i), text: 'Ik wil mijn geld terug' })).join('\n');
    const before = process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    const code = await run(['analyze', '--workers', String(workers)], { stdin: Readable.from([lines]), stdout, stderr, env: {} }, { workerScript: await bundledCli() });
    expect(code).toBe(0);
    expect(stderr.text).toBe('');
    expect(writes).toBeLessThan(workers === 1 ? 3000 : 12);
    // the worker threads are gone: no message port of theirs keeps the process alive
    expect(process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length).toBe(before);
  });
});
