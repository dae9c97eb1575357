#!/usr/bin/env node
/**
 * Load time: how long `import` of the package takes in a fresh `node` process, for the ESM and the
 * CJS entry; how long the first `analyze()` after it takes (it compiles the lexicons); the start-up
 * of the CLI; and the same for the peers, each in its own fresh processes, side by side.
 *
 *   npm run build && node bench/import.mjs                 # print the tables
 *   npm run build && node bench/import.mjs --write         # also update bench/RESULTS.md
 *   node bench/import.mjs --runs 41                        # fresh processes per row (default 31)
 *   node bench/import.mjs --profile                        # also where the import's time goes
 *   node bench/import.mjs --instructions                   # also instruction counts (valgrind)
 *
 * Cold means: a new `node` process that has loaded nothing before, with no code cache of ours
 * (Node 20 keeps none between processes). The rows take turns, one process each per round, so a
 * change in the machine's load touches every row alike; the tables give the median and the 10th
 * and 90th percentiles over the rounds. Wall-clock times move with the load of the machine;
 * instruction counts (`--instructions`, callgrind, `node --single-threaded`) do not, and are what
 * to compare across machines or runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hasFlag, machineLine, median, root, table, writeSection } from './lib/common.mjs';

const require = createRequire(import.meta.url);
const quick = hasFlag('--quick'); // a few rounds while editing this script; never for RESULTS.md
const runsArg = process.argv.indexOf('--runs');
const ROUNDS = quick ? 5 : runsArg > 0 ? Number(process.argv[runsArg + 1]) : 31;
/** CPU profiles taken for `--profile` (of the package, and of an empty module to subtract). */
const PROFILES = quick ? 3 : 12;
/** Sampling interval of those profiles, µs: fine enough for a ~50 ms import. */
const PROFILE_INTERVAL_US = 50;

for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/cli.js']) {
  if (!existsSync(join(root, f))) {
    console.error(`${f} is missing: run \`npm run build\` (tsup) first.`);
    process.exit(1);
  }
}

// Ask for the highest priority (root only; children inherit it): less interference from other work.
let niced = false;
try {
  os.setPriority(-20);
  niced = os.getPriority() === -20;
} catch {
  // not permitted: run at the normal priority
}

