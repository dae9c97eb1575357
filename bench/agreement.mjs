#!/usr/bin/env node
/**
 * How far two people agree on the facts/frustration split, beside the library on the same records.
 * The dev3 sets (`fixtures/levels-{nl,en}.dev3.jsonl`) were labelled by the session that wrote them;
 * a second session labelled the same texts on its own, from the same written convention, seeing the
 * gold level but not the gold spans (`fixtures/agreement-dev3.second.jsonl`). Messages at level none
 * carry no spans and are left out, so the library is also scored with the level given away there.
 * Word F1 is the bench's: words of the gold spans against words of the other spans, as multisets
 * (`add` below is `wordOverlap` of src/cli/metrics.ts, which the package does not export; keep the two alike).
 * Run after `npm run build`: `node bench/agreement.mjs [--write]`.
 */
import { analyze } from '../dist/index.js';
import { hasFlag, machineLine, readJsonl, writeSection } from './lib/common.mjs';

const WORD = /[\p{L}\p{N}]+/gu;
const bag = (texts) => {
  const m = new Map();
  for (const t of texts) for (const w of t.match(WORD) ?? []) m.set(w.toLowerCase(), (m.get(w.toLowerCase()) ?? 0) + 1);
  return m;
};
function add(tally, gold, other) {
  const g = bag(gold);
  const o = bag(other);
  for (const [w, n] of g) {
    const hit = Math.min(n, o.get(w) ?? 0);
    tally.tp += hit;
    tally.fn += n - hit;
  }
  for (const [w, n] of o) tally.fp += n - Math.min(n, g.get(w) ?? 0);
}
/**
 * The library's own spans, each given the label most of its words carry in the gold (frustration,
 * fact, or neither, which drops it): how far the split could get by labelling better while keeping
 * its boundaries.
 */
function relabelled(r, analysis, kind) {
  const role = new Array(r.text.length).fill('n');
  for (const [k, spans] of [['facts', r.facts], ['frustration', r.frustration]]) {
    for (const g of spans) {
      const at = r.text.indexOf(g);
      for (let i = at; i < at + g.length; i++) role[i] = k;
    }
  }
  return [...analysis.facts, ...analysis.frustration]
    .filter((s) => {
      const n = { facts: 0, frustration: 0, n: 0 };
      for (const m of s.text.matchAll(WORD)) n[role[s.start + m.index]]++;
      const other = kind === 'facts' ? 'frustration' : 'facts';
      return n[kind] > n[other] && n[kind] >= n.n;
    })
    .map((s) => s.text);
}
const f1 = ({ tp, fp, fn }) => (tp === 0 ? 0 : (200 * tp) / (2 * tp + fp + fn));

const second = new Map(readJsonl('fixtures/agreement-dev3.second.jsonl').map((r) => [r.id, r]));
const rows = [];
for (const lang of ['nl', 'en']) {
  const gold = readJsonl(`fixtures/levels-${lang}.dev3.jsonl`).filter((r) => r.level !== 'none');
  for (const kind of ['facts', 'frustration']) {
    const people = { tp: 0, fp: 0, fn: 0 };
    const library = { tp: 0, fp: 0, fn: 0 };
    const ceiling = { tp: 0, fp: 0, fn: 0 };
    for (const r of gold) {
      const s = second.get(r.id);
      if (!s) throw new Error(`no second annotation for ${r.id}`);
      add(people, r[kind], s[kind]);
      const a = analyze({ text: r.text, channel: r.channel });
      add(library, r[kind], a[kind].map((x) => x.text));
      add(ceiling, r[kind], relabelled(r, a, kind));
    }
    rows.push(`| ${lang} | ${kind} | ${gold.length} | ${f1(people).toFixed(1)} | ${f1(library).toFixed(1)} | ${f1(ceiling).toFixed(1)} |`);
  }
}

const body = [
  `Measured on: ${machineLine()}.`,
  'Reproduce: `npm run build && node bench/agreement.mjs --write`.',
  '',
  'Word F1 against the dev3 gold spans (writer of the set), on the messages above level none: a second annotator',
  'who labelled the same texts independently from the same convention, and the library. The gap between the two',
  'columns is what the split can still learn; the first column is roughly the ceiling a rule set can be held to.',
  'The last column keeps the library\'s own span boundaries but gives each span the label most of its words carry in',
  'the gold: what better labelling alone would reach.',
  '',
  '| Language | Spans | Messages | Second annotator F1 | complaint-signal F1 | its spans, gold labels F1 |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
  ...rows,
].join('\n');

console.log(body);
if (hasFlag('--write')) writeSection('agreement', body);
