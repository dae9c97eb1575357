#!/usr/bin/env node
/**
 * Tone: complaint-signal's `scoreTone` side by side with vader-sentiment, sentiment and natural's
 * SentimentAnalyzer in one run, on
 *   1. English: /work/shared/data/en-amazon-snippets-tone.jsonl (3,708 review snippets rated by
 *      about 20 people each; see the README next to it): Pearson r against the raters' mean and
 *      3-class macro-F1, on the whole file and on a fixed dev/held-out split of it;
 *   2. Dutch: fixtures/tone-nl.dev.jsonl and fixtures/tone-nl.heldout.jsonl: 3-class macro-F1, and
 *      anger (binary F1 of `anger >= 0.35`, rank AUC);
 *   3. speed: `scoreTone` beside `analyze` on the same texts, and the tone stage on its own.
 *
 *   npm run build && node bench/tone.mjs              # print the tables
 *   npm run build && node bench/tone.mjs --errors     # also the Dutch DEV misclassifications
 *   npm run build && node bench/tone.mjs --write      # also update the tone section of bench/RESULTS.md
 *
 * Only DEV items are ever printed. Held-out items (Dutch held-out file, English held-out lines) are
 * counted, never shown: looking at them would turn the held-out set into a second dev set.
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  consume, fmt, HEADER, hasFlag, machineLine, median, readJsonl, resultsPath, root, sinkValue, table,
} from './lib/common.mjs';

const require = createRequire(import.meta.url);

const EN_DATA = '/work/shared/data/en-amazon-snippets-tone.jsonl';
const NL_DEV = 'fixtures/tone-nl.dev.jsonl';
const NL_HELDOUT = 'fixtures/tone-nl.heldout.jsonl';
/** Polarity bands: positive at >= +0.05, negative at <= -0.05 (VADER's band for `compound`, and the band of the labels). */
const BAND = 0.05;
/** complaint-signal's anger counts as "high" from here (the brief's threshold). */
const ANGER_HIGH = 0.35;
/** The English file's fixed split: line index % 5 === 0 is dev, every other line held-out. */
const isEnDev = (lineIndex) => lineIndex % 5 === 0;
const COMMAND = 'npm run build && node bench/tone.mjs --write';

