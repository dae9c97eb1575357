#!/usr/bin/env node
/**
 * History: how analyze()'s cost grows with the size of `history` (0, 10, 100 and 1,000 earlier
 * messages of the same customer), and how well same-issue repeats are found on the labelled
 * fixtures (`expect.repeats` holds the ids of the history messages about the same issue): the
 * development fixtures (history-nl/en.jsonl), the paraphrase development set
 * (history-paraphrase-nl/en.jsonl) and the held-out files (history-nl/en.heldout.jsonl).
 *
 *   npm run build && node bench/history.mjs          # about 15-25 s
 *   npm run build && node bench/history.mjs --quick  # shorter timing runs while editing
 *   ... --dev             # development sets only: the held-out set is not scored (while tuning)
 *   ... --no-timing       # detection only
 *   ... --misses          # list the misses of the development sets (never of the held-out set)
 *
 * Reads ../dist/index.js (the built package), never the sources.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
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
const loadAtStart = os.loadavg()[0];
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
if (!hasFlag('--no-timing')) {
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
  log(`${machineLine()}; load average ${loadAtStart.toFixed(1)} at the start (other processes slow every figure)\n`);
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
  log(`\nµs per history message = (time per call - time per call without history) / N: each earlier message is read (language, cues, level, issue keys) once per call.`);
}

// ---- repeat detection precision / recall ---------------------------------------------------
// Three sets side by side: the development fixtures the matcher was first written with, the
// paraphrase development set (follow-ups in other words, with same-customer and same-domain
// negatives), and the held-out files written apart from the matcher (scored, misses never printed).
const SETS = [
  { name: 'dev', files: FIXTURES, misses: true },
  { name: 'paraphrase dev', files: ['fixtures/history-paraphrase-nl.jsonl', 'fixtures/history-paraphrase-en.jsonl'], misses: true },
  { name: 'held-out', files: ['fixtures/history-nl.heldout.jsonl', 'fixtures/history-en.heldout.jsonl'], misses: false },
];
const add = (map, key, d) => {
  const s = map.get(key) ?? { tp: 0, fp: 0, fn: 0, n: 0 };
  s.tp += d.tp; s.fp += d.fp; s.fn += d.fn; s.n += 1;
  map.set(key, s);
};
const pr = (s) => {
  const p = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const rc = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  const f1 = p + rc === 0 ? 0 : (2 * p * rc) / (p + rc);
  return [p.toFixed(3), rc.toFixed(3), f1.toFixed(3)];
};
/** Scores one set: per language and per `expect.kind`, with the misses of development sets. */
function scoreSet(set) {
  const files = set.files.filter((f) => existsSync(root + f));
  const bySlice = new Map();
  const byKind = new Map();
  const misses = [];
  let pairs = 0;
  for (const f of files) {
    for (const r of readJsonl(f)) {
      const { history, expect, ...message } = r;
      const a = analyze(message, { history });
      consume(a);
      pairs += history.length;
      const want = new Set(expect.repeats);
      const got = new Set(a.repetition.repeats);
      const d = { tp: 0, fp: 0, fn: 0 };
      for (const g of got) (want.has(g) ? d.tp++ : d.fp++);
      for (const w of want) if (!got.has(w)) d.fn++;
      add(bySlice, 'all', d);
      add(bySlice, r.language, d);
      add(byKind, expect.kind, d);
      if (set.misses && (d.fp || d.fn)) misses.push(`${r.id}: expected [${[...want]}] got [${[...got]}]`);
    }
  }
  return { ...set, files, bySlice, byKind, misses, pairs };
}
const skipHeldOut = hasFlag('--dev');
const scored = SETS.filter((s) => !(skipHeldOut && s.name === 'held-out')).map(scoreSet).filter((s) => s.files.length > 0);
log(`\n# same-issue repeat detection\n`);
log(`A pair is one (message, history message); it is same-issue when its id is in the record's \`expect.repeats\`.\n`);
for (const s of scored) log(`- ${s.name}: ${s.files.join(', ')}: ${s.bySlice.get('all')?.n ?? 0} messages, ${s.pairs} pairs${s.misses ? '' : ' (written apart from the matcher, never used to change it; misses are not printed)'}`);
log('');
const slices = ['all', 'nl', 'en'];
log(table(
  ['Slice', ...scored.flatMap((s) => [`${s.name} P`, `${s.name} R`, `${s.name} F1`])],
  slices.map((k) => [k, ...scored.flatMap((s) => pr(s.bySlice.get(k) ?? { tp: 0, fp: 0, fn: 0 }))]),
));
log('');
log(table(
  ['Set / slice', 'messages', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'],
  scored.flatMap((s) => [
    ...slices.map((k) => [k, s.bySlice.get(k)]).filter(([, v]) => v).map(([k, v]) => [`${s.name}: ${k}`, String(v.n), String(v.tp), String(v.fp), String(v.fn), ...pr(v)]),
    ...(s.misses ? [...s.byKind].map(([k, v]) => [`${s.name}: kind ${k}`, String(v.n), String(v.tp), String(v.fp), String(v.fn), ...pr(v)]) : []),
  ]),
));
if (hasFlag('--misses')) {
  for (const s of scored) if (s.misses && s.misses.length) console.log(`\nMisses (${s.name}):\n${s.misses.map((m) => `- ${m}`).join('\n')}`);
}
log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

if (hasFlag('--write')) {
  const caveat =
    'The development fixtures (history-nl/en.jsonl) were written together with the same-issue matcher, and the paraphrase ' +
    'development set (history-paraphrase-nl/en.jsonl) was written to tune its topic classes, compounds and identifiers, so both ' +
    'are development scores; the held-out columns (history-*.heldout.jsonl, written apart from the matcher) are the independent ones.';
  const body = [`Reproduce: \`npm run build && node bench/history.mjs --write\``, '', caveat, '', ...printed.filter((l) => !l.startsWith('Done in'))]
    .join('\n')
    .replace(/^# /gm, '### ');
  writeSection('history', body);
}
