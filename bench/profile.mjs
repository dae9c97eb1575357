#!/usr/bin/env node
/**
 * Where analyze()'s time goes, stage by stage: runs analyze() over fixtures/speed-150.jsonl in a
 * child process, profiles it after a warm-up with V8's sampling CPU profiler (what `node --cpu-prof`
 * uses, started through node:inspector so the lexicon compile and JIT warm-up stay out), then sums the samples under each stage's function
 * (inclusive time: a stage's own code plus what it calls) and prints the shares.
 *
 *   npm run build && node bench/profile.mjs            # print the table
 *   npm run build && node bench/profile.mjs --write    # also update bench/RESULTS.md
 *
 * Shares come from sampling (every 100 µs), so they move by a point or two between runs; other
 * work on the machine slows every stage alike and leaves the shares about where they are.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasFlag, machineLine, root, writeSection } from './lib/common.mjs';

/** Seconds of analyze() calls profiled (after a warm-up of the same length). */
const SECONDS = hasFlag('--quick') ? 2 : 6;

// Stage -> the bundled function names that implement it (esbuild may add a digit to a name).
const STAGES = [
  ['validate (zod, at the boundary)', ['validateMessage', 'validateOptions']],
  ['normalize (quotes, signatures, HTML)', ['normalize']],
  ['tokenize', ['tokenize']],
  ['word table lookup (and degree words regraded on it)', ['lookupWords', 'regradeDegreeJudgements']],
  ['language', ['detectLanguage']],
  ['sentences and clauses', ['sentences', 'clauses']],
  ['cues', ['findMessageCues']],
  ['tone', ['scoreTone']],
  ['facts/frustration split', ['splitClauses']],
  ['history (none given here)', ['pastContacts', 'readHistory', 'referenceTime']],
  ['level and priority', ['decideLevel', 'decidePriority', 'levelOf']],
  ['reply', ['buildReply']],
];

const child = (out) => `
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
const { analyze } = await import(${JSON.stringify(`${root}dist/index.js`)});
const corpus = readFileSync(${JSON.stringify(`${root}fixtures/speed-150.jsonl`)}, 'utf8').trim().split('\\n')
  .map((l) => JSON.parse(l)).map(({ id, text }) => ({ id, text }));
let sink = 0;
const run = (ms) => { const end = Date.now() + ms; while (Date.now() < end) for (const m of corpus) sink += analyze(m).score; };
run(${SECONDS * 1000});
// profiled from here: the lexicon compile and the JIT warm-up are behind us
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
run(${SECONDS * 1000});
const { profile } = await session.post('Profiler.stop');
writeFileSync(${JSON.stringify(out)}, JSON.stringify(profile));
if (sink < 0) console.log(sink);
`;

const dir = mkdtempSync(join(tmpdir(), 'cs-profile-'));
try {
  const out = join(dir, 'analyze.cpuprofile');
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', child(out)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`profiled run failed: ${r.stderr}`);
  const profile = JSON.parse(readFileSync(out, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const bare = (name) => name.replace(/\d+$/, '');
  // samples by stage; a sample counts once per stage even when a stage calls itself
  const inStage = new Map(STAGES.map(([label]) => [label, 0]));
  let analyzeSamples = 0;
  let gc = 0;
  const counts = new Map();
  for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  for (const [id, c] of counts) {
    const names = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) names.add(bare(byId.get(cur).callFrame.functionName));
    if (byId.get(id).callFrame.functionName === '(garbage collector)') gc += c;
    if (!names.has('analyze')) continue;
    analyzeSamples += c;
    for (const [label, fns] of STAGES) if (fns.some((f) => names.has(f))) inStage.set(label, inStage.get(label) + c);
  }
  const total = profile.samples.length;
  const pct = (x, of) => ((100 * x) / of).toFixed(1);
  let staged = 0;
  for (const v of inStage.values()) staged += v;
  const rows = STAGES.map(([label]) => `| ${label} | ${pct(inStage.get(label), analyzeSamples)} |`);
  const body = [
    `Measured on: ${machineLine()}.`,
    'Reproduce: `npm run build && node bench/profile.mjs --write` (the V8 CPU profiler, 100 µs sampling, over `fixtures/speed-150.jsonl`).',
    '',
    `Share of the time inside \`analyze()\` spent in each stage (inclusive: the stage and what it calls). ${SECONDS} s of calls after a ${SECONDS} s warm-up.`,
    '',
    '| Stage | % of analyze() |',
    '| --- | ---: |',
    ...rows,
    `| glue in analyze() (assembling the result, sorting cues) | ${pct(analyzeSamples - staged, analyzeSamples)} |`,
    '',
    `Garbage collection: ${pct(gc, total)}% of all samples (allocation is spread over the stages above).`,
  ].join('\n');
  console.log(body);
  if (hasFlag('--write')) writeSection('profile', body);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
