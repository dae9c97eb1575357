#!/usr/bin/env node
/**
 * History: how analyze()'s cost grows with the size of `history` (0, 10, 100 and 1,000 earlier
 * messages of the same customer), and how well same-issue repeats are found on the labelled
 * fixtures (fixtures/history-nl.jsonl, fixtures/history-en.jsonl: `expect.repeats` holds the ids of
 * the history messages about the same issue).
 *
 *   npm run build && node bench/history.mjs          # about 15-25 s
 *   npm run build && node bench/history.mjs --quick  # shorter timing runs while editing
 *
 * Reads ../dist/index.js (the built package), never the sources.
 */
import { existsSync } from 'node:fs';
import { consume, fmt, hasFlag, machineLine, measure, readJsonl, root, table, writeSection } from './lib/common.mjs';

// everything printed is also collected for RESULTS.md with --write
const printed = [];
const log = (...a) => {
  printed.push(a.join(' '));
  console.log(...a);
};

if (!existsSync(`${root}dist/index.js`)) {
  console.error('dist/index.js is missing: run `npm run build` first.');
  process.exit(1);
}
const { analyze } = await import('../dist/index.js');

const quick = hasFlag('--quick');
const started = Date.now();
const FIXTURES = ['fixtures/history-nl.jsonl', 'fixtures/history-en.jsonl'];
const records = FIXTURES.flatMap((f) => readJsonl(f).map((r) => ({ ...r, file: f })));
const HOUR = 3_600_000;

// ---- cost by history size ------------------------------------------------------------------
// Targets: the fixture messages themselves. History: the fixtures' own history texts of the same
// language, cycled, one every 7 hours back from the target's time (so all windows are populated).
const pool = { nl: [], en: [] };
for (const r of records) for (const h of r.history) pool[r.language].push(h.text);
const targets = records.filter((_, i) => i % 4 === 0); // 40 targets, 20 per language
function withHistory(r, n) {
  const texts = pool[r.language];
  const history = [];
  for (let j = 0; j < n; j++) {
    history.push({ id: `h${j}`, text: texts[j % texts.length], at: new Date(Date.parse(r.at) - (j + 1) * 7 * HOUR).toISOString(), channel: 'email' });
  }
  return { message: { id: r.id, text: r.text, at: r.at, channel: r.channel }, options: { history } };
}
const plan = [
  { n: 0, runMs: 400 },
  { n: 10, runMs: 400 },
  { n: 100, runMs: 600 },
  { n: 1000, runMs: 1500 },
];
const timing = [];
for (const { n, runMs } of plan) {
  // at 1,000 one pass over all 40 targets would take seconds: a slice keeps the runs short
  const items = (n >= 1000 ? targets.slice(0, 8) : targets).map((r) => withHistory(r, n));
  const r = measure(items, (x) => analyze(x.message, x.options), quick
    ? { warmup: 1, warmupMs: 0, runs: 3, runMs: 100 }
    : { warmup: 1, warmupMs: 500, runs: 5, runMs });
  timing.push({ n, ...r });
  console.error(`  history ${n}: ${fmt(r.median)} calls/s`);
}
const base = timing[0].median;
log(`# analyze() cost by history size\n`);
log(`${machineLine()}\n`);
log(table(
  ['Earlier messages', 'calls/s (median)', 'runs min-max', 'ms per call', 'x cost of none', 'µs per history message'],
  timing.map((t) => [
    String(t.n),
    fmt(t.median),
    `${fmt(t.min)}-${fmt(t.max)}`,
    (1000 / t.median).toFixed(3),
    (base / t.median).toFixed(1),
    t.n === 0 ? '-' : ((1e6 / t.median - 1e6 / base) / t.n).toFixed(1),
  ]),
));
log(`\nµs per history message = (time per call - time per call without history) / N: each earlier message is read (language, cues, level, stems) once per call.`);

