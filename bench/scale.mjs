#!/usr/bin/env node
/**
 * Scale: the built CLI (`dist/cli.js analyze`) on a JSONL file of 1,000,000 lines and one of
 * 100,000, in one thread and on two worker threads. Reports wall time, records per second, CPU
 * time and peak resident memory (RSS) of the whole CLI process, threads included, and the RSS
 * during the run, to show that memory does not grow with the file.
 *
 *   npm run build && node bench/scale.mjs            # about 5 minutes on 2 cores
 *   npm run build && node bench/scale.mjs --write    # also update bench/RESULTS.md
 *   npm run build && node bench/scale.mjs --quick    # 20,000 and 100,000 lines, never written
 *
 * The input is generated into a temporary directory (deleted afterwards) from the 400 messages
 * of fixtures/speed-150.jsonl, cycled, each line with its own id, customer, channel and time.
 * The CLI's output goes through a pipe to this script, which counts its lines: every record in
 * must give one line out. Peak RSS comes from `/usr/bin/time -v` when it is there, else from
 * `process.resourceUsage().maxRSS` reported by a preload in the CLI process (bench/lib/maxrss.mjs).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { fmt, hasFlag, machineLine, readJsonl, root, table, writeSection } from './lib/common.mjs';

const CLI = `${root}dist/cli.js`;
const CORPUS = 'fixtures/speed-150.jsonl';
const quick = hasFlag('--quick');
const BIG = quick ? 100_000 : 1_000_000;
const SMALL = quick ? 20_000 : 100_000;
/** How often the RSS of the running CLI is read from /proc while it runs. */
const SAMPLE_MS = 250;
const TIME = '/usr/bin/time';
const useTime = existsSync(TIME);
const MAXRSS_PRELOAD = fileURLToPath(new URL('./lib/maxrss.mjs', import.meta.url));

if (!existsSync(CLI)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(1);
}

const CHANNELS = ['email', 'chat', 'form', 'social', 'phone'];
const T0 = Date.parse('2026-01-05T08:00:00Z');

