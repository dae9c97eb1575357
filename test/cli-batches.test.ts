/**
 * The batch loop of `analyze --workers N` without threads: `run` is a function that finishes
 * batches out of order after random delays, so ordering, the bound on batches in flight, failures
 * and the idle flush are tested on their own. The real threads are tested in cli-inputs.test.ts.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { IDLE_FLUSH_MS, processInBatches, type BatchItem, type BatchResult } from '../src/cli/batches.js';
import { linesOf, readLines } from '../src/cli/lines.js';
import { recordsOf } from '../src/cli/formats.js';
import { analyzeBatch } from '../src/cli/worker.js';
import { jsonLine, processRecords, type OutputRecord } from '../src/cli/process.js';
import { createStub } from './fixtures-cli/stub-analyze.js';
import { OutputClosedError } from '../src/cli/errors.js';

/** A seeded generator (mulberry32), so a failing order can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const utf8 = new TextDecoder();
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function jsonl(n: number, bad: (i: number) => boolean = () => false): string {
  return Array.from({ length: n }, (_, i) => (bad(i + 1) ? '{"text":' : JSON.stringify({ id: `m${i + 1}`, text: i % 3 ? 'refund' : 'thanks' }))).join('\n');
}

/** `run` over the stub analyze, finishing each batch after a random delay, recording concurrency. */
function slowRun(seed: number, maxDelayMs: number) {
  const { analyze } = createStub();
  const next = random(seed);
  const stats = { open: 0, maxOpen: 0, batches: 0 };
  const run = async (items: BatchItem[]): Promise<BatchResult> => {
    stats.open += 1;
    stats.batches += 1;
    stats.maxOpen = Math.max(stats.maxOpen, stats.open);
    await sleep(next() * maxDelayMs);
    stats.open -= 1;
    return analyzeBatch(items, analyze, { options: {}, output: 'json' });
  };
  return { run, stats };
}

async function serialOutput(input: string): Promise<string> {
  const { analyze } = createStub();
  let text = '';
  await processRecords(recordsOf(linesOf(input), 'jsonl'), { decode: (r) => r.decoded, analyze, emit: (o) => void (text += jsonLine(o)) });
  return text;
}

