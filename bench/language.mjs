#!/usr/bin/env node
/**
 * Language detection accuracy on short texts: complaint-signal's `detectLanguage` against franc
 * limited to Dutch/English and franc on all languages, on the dev and held-out corpora side by side,
 * overall and for texts under 15 characters.
 *
 *   npm run build && node bench/language.mjs            # print the table and the dev errors
 *   npm run build && node bench/language.mjs --write    # also update bench/RESULTS.md
 *
 * Only the errors on the DEV corpus are ever printed. Held-out errors are counted, never shown:
 * looking at them would turn the held-out set into a second dev set.
 */
import { existsSync } from 'node:fs';
import { hasFlag, machineLine, pct, readJsonl, root, table, writeSection } from './lib/common.mjs';

const DEV = 'fixtures/language-short.dev.jsonl';
const HELDOUT = 'fixtures/language-short.heldout.jsonl';
const SHORT = 15; // "short" = fewer than 15 characters (JS string length)

if (!existsSync(`${root}dist/index.js`)) {
  console.error('dist/index.js is missing: run `npm run build` (tsup) first.');
  process.exit(1);
}
const { detectLanguage } = await import('../dist/index.js');
const { franc } = await import('franc');

const ISO3 = { nld: 'nl', eng: 'en' };
const detectors = [
  {
    name: 'complaint-signal',
    call: '`detectLanguage(text).language`',
    rule: '`und` counts as wrong',
    guess: (t) => detectLanguage(t).language,
  },
  {
    name: 'franc (nld/eng)',
    call: "`franc(text, { only: ['nld', 'eng'], minLength: 1 })`",
    rule: '`und` counts as wrong',
    guess: (t) => ISO3[franc(t, { only: ['nld', 'eng'], minLength: 1 })] ?? 'und',
  },
  {
    name: 'franc (all)',
    call: '`franc(text, { minLength: 1 })`',
    rule: 'anything but nld/eng counts as wrong',
    guess: (t) => ISO3[franc(t, { minLength: 1 })] ?? 'other',
  },
];

function score(rows, guess) {
  const out = { all: 0, short: 0, nAll: rows.length, nShort: 0, errors: [] };
  for (const row of rows) {
    const g = guess(row.text);
    const ok = g === row.language;
    const short = row.text.length < SHORT;
    if (short) out.nShort++;
    if (ok) {
      out.all++;
      if (short) out.short++;
    } else out.errors.push({ ...row, got: g });
  }
  return out;
}

const dev = readJsonl(DEV);
const heldout = readJsonl(HELDOUT);
const results = detectors.map((d) => ({ ...d, dev: score(dev, d.guess), heldout: score(heldout, d.guess) }));

const cell = (n, d) => `${pct(n, d)} (${n}/${d})`;
const accTable = table(
  ['Detector', 'Call', 'Scoring', 'Dev: all', `Dev: < ${SHORT} chars`, 'Held-out: all', `Held-out: < ${SHORT} chars`],
  results.map((r) => [
    r.name === 'complaint-signal' ? `**${r.name}**` : r.name,
    r.call,
    r.rule,
    cell(r.dev.all, r.dev.nAll),
    cell(r.dev.short, r.dev.nShort),
    cell(r.heldout.all, r.heldout.nAll),
    cell(r.heldout.short, r.heldout.nShort),
  ]),
  3,
);

const count = (rows, lang) => rows.filter((r) => r.language === lang).length;
const md = `Measured on: ${machineLine()}.
Reproduce: \`npm run build && node bench/language.mjs --write\`

Corpora: \`${DEV}\` (${dev.length} texts: ${count(dev, 'nl')} nl, ${count(dev, 'en')} en) and \`${HELDOUT}\`
(${heldout.length} texts: ${count(heldout, 'nl')} nl, ${count(heldout, 'en')} en). Accuracy = texts whose detected language equals
the label. The held-out set is scored here and nowhere else; its errors are never printed.

${accTable}
`;

console.log(md);

// Errors of complaint-signal on DEV only (stdout, not RESULTS.md): what to look at when tuning.
const devErrors = results[0].dev.errors;
console.log(`### complaint-signal errors on dev (${devErrors.length}; held-out errors are not shown)\n`);
for (const e of devErrors) {
  const conf = detectLanguage(e.text).confidence;
  console.log(`- ${e.id}  want ${e.language}, got ${e.got} (confidence ${conf.toFixed(2)}): ${JSON.stringify(e.text)}`);
}

if (hasFlag('--write')) writeSection('language', md);