/** Writes `n` JSONL lines, cycling the corpus; each line its own id, customer, channel and time. */
async function generate(path, n) {
  const corpus = readJsonl(CORPUS);
  const out = createWriteStream(path);
  let chunk = '';
  for (let i = 0; i < n; i++) {
    const m = corpus[i % corpus.length];
    chunk += `${JSON.stringify({
      id: `scale-${i + 1}`,
      customerId: `cust-${(i * 7919) % 50_000}`,
      channel: CHANNELS[i % CHANNELS.length],
      at: new Date(T0 + i * 30_000).toISOString(),
      text: m.text,
    })}\n`;
    if (chunk.length >= 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** The RSS (kB) of `pid` now, or undefined when it has gone. */
function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** The pid of the node process: `/usr/bin/time`'s child when it runs under time. */
function nodePid(pid) {
  if (!useTime) return pid;
  try {
    const child = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/)[0];
    return child ? Number(child) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `dist/cli.js analyze --quiet --workers N file`, counting output lines and sampling RSS. */
async function runCli(file, workers) {
  const cliArgs = [CLI, 'analyze', '--quiet', '--workers', String(workers), file];
  const timeFile = join(dir, `time-${workers}-${Date.now()}.txt`);
  const [cmd, args] = useTime
    ? [TIME, ['-v', '-o', timeFile, process.execPath, ...cliArgs]]
    : [process.execPath, ['--import', MAXRSS_PRELOAD, ...cliArgs]];
  const start = performance.now();
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let lines = 0;
  child.stdout.on('data', (buf) => {
    for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) lines++;
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const samples = [];
  let pid;
  const timer = setInterval(() => {
    pid ??= nodePid(child.pid);
    const rss = pid === undefined ? undefined : rssOf(pid);
    if (rss !== undefined) samples.push({ t: performance.now() - start, rss });
  }, SAMPLE_MS);
  const [code] = await once(child, 'close');
  clearInterval(timer);
  const wallMs = performance.now() - start;
  let peakKb;
  let cpuS;
  if (useTime) {
    const t = readFileSync(timeFile, 'utf8');
    peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(t)?.[1]);
    cpuS = Number(/User time \(seconds\): ([\d.]+)/.exec(t)?.[1]) + Number(/System time \(seconds\): ([\d.]+)/.exec(t)?.[1]);
  } else {
    peakKb = Number(/^maxrss (\d+)$/m.exec(stderr)?.[1]);
    stderr = stderr.replace(/^maxrss \d+\n/m, '');
  }
  if (code !== 0) throw new Error(`the CLI exited with ${code}: ${stderr}`);
  return { workers, wallMs, lines, peakKb, cpuS, samples };
}

/** The RSS at a share of the run (nearest sample), in MB. */
function rssAt(samples, share) {
  if (samples.length === 0) return undefined;
  return samples[Math.min(samples.length - 1, Math.round(share * (samples.length - 1)))].rss / 1024;
}

const dir = mkdtempSync(join(os.tmpdir(), 'cs-scale-'));
const results = [];
const loadAtStart = os.loadavg();
try {
  const bigFile = join(dir, 'big.jsonl');
  const smallFile = join(dir, 'small.jsonl');
  console.error(`scale: writing ${BIG.toLocaleString('en-US')} and ${SMALL.toLocaleString('en-US')} lines into ${dir}${quick ? ' [--quick]' : ''}`);
  await generate(bigFile, BIG);
  await generate(smallFile, SMALL);
  const plan = [
    { file: smallFile, lines: SMALL, workers: 1 },
    { file: smallFile, lines: SMALL, workers: 2 },
    { file: bigFile, lines: BIG, workers: 1 },
    { file: bigFile, lines: BIG, workers: 2 },
  ];
  for (const p of plan) {
    const load = os.loadavg()[0];
    const r = await runCli(p.file, p.workers);
    if (r.lines !== p.lines) throw new Error(`${p.lines} lines in, ${r.lines} out (--workers ${p.workers})`);
    const rate = (p.lines * 1000) / r.wallMs;
    console.error(
      `  ${p.lines.toLocaleString('en-US')} lines, --workers ${p.workers}: ${(r.wallMs / 1000).toFixed(1)} s, ${fmt(rate)} records/s, peak RSS ${(r.peakKb / 1024).toFixed(0)} MB, load ${load.toFixed(2)}`,
    );
    results.push({ ...p, ...r, rate, load, bytes: readFileSync(p.file).length });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const loadAtEnd = os.loadavg();

// ---- report ----
const mb = (kb) => (kb / 1024).toFixed(0);
const rows = results.map((r) => [
  `${r.lines.toLocaleString('en-US')} (${(r.bytes / 1e6).toFixed(0)} MB)`,
  String(r.workers),
  (r.wallMs / 1000).toFixed(1),
  fmt(r.rate),
  r.cpuS === undefined ? '-' : `${r.cpuS.toFixed(0)} (${Math.round((100 * r.cpuS * 1000) / r.wallMs)}%)`,
  r.cpuS === undefined ? '-' : ((r.cpuS * 1e6) / r.lines).toFixed(0),
  mb(r.peakKb),
  [0.25, 0.5, 0.75].map((s) => rssAt(r.samples, s)?.toFixed(0) ?? '-').join(' / '),
  r.load.toFixed(2),
]);
const get = (lines, workers) => results.find((r) => r.lines === lines && r.workers === workers);
const speedUp = get(BIG, 1).wallMs / get(BIG, 2).wallMs;
const speedUpSmall = get(SMALL, 1).wallMs / get(SMALL, 2).wallMs;
/** What the CPU columns say about the speed-up, when /usr/bin/time gave CPU times. */
function cpuNote() {
  const one = get(BIG, 1);
  const two = get(BIG, 2);
  if (one.cpuS === undefined || two.cpuS === undefined) return '';
  const share = (r) => (100 * r.cpuS * 1000) / r.wallMs;
  const diff = (two.cpuS / one.cpuS - 1) * 100;
  return `
- The CPU columns show why: in one thread the CLI got ${share(one).toFixed(0)}% of a core, with two workers ${share(two).toFixed(0)}% (of the
  200% two cores could give), and a record cost ${Math.abs(diff).toFixed(0)}% ${diff < 0 ? 'less' : 'more'} CPU on the workers than in one thread (they
  encode whole batches; one thread writes line by line). The wall-clock gain is the extra share of the cores
  the scheduler grants; on two idle cores it could approach 2x (not measured: this machine had none).`;
}
const command = quick ? 'node bench/scale.mjs --quick' : 'node bench/scale.mjs --write';

const md = `Measured on: ${machineLine()}.
Reproduce: \`npm run build && ${command}\`

Input: JSONL generated from the 400 messages of \`${CORPUS}\` (mean 143 characters), cycled, each
line with its own \`id\`, \`customerId\`, \`channel\` and \`at\`. Command:
\`node dist/cli.js analyze --quiet --workers N FILE\`, its output read through a pipe and counted
(every run wrote one line per input line). Peak RSS of the whole CLI process, worker threads
included, from ${useTime ? '`/usr/bin/time -v`' : '`process.resourceUsage().maxRSS`'}; RSS during the run read from \`/proc\` every ${SAMPLE_MS} ms.

${table(['Lines', 'Workers', 'Wall s', 'Records/s', 'CPU s (% of one core)', 'CPU µs/record', 'Peak RSS MB', 'RSS at 25/50/75% of the run, MB', 'Load (1 min) at start'], rows, 1)}

- **Memory does not grow with the file**: ${BIG / SMALL} times the lines, about the same peak RSS
  (${mb(get(SMALL, 1).peakKb)} MB for ${SMALL.toLocaleString('en-US')} lines, ${mb(get(BIG, 1).peakKb)} MB for ${BIG.toLocaleString('en-US')} in one thread; ${mb(get(SMALL, 2).peakKb)} and ${mb(get(BIG, 2).peakKb)} MB
  on two worker threads, each of which holds its own copy of the lexicons).
- **\`--workers 2\` on this machine's ${os.cpus().length} cores: ${speedUp.toFixed(2)}x** on ${BIG.toLocaleString('en-US')} lines (${speedUpSmall.toFixed(2)}x on ${SMALL.toLocaleString('en-US')}, where each
  thread's warm-up weighs more). Two threads cannot give 2x here: the main thread, which reads, parses and
  writes (the workers analyse, stringify and encode), shares the same two cores, and so does every other
  process on this machine: load average (1 min) ${loadAtStart[0].toFixed(2)} at the start of the bench and ${loadAtEnd[0].toFixed(2)} at the end
  (${os.cpus().length} would mean the cores were fully used before this bench added its own work).${cpuNote()}
`;

console.log(md);
if (hasFlag('--write')) {
  if (quick) {
    console.error('--quick results are not written to RESULTS.md');
    process.exitCode = 1;
  } else writeSection('scale', md);
}