if (!existsSync(`${root}dist/index.js`)) {
  console.error('dist/index.js is missing: run `npm run build` (tsup) first.');
  process.exit(1);
}
if (!existsSync(EN_DATA)) {
  console.error(`${EN_DATA} is missing (the external English tone data).`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// Speed helpers and the child processes that use them. Warm-up lasts at least 2 passes and
// WARM_MS per function (complaint-signal's throughput keeps rising for a few seconds while V8
// optimises; bench/speed.mjs). The timed runs of the two functions being compared alternate, so
// drift of the machine hits both alike.

const WARM_MS = 1500;
const RUNS = 5;
const RUN_MS = 300;

function warm(items, fn) {
  const t0 = performance.now();
  let passes = 0;
  while (passes < 2 || performance.now() - t0 < WARM_MS) {
    for (let i = 0; i < items.length; i++) consume(fn(items[i]));
    passes++;
  }
}
function timedRun(items, fn) {
  let done = 0;
  const t0 = performance.now();
  let t = t0;
  do {
    for (let i = 0; i < items.length; i++) consume(fn(items[i]));
    done += items.length;
    t = performance.now();
  } while (t - t0 < RUN_MS);
  return (done * 1000) / (t - t0);
}
/** Messages/s (median, min, max of RUNS) of each function, runs interleaved. */
function compare(items, fns) {
  for (const fn of fns) warm(items, fn);
  const rates = fns.map(() => []);
  for (let r = 0; r < RUNS; r++) fns.forEach((fn, k) => rates[k].push(timedRun(items, fn)));
  return rates.map((rs) => ({ median: median(rs), min: Math.min(...rs), max: Math.max(...rs) }));
}

/** The texts timed: all Dutch fixture texts (dev + held-out) and all English snippets. */
function loadSpeedSets() {
  return [
    {
      language: 'nl',
      label: 'Dutch (tone-nl dev + held-out)',
      texts: [...readJsonl(NL_DEV), ...readJsonl(NL_HELDOUT)].map((r) => r.text),
    },
    {
      language: 'en',
      label: 'English (the snippets file)',
      texts: readFileSync(EN_DATA, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l).text),
    },
  ];
}

/** (a) The public calls from dist/: `scoreTone(text, lang)` beside `analyze({ text, language })`. */
async function publicChild(sets) {
  const { scoreTone, analyze } = await import('../dist/index.js');
  return sets.map((set) => {
    const msgs = set.texts.map((text) => ({ text, language: set.language }));
    const [tone, full] = compare(msgs, [(m) => scoreTone(m.text, m.language), (m) => analyze(m)]);
    return { language: set.language, label: set.label, n: set.texts.length, tone, full };
  });
}

/**
 * (b) The tone stage on its own. The public `scoreTone` runs readMessage (normalize, tokens,
 * language, sentences, clauses, cues, tone AND the facts/frustration split) and keeps only the
 * tone, so (a) is not the tone stage's cost. The stage is not exported from dist/, so it is loaded
 * from src/ through tsx (a devDependency; esbuild compiles the TypeScript, as in tsup) and timed on
 * pre-tokenized input, beside src/'s own analyze() on the same messages.
 */
async function stageChild(sets) {
  const { tsImport } = await import('tsx/esm/api');
  const src = (p) => tsImport(`${root}src/${p}`, import.meta.url);
  const [a, toneMod, lexMod, defaults] = await Promise.all([
    src('analyze.ts'), src('signals/tone.ts'), src('lexicon/compile.ts'), src('lexicon/defaults.ts'),
  ]);
  const compiled = lexMod.compile(defaults.defaultLexicons);
  const analyzer = a.createAnalyzer();
  const valences = [];
  const out = sets.map((set) => {
    const msgs = set.texts.map((text) => ({ text, language: set.language }));
    const items = msgs.map((m) => {
      const r = a.readMessage(compiled, m);
      return { m, args: [m.text, r.tokens, r.sents, r.clauses, r.pack.tone, compiled.emoji, r.cueSet.problemSentences], valence: r.tone.valence };
    });
    valences.push(items.map((x) => x.valence));
    const [stage, full] = compare(items, [(x) => toneMod.scoreTone(...x.args), (x) => analyzer.analyze(x.m)]);
    return { language: set.language, label: set.label, n: set.texts.length, stage, full };
  });
  return { sets: out, valences };
}

// --child=MODE:LANG, e.g. --child=stage:en: one measurement of one language in a fresh process
const childArg = process.argv.find((x) => x.startsWith('--child='))?.slice('--child='.length);
if (childArg) {
  const [childMode, childLanguage] = childArg.split(':');
  const sets = loadSpeedSets().filter((set) => set.language === childLanguage);
  const out = childMode === 'public' ? await publicChild(sets) : await stageChild(sets);
  // exit only once the pipe has taken all of it (process.exit right away can cut stdout short)
  await new Promise((done) => process.stdout.write(JSON.stringify({ out, sink: sinkValue() }), done));
  process.exit(0);
}

// ---------------------------------------------------------------------------------------------
// What is being measured: src/ and lexicons/ are being edited while this runs, so say which
// source the build came from, and warn when dist/ is older than the source.

function filesUnder(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out.sort();
}
const sourceFiles = [...filesUnder(`${root}src`), ...filesUnder(`${root}lexicons`)];
const distTime = statSync(`${root}dist/index.js`).mtimeMs;
const newer = sourceFiles.filter((f) => statSync(f).mtimeMs > distTime).map((f) => f.slice(root.length));
const fingerprint = (() => {
  const h = createHash('sha256');
  for (const f of sourceFiles) h.update(f.slice(root.length)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 12);
})();
const git = (...args) => {
  try {
    return execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch (e) {
    return e.status === 1 ? 'DIFF' : '';
  }
};
const head = git('rev-parse', '--short', 'HEAD') || 'unknown';
const dirty = git('diff', '--quiet', 'HEAD', '--', 'src', 'lexicons') === 'DIFF';
if (newer.length) {
  console.error(`WARNING: dist/index.js is older than ${newer.length} source file(s) (${newer.slice(0, 3).join(', ')}${newer.length > 3 ? ', ...' : ''}): run \`npm run build\` first.`);
}

const { scoreTone } = await import('../dist/index.js');

// Peers. natural is imported by path, never from its package root (DESIGN.md: the root loads
// database drivers and reads .env).
const vader = require('vader-sentiment');
const Sentiment = require('sentiment');
const SentimentAnalyzer = require('natural/lib/natural/sentiment/SentimentAnalyzer.js');
const porterEn = require('natural/lib/natural/stemmers/porter_stemmer.js');
const porterNl = require('natural/lib/natural/stemmers/porter_stemmer_nl.js');

const sentiment = new Sentiment();
const naturalEn = new SentimentAnalyzer('English', porterEn, 'afinn');
const naturalNl = new SentimentAnalyzer('Dutch', porterNl, 'pattern');
/** A simple lower-case word split for natural (letters, digits and inner apostrophes). */
const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
/** natural divides by the number of words: 0/0 for a text without words is scored neutral. */
const natural = (analyzer) => (text) => {
  const s = analyzer.getSentiment(words(text));
  return Number.isFinite(s) ? s : 0;
};

const peers = {
  vader: {
    name: 'vader-sentiment',
    call: '`SentimentIntensityAnalyzer.polarity_scores(text).compound`',
    valence: (t) => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound,
  },
  sentiment: {
    name: 'sentiment',
    call: '`new Sentiment().analyze(text).comparative` (AFINN)',
    valence: (t) => sentiment.analyze(t).comparative,
  },
  naturalEn: {
    name: 'natural SentimentAnalyzer',
    call: "`getSentiment(words)`: 'English', PorterStemmer, 'afinn'",
    valence: natural(naturalEn),
  },
  naturalNl: {
    name: 'natural SentimentAnalyzer',
    call: "`getSentiment(words)`: 'Dutch', PorterStemmer (nl), 'pattern'",
    valence: natural(naturalNl),
  },
};

// ---------------------------------------------------------------------------------------------
// Metrics.

const CLASSES = ['positive', 'neutral', 'negative'];
const band = (v) => (v >= BAND ? 'positive' : v <= -BAND ? 'negative' : 'neutral');

/** Macro-F1 over the three classes (a class never predicted has precision 0, so F1 0). */
function macroF1(gold, pred) {
  let sum = 0;
  for (const c of CLASSES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] === c && gold[i] === c) tp++;
      else if (pred[i] === c) fp++;
      else if (gold[i] === c) fn++;
    }
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return sum / CLASSES.length;
}

