#!/usr/bin/env node
/**
 * Speed: messages per second on fixtures/speed-150.jsonl (400 customer messages, 200 Dutch and 200
 * English, 130-170 characters), complaint-signal side by side with its peers in one run, on one
 * thread (the main JS thread; no workers).
 *
 *   npm run build && node bench/speed.mjs            # print the tables
 *   npm run build && node bench/speed.mjs --write    # also update bench/RESULTS.md
 *
 * Also measured: complaint-signal on ~1,000-character e-mails (corpus messages concatenated in a
 * fixed order) and the cost of `analyze` with 0, 10, 100 and 1,000 earlier messages of the same
 * customer as history.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import {
  consume, fmt, hasFlag, machineLine, measure, readJsonl, root, sinkValue, table, writeSection,
} from './lib/common.mjs';

const require = createRequire(import.meta.url);
const CORPUS = 'fixtures/speed-150.jsonl';
const quick = hasFlag('--quick'); // shorter runs while editing this script; never for RESULTS.md
// Warm-up is at least 2 passes AND 2.5 s: complaint-signal's throughput keeps rising for about 3 s
// of calls while V8 optimises its many small functions; 2 passes alone under-state it by ~30%.
const opts = quick ? { warmup: 1, warmupMs: 0, runs: 3, runMs: 100 } : { warmup: 2, warmupMs: 2500, runs: 5, runMs: 450 };

if (!existsSync(`${root}dist/index.js`)) {
  console.error('dist/index.js is missing: run `npm run build` (tsup) first.');
  process.exit(1);
}
const { analyze } = await import('../dist/index.js');

// Peers. natural is imported by path, never from its package root (DESIGN.md: the root loads
// database drivers and reads .env).
const vader = require('vader-sentiment');
const Sentiment = require('sentiment');
const { franc } = await import('franc');
const SentimentAnalyzer = require('natural/lib/natural/sentiment/SentimentAnalyzer.js');
const porterEn = require('natural/lib/natural/stemmers/porter_stemmer.js');
const porterNl = require('natural/lib/natural/stemmers/porter_stemmer_nl.js');
const TokenizerEn = require('natural/lib/natural/tokenizers/aggressive_tokenizer.js');
const TokenizerNl = require('natural/lib/natural/tokenizers/aggressive_tokenizer_nl.js');

const loadAtStart = os.loadavg()[0];
const corpus = readJsonl(CORPUS);
const chars = corpus.reduce((n, m) => n + m.text.length, 0);
const counts = { nl: corpus.filter((m) => m.language === 'nl').length, en: corpus.filter((m) => m.language === 'en').length };

// Each peer gets what it needs, prepared outside the timed loop.
const sentiment = new Sentiment();
const natural = {
  en: { analyzer: new SentimentAnalyzer('English', porterEn, 'afinn'), tokenizer: new TokenizerEn() },
  nl: { analyzer: new SentimentAnalyzer('Dutch', porterNl, 'pattern'), tokenizer: new TokenizerNl() },
};
// complaint-signal gets only the text and an id: it detects the language itself.
const messages = corpus.map((m) => ({ id: m.id, text: m.text }));

const contenders = [
  {
    name: 'complaint-signal',
    call: '`analyze({ id, text })`',
    scope: 'full analysis: language, tone, cues, level, facts/frustration split, reply',
    items: messages,
    fn: (m) => analyze(m).score,
  },
  {
    name: 'vader-sentiment',
    call: '`SentimentIntensityAnalyzer.polarity_scores(text)`',
    scope: 'English sentiment lexicon + rules (applied to all 400)',
    items: corpus,
    fn: (m) => vader.SentimentIntensityAnalyzer.polarity_scores(m.text).compound,
  },
  {
    name: 'sentiment',
    call: '`new Sentiment().analyze(text)` (instance reused)',
    scope: 'English AFINN word list (applied to all 400)',
    items: corpus,
    fn: (m) => sentiment.analyze(m.text).score,
  },
  {
    name: 'natural SentimentAnalyzer',
    call: "tokenize + `getSentiment(words)`; en: 'English', PorterStemmer, 'afinn'; nl: 'Dutch', PorterStemmer (nl), 'pattern'",
    scope: 'word-list polarity; told the language from the corpus label',
    items: corpus,
    fn: (m) => {
      const p = natural[m.language];
      return p.analyzer.getSentiment(p.tokenizer.tokenize(m.text));
    },
  },
  {
    name: 'franc (nld/eng)',
    call: "`franc(text, { only: ['nld', 'eng'] })`",
    scope: 'language only, 2 candidates',
    items: corpus,
    fn: (m) => franc(m.text, { only: ['nld', 'eng'] }),
  },
  {
    name: 'franc (all)',
    call: '`franc(text)`',
    scope: 'language only, all languages',
    items: corpus,
    fn: (m) => franc(m.text),
  },
];

// Sanity: every contender runs on the corpus without throwing, before anything is timed.
for (const c of contenders) c.items.forEach((m) => consume(c.fn(m)));

console.error(`speed: ${corpus.length} messages (${counts.nl} nl, ${counts.en} en), mean ${(chars / corpus.length).toFixed(1)} chars${quick ? ' [--quick]' : ''}`);
const results = [];
for (const c of contenders) {
  const r = measure(c.items, c.fn, opts);
  console.error(`  ${c.name}: ${fmt(r.median)} msg/s (runs ${r.rates.map(fmt).join(', ')})`);
  results.push({ ...c, ...r });
}

// E-mails of about 1,000 characters: consecutive corpus messages of one language, joined by blank
// lines, until 1,000 characters; cut back to the last space at or before 1,000.
function buildEmails(lang, count) {
  const pool = corpus.filter((m) => m.language === lang).map((m) => m.text);
  const out = [];
  let k = 0;
  for (let e = 0; e < count; e++) {
    let text = '';
    while (text.length < 1000) text += (text ? '\n\n' : '') + pool[k++ % pool.length];
    const cut = text.lastIndexOf(' ', 1000);
    out.push({ id: `mail-${lang}-${e + 1}`, text: text.slice(0, cut) });
  }
  return out;
}
const emails = [...buildEmails('nl', 24), ...buildEmails('en', 24)];
const emailChars = emails.reduce((n, m) => n + m.text.length, 0) / emails.length;
const emailRun = measure(emails, (m) => analyze(m).score, opts);
console.error(`  complaint-signal e-mails (${emailChars.toFixed(0)} chars): ${fmt(emailRun.median)} msg/s`);

// History: each target message gets the N messages before it (same language, cyclic corpus order)
// as earlier contacts of the same customer, one every 7 hours going back from the target's `at`.
const T0 = Date.parse('2026-03-02T12:00:00Z');
const HOUR = 3_600_000;
function withHistory(n, targets) {
  const byLang = { nl: corpus.filter((m) => m.language === 'nl'), en: corpus.filter((m) => m.language === 'en') };
  return targets.map((m, t) => {
    const pool = byLang[m.language];
    const at = new Date(T0 + t * 60_000).toISOString();
    const idx = pool.indexOf(m);
    const history = [];
    for (let j = 1; j <= n; j++) {
      const h = pool[(((idx - j) % pool.length) + pool.length) % pool.length];
      history.push({ id: `${h.id}-h${j}`, customerId: 'cust-1', text: h.text, at: new Date(Date.parse(at) - j * 7 * HOUR).toISOString() });
    }
    return { message: { id: m.id, customerId: 'cust-1', text: m.text, at }, options: { history } };
  });
}
// Fewer targets for long histories keep each pass short; the rate is per analyze() call.
const historyPlan = [
  { n: 0, targets: corpus },
  { n: 10, targets: corpus },
  { n: 100, targets: corpus.slice(0, 40) },
  { n: 1000, targets: corpus.slice(0, 8) },
];
const historyResults = [];
for (const { n, targets } of historyPlan) {
  const cases = withHistory(n, targets);
  const r = measure(cases, (c) => analyze(c.message, c.options).contact.last30d, { ...opts, warmup: n >= 1000 ? 1 : opts.warmup });
  console.error(`  complaint-signal with history ${n}: ${fmt(r.median)} calls/s`);
  historyResults.push({ n, ...r });
}

// ---- report ----
const loadAtEnd = os.loadavg()[0];
const cs = results[0];
const vaderR = results.find((r) => r.name === 'vader-sentiment');
const ratio = cs.median / vaderR.median;

const speedTable = table(
  ['Library', 'Call', 'Does', `Messages/s (median of ${opts.runs})`, 'Runs min-max', 'µs/message'],
  results.map((r) => [r.name === 'complaint-signal' ? `**${r.name}**` : r.name, r.call, r.scope, fmt(r.median), `${fmt(r.min)}-${fmt(r.max)}`, (1e6 / r.median).toFixed(1)]),
  3,
);
const emailTable = table(
  ['Input', 'Messages/s', 'Characters/s', 'µs/message'],
  [
    [`corpus messages (mean ${(chars / corpus.length).toFixed(0)} chars)`, fmt(cs.median), fmt((cs.median * chars) / corpus.length), (1e6 / cs.median).toFixed(1)],
    [`e-mails (${emails.length}, mean ${emailChars.toFixed(0)} chars)`, fmt(emailRun.median), fmt(emailRun.median * emailChars), (1e6 / emailRun.median).toFixed(1)],
  ],
);
const base = historyResults[0].median;
const historyTable = table(
  ['Earlier messages in `history`', 'analyze() calls/s', 'ms per call', 'x cost of no history', 'µs per history message'],
  historyResults.map((r) => [
    r.n.toLocaleString('en-US'),
    fmt(r.median),
    (1000 / r.median).toFixed(3),
    (base / r.median).toFixed(1),
    r.n === 0 ? '-' : ((1e6 / r.median - 1e6 / base) / r.n).toFixed(1),
  ]),
);

const md = `Measured on: ${machineLine()}.
Reproduce: \`npm run build && node bench/speed.mjs --write\`

Corpus: \`${CORPUS}\`, ${corpus.length} messages (${counts.nl} Dutch, ${counts.en} English), mean ${(chars / corpus.length).toFixed(0)} characters.
One thread, warm-up of at least ${opts.warmup} passes and ${opts.warmupMs / 1000} s, then ${opts.runs} runs of whole passes lasting at least ${opts.runMs} ms each; median of the runs.
Load average (1 min) at start / end of the run: ${loadAtStart.toFixed(2)} / ${loadAtEnd.toFixed(2)} on ${os.cpus().length} cores; other work on the machine shows up as a wide min-max.

${speedTable}

**complaint-signal / vader-sentiment: ${ratio.toFixed(2)}x** (complaint-signal does a full analysis and reply; the peers score
sentiment or guess a language only. vader-sentiment and sentiment have English lexicons only and are run on the Dutch
messages too; natural is given the language from the corpus label, complaint-signal detects it.)

### complaint-signal on longer input

${emailTable}

E-mails: consecutive corpus messages of one language joined by blank lines, cut at the last space before 1,000 characters.

### complaint-signal with customer history

${historyTable}

History: the N corpus messages before the target (same language, cyclic order) as contacts of the same customer, 7 hours
apart, with ISO \`at\` timestamps; ${historyPlan.map((p) => `${p.targets.length} targets for N=${p.n}`).join(', ')}.
`;

console.log(md);
if (sinkValue() === 0) console.error('(sink empty)');
if (hasFlag('--write')) {
  if (quick) {
    console.error('--quick results are not written to RESULTS.md');
    process.exitCode = 1;
  } else writeSection('speed', md);
}