describe('processInBatches', () => {
  it.each([
    { seed: 1, records: 1000, batchSize: 7, maxInFlight: 4 },
    { seed: 2, records: 1000, batchSize: 64, maxInFlight: 2 },
    { seed: 3, records: 999, batchSize: 1, maxInFlight: 8 },
    { seed: 4, records: 5, batchSize: 256, maxInFlight: 4 },
  ])('out-of-order batches come out in input order, byte for byte the one-thread output ($records records, batches of $batchSize, $maxInFlight in flight)', async ({ seed, records, batchSize, maxInFlight }) => {
    const input = jsonl(records, (i) => i % 97 === 0);
    const { run, stats } = slowRun(seed, 3);
    let text = '';
    const progress: number[] = [];
    const result = await processInBatches(recordsOf(linesOf(input), 'jsonl'), {
      decode: (r) => r.decoded,
      run,
      write: (r) => void (text += utf8.decode(r.json)),
      batchSize,
      maxInFlight,
      onRecord: (n) => progress.push(n),
    });
    expect(text).toBe(await serialOutput(input));
    expect(result).toEqual({ records, bad: Math.floor(records / 97) });
    expect(stats.batches).toBe(Math.ceil(records / batchSize));
    expect(stats.maxOpen).toBeLessThanOrEqual(maxInFlight + 1);
    expect(progress.at(-1)).toBe(records);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('a slow writer holds reading back: batches in flight stay bounded', async () => {
    const { run, stats } = slowRun(5, 1);
    let reads = 0;
    let maxAhead = 0;
    let written = 0;
    async function* source() {
      for await (const r of recordsOf(linesOf(jsonl(2000)), 'jsonl')) {
        reads += 1;
        maxAhead = Math.max(maxAhead, reads - written);
        yield r;
      }
    }
    await processInBatches(source(), {
      decode: (r) => r.decoded,
      run,
      write: async (r) => {
        await sleep(2);
        written += r.count;
      },
      batchSize: 10,
      maxInFlight: 3,
    });
    expect(written).toBe(2000);
    expect(stats.maxOpen).toBeLessThanOrEqual(4);
    // read ahead of what is written: the batches in flight and the one being filled, never the file
    expect(maxAhead).toBeLessThanOrEqual(10 * (3 + 2));
  });

  it('the first failure of run stops the writing and is thrown; nothing after it is written', async () => {
    let text = '';
    const { analyze } = createStub();
    const run = async (items: BatchItem[]): Promise<BatchResult> => {
      await sleep(items[0]!.line === 21 ? 5 : 1);
      if (items[0]!.line === 21) throw new Error('thread died');
      return analyzeBatch(items, analyze, { options: {}, output: 'json' });
    };
    await expect(
      processInBatches(recordsOf(linesOf(jsonl(100)), 'jsonl'), { decode: (r) => r.decoded, run, write: (r) => void (text += utf8.decode(r.json)), batchSize: 10, maxInFlight: 4 }),
    ).rejects.toThrow('thread died');
    expect(text.trim().split('\n').map((l) => (JSON.parse(l) as OutputRecord).line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('a closed output (the write throws) ends the loop with that error', async () => {
    const { run } = slowRun(6, 1);
    let writes = 0;
    const read = { n: 0 };
    async function* source() {
      for await (const r of recordsOf(linesOf(jsonl(5000)), 'jsonl')) {
        read.n += 1;
        yield r;
      }
    }
    await expect(
      processInBatches(source(), {
        decode: (r) => r.decoded,
        run,
        write: () => {
          writes += 1;
          if (writes === 2) throw new OutputClosedError();
        },
        batchSize: 10,
        maxInFlight: 2,
      }),
    ).rejects.toBeInstanceOf(OutputClosedError);
    expect(writes).toBe(2);
    expect(read.n).toBeLessThan(100); // stopped reading soon after, not at the end of the input
  });

  it('a read error: what was read before it is written, then the error is thrown', async () => {
    const { run } = slowRun(7, 1);
    let text = '';
    async function* source() {
      yield* recordsOf(linesOf(jsonl(25)), 'jsonl');
      throw Object.assign(new Error('EIO'), { syscall: 'read' });
    }
    await expect(processInBatches(source(), { decode: (r) => r.decoded, run, write: (r) => void (text += utf8.decode(r.json)), batchSize: 10, maxInFlight: 2 })).rejects.toThrow('EIO');
    expect(text.trim().split('\n')).toHaveLength(25);
  });

  it(`input that pauses is analysed as far as it came, without waiting for a full batch (after ${IDLE_FLUSH_MS} ms)`, async () => {
    const { run } = slowRun(8, 0);
    const seen: number[] = [];
    const stdin = new Readable({ read() {} });
    const done = processInBatches(recordsOf(readLines(stdin), 'jsonl'), {
      decode: (r) => r.decoded,
      run,
      write: (r) => void seen.push(r.count),
      batchSize: 256,
      maxInFlight: 4,
    });
    stdin.push('{"text":"a"}\n{"text":"b"}\n');
    await sleep(IDLE_FLUSH_MS * 4);
    expect(seen).toEqual([2]); // written while the input is still open
    stdin.push('{"text":"c"}\n');
    stdin.push(null);
    expect(await done).toEqual({ records: 3, bad: 0 });
    expect(seen).toEqual([2, 1]);
  });
});

describe('analyzeBatch', () => {
  it('gives the JSON lines (UTF-8), or the records, and counts the error records', () => {
    const { analyze } = createStub();
    const items: BatchItem[] = [
      { line: 1, decoded: { ok: true, message: { text: 'refund' }, options: {} } },
      { line: 3, decoded: { ok: false, error: { code: 'invalid_json', message: 'Malformed JSON' } } },
      { line: 4, decoded: { ok: true, message: { text: 'THROW', id: 'x' }, options: {} } },
    ];
    const json = analyzeBatch(items, analyze, { options: { reply: { agentName: 'Sam' } }, output: 'json' });
    expect(json.count).toBe(3);
    expect(json.bad).toBe(2);
    const lines = utf8.decode(json.json).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual(analyzeBatch(items, analyze, { options: { reply: { agentName: 'Sam' } }, output: 'records' }).records);
    expect(JSON.parse(lines[0]!)).toMatchObject({ line: 1, level: 'complaint', reply: { text: expect.stringContaining('Sam') } });
    expect(JSON.parse(lines[2]!)).toMatchObject({ line: 4, id: 'x', error: { code: 'invalid_input' } });
  });
});