function pearson(xs, ys) {
  const n = xs.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i];
    my += ys[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? NaN : sxy / Math.sqrt(sxx * syy);
}

/** Binary F1 of the positive class. */
function binaryF1(gold, pred) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (pred[i] && gold[i]) tp++;
    else if (pred[i]) fp++;
    else if (gold[i]) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Rank AUC (Mann-Whitney U / (n+ * n-)), ties given their average rank. */
function auc(scores, positive) {
  const idx = scores.map((s, i) => i).sort((a, b) => scores[a] - scores[b]);
  const rank = new Array(scores.length);
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    for (let k = i; k <= j; k++) rank[idx[k]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  let nPos = 0;
  let rankSum = 0;
  for (let i = 0; i < scores.length; i++) {
    if (positive[i]) {
      nPos++;
      rankSum += rank[i];
    }
  }
  const nNeg = scores.length - nPos;
  return nPos === 0 || nNeg === 0 ? NaN : (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

const f2 = (x) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const f1pct = (x) => (Number.isFinite(x) ? (100 * x).toFixed(1) : 'n/a');
const bold = (name) => (name === 'complaint-signal' ? `**${name}**` : name);

// ---------------------------------------------------------------------------------------------
// 1. English.

const enRows = readFileSync(EN_DATA, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l, i) => ({ ...JSON.parse(l), lineIndex: i }));
const enParts = {
  all: enRows.map((_, i) => i),
  dev: enRows.map((_, i) => i).filter((i) => isEnDev(enRows[i].lineIndex)),
  heldout: enRows.map((_, i) => i).filter((i) => !isEnDev(enRows[i].lineIndex)),
};
const enTools = [
  { name: 'complaint-signal', call: "`scoreTone(text, 'en').valence`", valence: (t) => scoreTone(t, 'en').valence },
  peers.vader,
  peers.sentiment,
  peers.naturalEn,
];
const enResults = enTools.map((tool) => {
  const scores = enRows.map((r) => tool.valence(r.text));
  const part = (ids) => ({
    r: pearson(ids.map((i) => scores[i]), ids.map((i) => enRows[i].valence)),
    f1: macroF1(ids.map((i) => enRows[i].polarity), ids.map((i) => band(scores[i]))),
  });
  return { ...tool, all: part(enParts.all), dev: part(enParts.dev), heldout: part(enParts.heldout) };
});
const enCount = (ids, c) => ids.filter((i) => enRows[i].polarity === c).length;
const enTable = table(
  ['Tool', 'Score', 'All: r', 'All: macro-F1', 'Dev: r', 'Dev: macro-F1', 'Held-out: r', 'Held-out: macro-F1'],
  enResults.map((t) => [
    bold(t.name), t.call,
    f2(t.all.r), f1pct(t.all.f1), f2(t.dev.r), f1pct(t.dev.f1), f2(t.heldout.r), f1pct(t.heldout.f1),
  ]),
  2,
);

// ---------------------------------------------------------------------------------------------
// 2. Dutch.

const nl = { dev: readJsonl(NL_DEV), heldout: readJsonl(NL_HELDOUT) };
const nlTools = [
  {
    name: 'complaint-signal',
    call: "`scoreTone(text, 'nl')`",
    score: (t) => {
      const s = scoreTone(t, 'nl');
      return { valence: s.valence, anger: s.anger };
    },
  },
  ...[peers.naturalNl, peers.vader, peers.sentiment].map((p) => ({
    name: p.name,
    call: p.call,
    reference: p !== peers.naturalNl,
    score: (t) => ({ valence: p.valence(t) }),
  })),
];
const nlResults = nlTools.map((tool) => {
  const part = (rows) => {
    const s = rows.map((r) => tool.score(r.text));
    const high = rows.map((r) => r.anger === 'high');
    const pred = s.map((x) => band(x.valence));
    return {
      scores: s,
      pred,
      f1: macroF1(rows.map((r) => r.polarity), pred),
      angerF1: s[0].anger === undefined ? NaN : binaryF1(high, s.map((x) => x.anger >= ANGER_HIGH)),
      angerAuc: s[0].anger === undefined ? NaN : auc(s.map((x) => x.anger), high),
      negValenceAuc: auc(s.map((x) => -x.valence), high),
    };
  };
  return { ...tool, dev: part(nl.dev), heldout: part(nl.heldout) };
});
const nlPolarityTable = table(
  ['Tool', 'Score', 'Dev: macro-F1', 'Held-out: macro-F1'],
  nlResults.map((t) => [
    bold(t.name) + (t.reference ? ' (English lexicon, reference)' : ''),
    t.call + (t.name === 'complaint-signal' ? '.valence' : ''),
    f1pct(t.dev.f1),
    f1pct(t.heldout.f1),
  ]),
  2,
);
const cs = nlResults[0];
const nlAngerTable = table(
  ['Tool', 'Anger score', 'Dev: F1 (anger >= 0.35)', 'Dev: AUC', 'Held-out: F1 (anger >= 0.35)', 'Held-out: AUC'],
  [
    [bold('complaint-signal'), '`anger`', f1pct(cs.dev.angerF1), f2(cs.dev.angerAuc), f1pct(cs.heldout.angerF1), f2(cs.heldout.angerAuc)],
    ...nlResults.map((t) => [
      bold(t.name) + (t.reference ? ' (English lexicon, reference)' : ''),
      '-valence (stand-in)',
      '-',
      f2(t.dev.negValenceAuc),
      '-',
      f2(t.heldout.negValenceAuc),
    ]),
  ],
  2,
);
const nlCount = (rows, f, v) => rows.filter((r) => r[f] === v).length;

// ---------------------------------------------------------------------------------------------
// 3. Speed: measured in two fresh child processes (this file with --child=public and
// --child=stage), so the JIT state left by the accuracy passes and the peers does not colour it.

const speedSets = loadSpeedSets();
const child = (mode, language) => {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), `--child=${mode}:${language}`], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (r.status !== 0) throw new Error(`bench/tone.mjs --child=${mode}:${language} exited with ${r.status}`);
  return JSON.parse(r.stdout).out;
};
const loadBefore = os.loadavg()[0];
const publicSpeed = speedSets.flatMap((set) => child('public', set.language));
let stageSpeed = null;
let stageNote = '';
try {
  const outs = speedSets.map((set) => child('stage', set.language));
  const out = { sets: outs.flatMap((o) => o.sets), valences: outs.flatMap((o) => o.valences) };
  stageSpeed = out.sets;
  // the build under test and src/ must agree, else someone changed src/ after the build
  let mismatches = 0;
  speedSets.forEach((set, k) => {
    set.texts.forEach((t, i) => {
      if (Math.abs(scoreTone(t, set.language).valence - out.valences[k][i]) > 1e-12) mismatches++;
    });
  });
  if (mismatches) {
    stageNote = `**WARNING: src/ and dist/ gave a different tone on ${mismatches} texts: src/ changed after the build; the stage timing is of the newer src/.**`;
    console.error(stageNote);
  }
} catch (e) {
  stageNote = `The tone stage could not be timed on its own (${e.message.split('\n')[0]}).`;
  console.error(stageNote);
}