// What "node alone" imports: an empty module file, so reading and linking a file count on both sides.
const scratch = mkdtempSync(join(os.tmpdir(), 'complaint-signal-import-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const EMPTY = join(scratch, 'empty.mjs');
writeFileSync(EMPTY, 'export default 1;\n');
const EMPTY_CJS = join(scratch, 'empty.cjs');
writeFileSync(EMPTY_CJS, 'module.exports = 1;\n');

const NL = 'Ik heb al drie keer gebeld en mijn internet werkt nog steeds niet. Ik wil dat dit nu wordt opgelost!';
const EN = 'I have called three times and my internet still does not work. I want this fixed now!';
const url = (rel) => pathToFileURL(join(root, rel)).href;
const peer = (id) => require.resolve(id, { paths: [root] });

/**
 * One row: `load` runs in a fresh process and binds `m`; `first` is the first call on it. Both are
 * timed inside the child with performance.now(). `module` says whether the child runs as ESM.
 */
const rows = [
  {
    name: '**complaint-signal** (ESM)',
    what: '`import` dist/index.js; first: `analyze()` of a Dutch message',
    module: true,
    load: `const m = await import(${JSON.stringify(url('dist/index.js'))});`,
    first: `m.analyze({ text: ${JSON.stringify(NL)} });`,
  },
  {
    name: '**complaint-signal** (CJS)',
    what: '`require` dist/index.cjs; first: `analyze()` of a Dutch message',
    module: false,
    load: `const m = require(${JSON.stringify(join(root, 'dist/index.cjs'))});`,
    first: `m.analyze({ text: ${JSON.stringify(NL)} });`,
  },
  {
    name: 'vader-sentiment',
    what: '`require`; first: `polarity_scores(text)`',
    module: false,
    load: `const m = require(${JSON.stringify(peer('vader-sentiment'))});`,
    first: `m.SentimentIntensityAnalyzer.polarity_scores(${JSON.stringify(EN)});`,
  },
  {
    name: 'sentiment',
    what: '`require`; first: `new Sentiment().analyze(text)`',
    module: false,
    load: `const m = require(${JSON.stringify(peer('sentiment'))});`,
    first: `new m().analyze(${JSON.stringify(EN)});`,
  },
  {
    name: 'natural SentimentAnalyzer',
    what: '`require` of SentimentAnalyzer, PorterStemmer and a tokenizer by path; first: `getSentiment(words)`',
    module: false,
    load: `const m = { A: require(${JSON.stringify(peer('natural/lib/natural/sentiment/SentimentAnalyzer.js'))}), stem: require(${JSON.stringify(peer('natural/lib/natural/stemmers/porter_stemmer.js'))}), T: require(${JSON.stringify(peer('natural/lib/natural/tokenizers/aggressive_tokenizer.js'))}) };`,
    first: `new m.A('English', m.stem, 'afinn').getSentiment(new m.T().tokenize(${JSON.stringify(EN)}));`,
  },
  {
    name: 'franc',
    what: "`import`; first: `franc(text)` (all languages)",
    module: true,
    load: `const m = await import(${JSON.stringify(pathToFileURL(peer('franc')).href)});`,
    first: `m.franc(${JSON.stringify(EN)});`,
  },
  {
    name: 'zod (for reference)',
    what: '`import` of zod from node_modules (~100 files); first: `z.object(...).parse`',
    module: true,
    load: `const m = await import(${JSON.stringify(pathToFileURL(peer('zod')).href)});`,
    first: `m.z.object({ text: m.z.string() }).parse({ text: 'x' });`,
  },
];

/** Processes timed from outside: start-up to exit. */
const processes = [
  { name: '`node -e ""` (node alone)', args: ['-e', ''] },
  { name: '`complaint-signal --help` (CLI start-up)', args: [join(root, 'dist/cli.js'), '--help'] },
  { name: '`complaint-signal "<message>"` (CLI: report on one message)', args: [join(root, 'dist/cli.js'), NL] },
];

function child(row) {
  const code = `const t0 = performance.now(); ${row.load} const t1 = performance.now(); ${row.first} const t2 = performance.now();
process.stdout.write(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));`;
  return row.module ? ['--input-type=module', '-e', code] : ['-e', code];
}

function run(args) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', cwd: root });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ').slice(0, 200)} failed:\n${r.stderr}`);
  return { wall, out: r.stdout };
}

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))];
};
const ms = (x) => x.toFixed(1);

const loadAtStart = os.loadavg()[0];
console.error(`import: ${ROUNDS} rounds of ${rows.length + processes.length} fresh processes${niced ? ' at priority -20' : ''}${quick ? ' [--quick]' : ''}`);
const samples = new Map([...rows, ...processes].map((r) => [r.name, { load: [], first: [], wall: [] }]));
for (let i = 0; i < ROUNDS; i++) {
  for (const row of rows) {
    const { wall, out } = run(child(row));
    const { load, first } = JSON.parse(out);
    const s = samples.get(row.name);
    s.load.push(load);
    s.first.push(first);
    s.wall.push(wall);
  }
  for (const p of processes) samples.get(p.name).wall.push(run(p.args).wall);
  if ((i + 1) % 10 === 0) console.error(`  ${i + 1}/${ROUNDS} rounds`);
}
const loadAtEnd = os.loadavg()[0];

// ---- instruction counts (optional) ----
// `base`: the row of node alone that a row is compared with (the same kind of entry)
const INSTRUCTION_ROWS = [
  { name: 'node alone: `import` of an empty module', args: ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(EMPTY).href)})`] },
  { name: 'complaint-signal (ESM): import', base: 0, args: ['--input-type=module', '-e', `await import(${JSON.stringify(url('dist/index.js'))})`] },
  { name: 'complaint-signal (ESM): import + first analyze()', base: 0, args: child(rows[0]) },
  { name: 'node alone: `require` of an empty file', args: ['-e', `require(${JSON.stringify(EMPTY_CJS)})`] },
  { name: 'complaint-signal (CJS): require', base: 3, args: ['-e', `require(${JSON.stringify(join(root, 'dist/index.cjs'))})`] },
];
let instructions;
if (hasFlag('--instructions')) {
  const has = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
  if (has.status !== 0) console.error('--instructions: valgrind is not installed; skipped');
  else {
    instructions = INSTRUCTION_ROWS.map((r) => {
      const v = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', ...r.args], { encoding: 'utf8', cwd: root });
      const m = /I\s+refs:\s+([\d,]+)/.exec(v.stderr);
      if (!m) throw new Error(`callgrind gave no count for ${r.name}:\n${v.stderr.slice(-500)}`);
      console.error(`  ${r.name}: ${m[1]} instructions`);
      return { ...r, count: Number(m[1].replaceAll(',', '')) };
    });
  }
}

