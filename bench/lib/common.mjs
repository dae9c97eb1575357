/**
 * Shared helpers of the bench scripts: reading corpora, timing, and updating bench/RESULTS.md.
 * The bench may read the clock and the environment; the library may not.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const resultsPath = fileURLToPath(new URL('../RESULTS.md', import.meta.url));

/** Reads a JSON Lines file (path relative to the repository root). */
export function readJsonl(rel) {
  return readFileSync(root + rel, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l);
      } catch (e) {
        throw new Error(`${rel}:${i + 1}: ${e.message}`);
      }
    });
}

/** The machine, Node version and date a measurement was taken on. */
export function machine() {
  const cpus = os.cpus();
  const date = process.env.BENCH_DATE || new Date().toISOString().slice(0, 10);
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown CPU',
    cores: cpus.length,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    date,
  };
}

export function machineLine(m = machine()) {
  return `${m.cpu} (${m.cores} logical cores), Node ${m.node}, ${m.platform}, ${m.date}`;
}

export const hasFlag = (flag) => process.argv.slice(2).includes(flag);

/** Anything a benchmarked function returns is folded in here, so no call can be optimised away. */
let sink = 0;
export function consume(x) {
  if (typeof x === 'number') sink += x;
  else if (typeof x === 'string') sink += x.length;
  else if (x && typeof x === 'object') sink += 1;
}
export const sinkValue = () => sink;

const nowMs = () => performance.now();

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Calls `fn` on every item: untimed warm-up passes (at least `warmup` passes and `warmupMs`
 * milliseconds, so the JIT has settled), then `runs` timed runs, each repeating whole passes until at
 * least `runMs` has elapsed (at least one pass). Returns items per second of each
 * run and their median.
 */
export function measure(items, fn, { warmup = 2, warmupMs = 0, runs = 5, runMs = 450 } = {}) {
  const w0 = nowMs();
  for (let w = 0; w < warmup || nowMs() - w0 < warmupMs; w++) for (let i = 0; i < items.length; i++) consume(fn(items[i]));
  const rates = [];
  for (let r = 0; r < runs; r++) {
    let done = 0;
    const t0 = nowMs();
    let t = t0;
    do {
      for (let i = 0; i < items.length; i++) consume(fn(items[i]));
      done += items.length;
      t = nowMs();
    } while (t - t0 < runMs);
    rates.push((done * 1000) / (t - t0));
  }
  return { rates, median: median(rates), min: Math.min(...rates), max: Math.max(...rates) };
}

/** Formats a rate with thousands separators and no decimals (or 1 decimal below 100). */
export function fmt(n) {
  if (!Number.isFinite(n)) return String(n);
  if (n < 100) return n.toFixed(1);
  return Math.round(n).toLocaleString('en-US');
}

export function pct(n, d) {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`;
}

/** A markdown table; columns from index `numericFrom` on are right-aligned. */
export function table(header, rows, numericFrom = 1) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((h, i) => (i >= numericFrom ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

export const HEADER = `# complaint-signal: benchmark results

Every figure below was produced by a script in \`bench/\` on fixed local corpora in \`fixtures/\`, with the
peer libraries measured in the same run on the same machine (DESIGN.md, principle 11). Absolute
numbers depend on the machine; compare the columns, not a figure from another machine.
Each section names the machine it ran on and the command that reproduces it; everything at once:
\`npm run bench -- --write\` (builds, then runs \`bench/run-all.mjs\`).

<!-- machine:start -->
<!-- machine:end -->

## Speed

<!-- speed:start -->
_not measured yet: \`npm run build && node bench/speed.mjs --write\`_
<!-- speed:end -->

## Language detection on short texts

<!-- language:start -->
_not measured yet: \`npm run build && node bench/language.mjs --write\`_
<!-- language:end -->
`;

/** Replaces the section between `<!-- name:start -->` and `<!-- name:end -->` in bench/RESULTS.md. */
export function writeSection(name, body) {
  let doc = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : HEADER;
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  if (!doc.includes(start) || !doc.includes(end)) {
    doc = `${doc.trimEnd()}\n\n## ${name}\n\n${start}\n${end}\n`;
  }
  const replace = (d, s, e, text) => {
    const a = d.indexOf(s);
    const b = d.indexOf(e, a);
    return `${d.slice(0, a + s.length)}\n${text.trim()}\n${d.slice(b)}`;
  };
  doc = replace(doc, start, end, body);
  if (doc.includes('<!-- machine:start -->')) {
    doc = replace(doc, '<!-- machine:start -->', '<!-- machine:end -->', `Last written on: ${machineLine()}.`);
  }
  writeFileSync(resultsPath, doc);
  console.error(`updated the ${name} section of ${resultsPath}`);
}