const loadAfter = os.loadavg()[0];
const meanChars = (texts) => Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);
const us = (rate) => (1e6 / rate).toFixed(1);
const share = (part, whole) => `${((100 * whole.median) / part.median).toFixed(0)}%`;
const publicTable = table(
  ['Texts', 'n', 'Mean chars', '`scoreTone` msgs/s', '`analyze` msgs/s', '`scoreTone` µs/msg', '`analyze` µs/msg', '`scoreTone` time / `analyze` time'],
  publicSpeed.map((s) => [
    s.label, String(s.n), String(meanChars(speedSets.find((x) => x.language === s.language).texts)),
    `${fmt(s.tone.median)} (${fmt(s.tone.min)}-${fmt(s.tone.max)})`,
    `${fmt(s.full.median)} (${fmt(s.full.min)}-${fmt(s.full.max)})`,
    us(s.tone.median), us(s.full.median), share(s.tone, s.full),
  ]),
  1,
);
const stageTable = stageSpeed
  ? table(
      [
        'Texts', 'Tone stage msgs/s', '`analyze` (src/) msgs/s', 'Tone stage µs/msg', '`analyze` (src/) µs/msg',
        'Tone stage share of `analyze` (src/)', 'Tone stage µs / dist `analyze` µs', 'Goal: <= 33%',
      ],
      stageSpeed.map((s) => {
        const sh = s.full.median / s.stage.median;
        const dist = publicSpeed.find((x) => x.language === s.language);
        const shDist = dist.full.median / s.stage.median;
        return [
          s.label,
          `${fmt(s.stage.median)} (${fmt(s.stage.min)}-${fmt(s.stage.max)})`,
          `${fmt(s.full.median)} (${fmt(s.full.min)}-${fmt(s.full.max)})`,
          us(s.stage.median), us(s.full.median), `${(100 * sh).toFixed(0)}%`, `${(100 * shDist).toFixed(0)}%`,
          Math.max(sh, shDist) <= 1 / 3 ? 'met' : 'not met',
        ];
      }),
      1,
    )
  : '_not measured_';