// ---- repeat detection precision / recall ---------------------------------------------------
const perKind = new Map();
const perLang = new Map();
const total = { tp: 0, fp: 0, fn: 0 };
const misses = [];
const add = (map, key, d) => {
  const s = map.get(key) ?? { tp: 0, fp: 0, fn: 0, n: 0 };
  s.tp += d.tp; s.fp += d.fp; s.fn += d.fn; s.n += 1;
  map.set(key, s);
};
for (const r of records) {
  const { history, expect, file: _f, ...message } = r;
  const a = analyze(message, { history });
  consume(a);
  const want = new Set(expect.repeats);
  const got = new Set(a.repetition.repeats);
  const d = { tp: 0, fp: 0, fn: 0 };
  for (const g of got) (want.has(g) ? d.tp++ : d.fp++);
  for (const w of want) if (!got.has(w)) d.fn++;
  total.tp += d.tp; total.fp += d.fp; total.fn += d.fn;
  add(perKind, expect.kind, d);
  add(perLang, r.language, d);
  if (d.fp || d.fn) misses.push(`${r.id}: expected [${[...want]}] got [${[...got]}]`);
}
const pr = (s) => {
  const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const rc = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  const f1 = p + rc === 0 ? 0 : (2 * p * rc) / (p + rc);
  return [p.toFixed(3), rc.toFixed(3), f1.toFixed(3)];
};
const historyMessages = records.reduce((n, r) => n + r.history.length, 0);
log(`\n# same-issue repeat detection\n`);
log(`Corpus: ${FIXTURES.join(', ')}: ${records.length} messages with ${historyMessages} history messages; a pair is one (message, history message) labelled same-issue in \`expect.repeats\`.\n`);
log(table(
  ['Slice', 'messages', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'],
  [
    ['all', String(records.length), String(total.tp), String(total.fp), String(total.fn), ...pr(total)],
    ...[...perLang].map(([k, s]) => [k, String(s.n), String(s.tp), String(s.fp), String(s.fn), ...pr(s)]),
    ...[...perKind].map(([k, s]) => [`kind: ${k}`, String(s.n), String(s.tp), String(s.fp), String(s.fn), ...pr(s)]),
  ],
));
if (misses.length) log(`\nMisses (development fixtures):\n${misses.map((m) => `- ${m}`).join('\n')}`);

// ---- held-out: written apart from the matcher, scored here only, misses never printed -------
const HELDOUT = ['fixtures/history-nl.heldout.jsonl', 'fixtures/history-en.heldout.jsonl'].filter((f) => existsSync(root + f));
if (HELDOUT.length > 0) {
  const held = new Map();
  let heldN = 0;
  for (const f of HELDOUT) {
    for (const r of readJsonl(f)) {
      const { history, expect, ...message } = r;
      const got = new Set(analyze(message, { history }).repetition.repeats);
      const want = new Set(expect.repeats);
      const d = { tp: 0, fp: 0, fn: 0 };
      for (const g of got) (want.has(g) ? d.tp++ : d.fp++);
      for (const w of want) if (!got.has(w)) d.fn++;
      add(held, 'all', d);
      add(held, r.language, d);
      heldN++;
    }
  }
  log(`\n# same-issue repeat detection, held-out\n`);
  log(`Corpus: ${HELDOUT.join(', ')}: ${heldN} messages written apart from the matcher and never used to change it; misses are not printed.\n`);
  log(table(
    ['Slice', 'messages', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'],
    [...held].map(([k, s2]) => [k, String(s2.n), String(s2.tp), String(s2.fp), String(s2.fn), ...pr(s2)]),
  ));
}
log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

if (hasFlag('--write')) {
  const caveat =
    'The development fixtures (history-nl/en.jsonl) were written together with the same-issue matcher and it was fixed ' +
    'against them, so their detection figures are a development score; the held-out table (history-*.heldout.jsonl) is the independent one.';
  const body = [`Reproduce: \`npm run build && node bench/history.mjs --write\``, '', caveat, '', ...printed.filter((l) => !l.startsWith('Done in'))]
    .join('\n')
    .replace(/^# /gm, '### ');
  writeSection('history', body);
}