// ---- where the import's time goes (optional) ----
/**
 * Self time of CPU profiles of `import`, by kind of work; the lines of dist/index.js are told apart
 * by the `// node_modules/<package>/...` and `// src/...` comments esbuild writes above each module.
 */
function profileImport(target) {
  const dir = mkdtempSync(join(os.tmpdir(), 'complaint-signal-prof-'));
  try {
    for (let i = 0; i < PROFILES; i++) {
      run(['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-interval=${PROFILE_INTERVAL_US}`, '--input-type=module', '-e', `await import(${JSON.stringify(target)})`]);
    }
    const lines = readFileSync(join(root, 'dist/index.js'), 'utf8').split('\n');
    const section = [];
    let cur = 'our code (src/)';
    lines.forEach((l, i) => {
      const m = /^\/\/ (node_modules\/(@[^/]+\/[^/]+|[^/]+)\/|src\/|lexicons\/)/.exec(l);
      if (m) cur = m[2] ?? (m[1] === 'src/' ? 'our code (src/)' : 'lexicons');
      section[i] = cur;
    });
    const byKind = new Map();
    const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
    for (const f of files) {
      const p = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const nodes = new Map(p.nodes.map((n) => [n.id, n.callFrame]));
      p.samples.forEach((id, i) => {
        const cf = nodes.get(id);
        const dt = (p.timeDeltas[i] ?? 0) / 1000;
        let kind;
        if (cf.url.endsWith('/dist/index.js')) {
          kind = cf.lineNumber === 0 && cf.functionName === ''
            ? 'dist/index.js: top-level statements of every bundled module'
            : `dist/index.js: functions of ${section[cf.lineNumber]}`;
        } else if (cf.url.includes('/dist/')) kind = 'dist: the shared chunk';
        else if (cf.functionName === 'compileSourceTextModule') kind = 'V8: parse and compile the module source';
        else if (['decode', 'toString', 'readFileSync', 'readFile', 'openFileHandle', 'read', 'fstat', 'close'].includes(cf.functionName)) kind = "node: read and decode the file";
        else if (cf.functionName === '(garbage collector)') kind = 'garbage collection';
        else if (cf.functionName === '(program)') kind = 'V8 native, unattributed (lazy compiles, ICU, ...)';
        else if (cf.functionName === '(idle)' || cf.functionName === '(root)') kind = '(idle)';
        else kind = 'node: start-up and ESM loader (resolve, link)';
        byKind.set(kind, (byKind.get(kind) ?? 0) + dt);
      });
    }
    for (const [k, v] of byKind) byKind.set(k, v / files.length);
    return byKind;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
let where;
if (hasFlag('--profile')) {
  const pkg = profileImport(url('dist/index.js'));
  const empty = profileImport(pathToFileURL(EMPTY).href);
  const kinds = [...new Set([...pkg.keys(), ...empty.keys()])].filter((k) => k !== '(idle)');
  where = kinds
    .map((k) => ({ kind: k, pkg: pkg.get(k) ?? 0, empty: empty.get(k) ?? 0 }))
    .map((r) => ({ ...r, extra: r.pkg - r.empty }))
    .sort((a, b) => b.extra - a.extra);
}

// ---- report ----
const size = (rel) => statSync(join(root, rel)).size;
const kb = (n) => `${Math.round(n / 1024).toLocaleString('en-US')} KB`;
const loadTable = table(
  ['Row', 'What runs in the fresh process', 'Import ms (median)', 'p10-p90', 'First call ms (median)', 'p10-p90', 'Process ms (median)'],
  rows.map((r) => {
    const s = samples.get(r.name);
    return [r.name, r.what, ms(median(s.load)), `${ms(quantile(s.load, 0.1))}-${ms(quantile(s.load, 0.9))}`, ms(median(s.first)), `${ms(quantile(s.first, 0.1))}-${ms(quantile(s.first, 0.9))}`, ms(median(s.wall))];
  }),
  2,
);
const processTable = table(
  ['Process', 'Start to exit ms (median)', 'p10-p90'],
  processes.map((p) => {
    const s = samples.get(p.name).wall;
    return [p.name, ms(median(s)), `${ms(quantile(s, 0.1))}-${ms(quantile(s, 0.9))}`];
  }),
);
const instructionTable = instructions
  ? table(
      ['Process (`node --single-threaded`)', 'Instructions', 'Above node alone (same kind of entry)'],
      instructions.map((r) => [r.name, `${(r.count / 1e6).toFixed(0)}M`, r.base === undefined ? '-' : `${((r.count - instructions[r.base].count) / 1e6).toFixed(0)}M`]),
      1,
    )
  : '';
const whereTable = where
  ? table(
      ['Kind of work (CPU profile self time)', 'Importing the package, ms', 'Importing an empty module, ms', 'Difference, ms'],
      where.map((r) => [r.kind, ms(r.pkg), ms(r.empty), ms(r.extra)]),
      1,
    )
  : '';
const cmd = `npm run build && node bench/import.mjs${instructions ? ' --instructions' : ''}${where ? ' --profile' : ''} --write`;
const md = `Measured on: ${machineLine()}.
Reproduce: \`${cmd}\`

${ROUNDS} rounds; each round starts one fresh \`node\` process per row, in turn${niced ? ', at priority -20' : ''}. Import and first-call
times are taken inside the process with \`performance.now()\` around the \`import\`/\`require\` and around the first call;
process times from outside, start to exit. Load average (1 min) at start / end: ${loadAtStart.toFixed(2)} / ${loadAtEnd.toFixed(2)}
on ${os.cpus().length} cores: wall-clock times on a busy machine run high and wide.

${loadTable}

${processTable}

dist/index.js is ${kb(size('dist/index.js'))} (dist/index.cjs ${kb(size('dist/index.cjs'))}, dist/cli.js ${kb(size('dist/cli.js'))}): zod, franc's trigrams and
natural's stemmers are bundled in, the lexicons as JSON text parsed on first use (tsup.config.ts, build/plugins.ts).
The first \`analyze()\` compiles the lexicons (word tables, cue index, reply templates) before it analyses.
${instructionTable ? `\n### Instruction counts\n\nRepeatable under load (callgrind counts instructions, not time); one process each.\n\n${instructionTable}\n` : ''}${whereTable ? `\n### Where the import's time goes\n\nSelf time in V8 CPU profiles of ${PROFILES} fresh processes each (sampled every ${PROFILE_INTERVAL_US} µs; profiling slows everything down,\ncompare the rows, not the totals with the table above).\n\n${whereTable}\n` : ''}`;
console.log(md);
if (hasFlag('--write')) {
  if (quick) {
    console.error('--quick results are not written to RESULTS.md');
    process.exitCode = 1;
  } else writeSection('import', md);
}