// ---------------------------------------------------------------------------------------------
// Headline comparisons.

const enCs = enResults[0];
const enVader = enResults[1];
const nlNatural = nlResults[1];
const nlGap = 100 * (cs.heldout.f1 - nlNatural.heldout.f1);
const verdicts = [
  `English r, complaint-signal vs vader-sentiment: all ${f2(enCs.all.r)} vs ${f2(enVader.all.r)}, ` +
    `held-out lines ${f2(enCs.heldout.r)} vs ${f2(enVader.heldout.r)}: ` +
    `${enCs.heldout.r > enVader.heldout.r ? 'complaint-signal is higher' : 'complaint-signal is NOT higher'}.`,
  `Dutch held-out macro-F1, complaint-signal vs natural: ${f1pct(cs.heldout.f1)} vs ${f1pct(nlNatural.heldout.f1)} ` +
    `(${nlGap >= 0 ? '+' : ''}${nlGap.toFixed(1)} points): ${nlGap >= 15 ? 'at least' : 'LESS than'} the 15-point target.`,
];

const md = `Measured on: ${machineLine()}.
Reproduce: \`${COMMAND}\`
Source measured: commit ${head}${dirty ? ' plus uncommitted changes in src/ or lexicons/' : ''}; fingerprint of src/ + lexicons/ ${fingerprint}.${newer.length ? ` **dist/ was older than ${newer.length} source file(s) when this ran.**` : ''}

Polarity: each tool's own score, positive at >= ${BAND}, negative at <= -${BAND}, else neutral (for sentiment's
\`comparative\` and natural's score the same band). Macro-F1 = mean of the three classes' F1, in %.

### English: external review snippets

\`${EN_DATA}\`: ${enRows.length.toLocaleString('en-US')} Amazon review snippets from the VADER ground truth
(Hutto & Gilbert 2014), \`valence\` = raters' mean / 4; ${enCount(enParts.all, 'positive')} positive,
${enCount(enParts.all, 'neutral')} neutral, ${enCount(enParts.all, 'negative')} negative. r = Pearson r of the score against \`valence\`.
Split (fixed): line index % 5 === 0 is dev (${enParts.dev.length}), the other ${enParts.heldout.length.toLocaleString('en-US')} lines are held-out.

${enTable}

How held-out this is: the file is external (not written for this project) and no file in the repository
refers to it, but its README invites using it "to calibrate" the English tone stage, and complaint-signal's
English base lexicon is VADER's, rated in the same study. The held-out columns are held-out only as long as
tuning looks at the dev lines alone; nothing enforces that. Published on this file (VADER paper, table 4):
VADER r = 0.565, F1 0.63 (their F1 definition may differ from the macro-F1 here).

### Dutch: polarity

\`${NL_DEV}\` (${nl.dev.length}: ${nlCount(nl.dev, 'polarity', 'positive')} positive, ${nlCount(nl.dev, 'polarity', 'neutral')} neutral, ${nlCount(nl.dev, 'polarity', 'negative')} negative) and
\`${NL_HELDOUT}\` (${nl.heldout.length}: ${nlCount(nl.heldout, 'polarity', 'positive')} / ${nlCount(nl.heldout, 'polarity', 'neutral')} / ${nlCount(nl.heldout, 'polarity', 'negative')}). The held-out file is scored here and nowhere else;
its items are never printed. vader-sentiment and sentiment have English lexicons only and are shown for reference.

${nlPolarityTable}

### Dutch: anger

Gold: \`anger\` high (dev ${nlCount(nl.dev, 'anger', 'high')}, held-out ${nlCount(nl.heldout, 'anger', 'high')}) vs low. The peers have no anger score:
their AUC is of -valence, a stand-in (complaint-signal's own -valence AUC is shown for a like-for-like row).

${nlAngerTable}

**${verdicts.join('**\n\n**')}**

### Speed of the tone stage

Each table row is measured in a fresh Node process (one language, one pair of functions), on one thread; each
function warmed up for at least 2 passes and ${(WARM_MS / 1000).toFixed(1)} s, then ${RUNS} runs of whole passes lasting at least
${RUN_MS} ms each, the two functions' runs alternating; median (min-max) of the runs. The share columns compare the two
functions of one row, measured side by side, and are steadier than the absolute rates. 1-minute load average of the
machine before and after the speed runs: ${loadBefore.toFixed(2)} and ${loadAfter.toFixed(2)} on ${os.cpus().length} logical cores (above the core count,
something else was running and the absolute rates are low).
Both calls are given the language (\`scoreTone(text, lang)\`, \`analyze({ text, language })\`).

Public calls (dist/). Note: the public \`scoreTone\` runs the same reading as \`analyze\` up to and including
the facts/frustration split (normalize, tokens, language, sentences, clauses, cues, tone, split) and keeps only
the tone, so its time is not the tone stage's time:

${publicTable}

The tone stage on its own (\`src/signals/tone.ts\` \`scoreTone\` on pre-tokenized sentences, clauses and cues,
loaded from src/ through tsx) beside src/'s \`analyze\` on the same messages. Code loaded through tsx ran slower than
the tsup bundle in dist/ here, so the share is also given against dist/'s \`analyze\` from the table above (the
stricter of the two); the goal column uses the larger share:

${stageTable}
${stageNote ? `\n${stageNote}\n` : ''}`;

