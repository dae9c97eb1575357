/**
 * End to end: the real CLI in a child process, with the real `analyze`. Runs the TypeScript entry
 * through tsx, because `npm test` runs vitest before the build (dist/ may not exist yet).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/run.js';
import { displayWidth } from '../src/cli/text.js';
import { spawnCollect, spawnNode, type Spawned } from './helpers/spawn-node.js';
import { bundledCli, removeBundledCli } from './helpers/cli-bundle.js';

const ROOT = resolve(__dirname, '..');
const ENTRY = ['--import', 'tsx', 'src/cli/main.ts'];
const tmp = mkdtempSync(join(tmpdir(), 'cs-e2e-'));
const BIG = join(tmp, 'big.jsonl');
const BIG_LINES = 10_000;
const BAD_LINES = [17, 5_000, BIG_LINES - 1];
/** The first lines of BIG: six batches of 256 records, enough to be spread over two threads. */
const MID = join(tmp, 'mid.jsonl');
const MID_LINES = 1_500;

const TEXTS = [
  'Where is my order? I ordered it two weeks ago.',
  'This is the third time I am calling about invoice 4471. I want a refund now!',
  'Ik wacht al drie weken op mijn terugbetaling. Dit is echt belachelijk!',
  'Thanks, the new router works great.',
  'Als dit niet vandaag is opgelost stap ik naar de geschillencommissie.',
];

function spawnCli(args: string[], input?: string, entry: string[] = ENTRY): Promise<Spawned> {
  return spawnNode([...entry, ...args], input);
}

function shell(script: string): Promise<Spawned> {
  return spawnCollect('bash', ['-c', script]);
}

const parse = (stdout: string): Array<Record<string, unknown>> =>
  stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(() => {
  const lines: string[] = [];
  for (let n = 1; n <= BIG_LINES; n++) {
    lines.push(
      BAD_LINES.includes(n)
        ? `{"id":"m${n}","text":"unterminated`
        : JSON.stringify({ id: `m${n}`, text: TEXTS[n % TEXTS.length], channel: 'email' }),
    );
  }
  writeFileSync(BIG, `${lines.join('\n')}\n`);
  writeFileSync(MID, `${lines.slice(0, MID_LINES).join('\n')}\n`);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterAll(removeBundledCli);

/** The CLI bundled as it ships (see helpers/cli-bundle.ts): what `--workers` runs its threads on. */
const bundle = async (): Promise<string[]> => [fileURLToPath(await bundledCli())];

describe.concurrent('complaint-signal (child process, real analyze)', () => {
  it('10,000 JSONL lines with three malformed: 10,000 lines out, those three marked, exit 2', async () => {
    const r = await spawnCli(['analyze', BIG]);
    expect(r.code).toBe(2);
    const out = parse(r.stdout);
    expect(out).toHaveLength(BIG_LINES);
    out.forEach((o, i) => expect(o.line).toBe(i + 1));
    const errors = out.filter((o) => 'error' in o);
    expect(errors.map((o) => o.line)).toEqual(BAD_LINES);
    for (const e of errors) expect(e.error).toMatchObject({ code: 'invalid_json' });
    expect(out[0]).toMatchObject({ id: 'm1', level: expect.any(String), reply: { text: expect.any(String) } });
  }, 30_000);

  it('closed stdout (| head -1): no EPIPE stack trace, exit 0', async () => {
    const r = await shell(`set -o pipefail; node ${ENTRY.join(' ')} analyze ${BIG} | head -1`);
    expect(r.code).toBe(0);
    expect(parse(r.stdout)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
  }, 30_000);

  it('CSV with a quoted newline inside a field', async () => {
    const r = await spawnCli(['analyze', '--csv', 'test/fixtures-cli/messages.csv']);
    expect(r.code).toBe(2);
    const out = parse(r.stdout);
    expect(out.map((o) => o.line)).toEqual([2, 3, 6, 7, 8]);
    expect(out.map((o) => ('error' in o ? 'error' : 'ok'))).toEqual(['ok', 'ok', 'error', 'error', 'ok']);
    expect(out[1]).toMatchObject({ id: 'c2', language: expect.any(String) });
  }, 30_000);

  it('--lines from stdin', async () => {
    const r = await spawnCli(['analyze', '--lines', '-'], `${TEXTS.join('\r\n')}\r\n\r\n`);
    expect(r.code).toBe(0);
    expect(parse(r.stdout).map((o) => o.line)).toEqual([1, 2, 3, 4, 5]);
  }, 30_000);

  it('an unreadable file: exit 1 and a clear message on stderr', async () => {
    const r = await spawnCli(['analyze', join(tmp, 'missing.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^complaint-signal: cannot read .*missing\.jsonl: no such file\n$/);
  }, 30_000);
});

describe('complaint-signal analyze --workers 2 (child process, real analyze)', () => {
  it('byte for byte the output of one thread (the bundled CLI, 1,500 lines over two threads), exit 2', async () => {
    const [one, two] = await Promise.all([spawnCli(['analyze', MID]), spawnCli(['analyze', '--workers', '2', MID], undefined, await bundle())]);
    expect(one.code).toBe(2);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe(one.stderr);
    expect(parse(two.stdout)).toHaveLength(MID_LINES);
    expect(two.stdout === one.stdout).toBe(true); // not toBe: a diff of megabytes is no help
  }, 90_000);

  it('closed stdout (| head -1): the threads end, no stack trace, exit 0', async () => {
    const [cli] = await bundle();
    const r = await shell(`set -o pipefail; node ${cli} analyze --workers 2 ${MID} | head -1`);
    expect(r.code).toBe(0);
    expect(parse(r.stdout)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
  }, 60_000);

  it('from the TypeScript source: the threads load it through tsx', async () => {
    const r = await spawnCli(['analyze', '--workers', '2', '--lines'], `${TEXTS.join('\n')}\n`);
    expect(r.code).toBe(0);
    expect(parse(r.stdout).map((o) => [o.line, typeof o.level])).toEqual(TEXTS.map((_, i) => [i + 1, 'string']));
  }, 60_000);
});

/** A Writable that keeps what it is given. */
class Collect extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

describe('report and summary with the real analyze (in process)', () => {
  async function inProcess(argv: string[]): Promise<Spawned> {
    const stdout = new Collect();
    const stderr = new Collect();
    const code = await run(argv, { stdin: Readable.from([]), stdout, stderr, env: {} });
    return { code, stdout: stdout.text, stderr: stderr.text };
  }

  it('a report on one message', async () => {
    const r = await inProcess(['Ik wacht al drie weken op mijn terugbetaling!']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Language\s+nl/);
    expect(r.stdout).toMatch(/none ─ signal ─ feedback ─ complaint ─ escalation ─ dispute/i);
    expect(r.stdout).toMatch(/Suggested reply/);
  });

  it('the summary of the sample fixture fits a 100-column terminal', async () => {
    const r = await inProcess(['analyze', '--summary', 'fixtures/sample.jsonl']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => /^sample-\d+/.test(l))).toHaveLength(32);
    for (const l of lines) expect(displayWidth(l)).toBeLessThan(100);
    expect(r.stdout).toMatch(/Most severe: sample-\d+/);
  });
});