console.log(md);

// Dutch misclassifications of complaint-signal, DEV ONLY (stdout, never RESULTS.md).
if (hasFlag('--errors')) {
  const rows = nl.dev;
  const d = cs.dev;
  const pol = rows.map((r, i) => ({ r, s: d.scores[i], got: d.pred[i] })).filter((x) => x.got !== x.r.polarity);
  console.log(`### complaint-signal Dutch polarity errors on dev (${pol.length}/${rows.length}; held-out errors are not shown)\n`);
  for (const x of pol) {
    console.log(`- ${x.r.id}  want ${x.r.polarity}, got ${x.got} (valence ${x.s.valence.toFixed(3)}): ${JSON.stringify(x.r.text)}`);
  }
  const ang = rows
    .map((r, i) => ({ r, s: d.scores[i] }))
    .filter((x) => (x.s.anger >= ANGER_HIGH) !== (x.r.anger === 'high'));
  console.log(`\n### complaint-signal Dutch anger errors on dev (${ang.length}/${rows.length}, threshold ${ANGER_HIGH})\n`);
  for (const x of ang) {
    console.log(`- ${x.r.id}  want anger ${x.r.anger}, got ${x.s.anger.toFixed(3)}: ${JSON.stringify(x.r.text)}`);
  }
}

if (hasFlag('--write')) {
  // Only the tone section changes (common.mjs's writeSection would also restamp the machine line at
  // the top); the markers are added at the end of the file when missing.
  const start = '<!-- tone:start -->';
  const end = '<!-- tone:end -->';
  let doc = existsSync(resultsPath) ? readFileSync(resultsPath, 'utf8') : HEADER;
  if (!doc.includes(start) || !doc.includes(end)) doc = `${doc.trimEnd()}\n\n## Tone\n\n${start}\n${end}\n`;
  const a = doc.indexOf(start) + start.length;
  const b = doc.indexOf(end, a);
  writeFileSync(resultsPath, `${doc.slice(0, a)}\n${md.trim()}\n${doc.slice(b)}`);
  console.error(`updated the tone section of ${resultsPath}`);
}
