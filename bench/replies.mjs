#!/usr/bin/env node
/**
 * Suggested replies for a person to judge: 20 messages (10 Dutch, 10 English) from
 * fixtures/sample.jsonl and the dev level files (never the held-out ones), every level and a spread
 * of channels, each with its level and the suggested reply. The pick is fixed, so two runs print
 * the same messages and a change in wording shows up as a diff.
 *
 *   npm run build && node bench/replies.mjs
 *   npm run build && node bench/replies.mjs --options   # every third message with an agent and company name
 *   npm run build && node bench/replies.mjs --informal  # force the informal register (je / warm)
 */
import { analyze } from '../dist/index.js';
import { readJsonl } from './lib/common.mjs';

const FILES = ['fixtures/sample.jsonl', 'fixtures/levels-nl.dev.jsonl', 'fixtures/levels-en.dev.jsonl'];
const PER_LANGUAGE = 10;
/** First every level once, then the complaint end of the ladder again (that is where replies matter most). */
const ROUNDS = [
  ['none', 'signal', 'feedback', 'complaint', 'escalation', 'dispute'],
  ['complaint', 'escalation', 'dispute', 'signal'],
];
const withOptions = process.argv.includes('--options');
const informal = process.argv.includes('--informal');

const records = FILES.flatMap((f) => readJsonl(f).map((r) => ({ ...r, file: f })));

/** Picks messages of one language: per level the first not yet picked, preferring a channel not yet shown. */
function pick(lang) {
  const pool = records.filter((r) => r.language === lang);
  const picked = [];
  const channels = new Set();
  for (const round of ROUNDS) {
    for (const level of round) {
      if (picked.length >= PER_LANGUAGE) break;
      const free = pool.filter((r) => r.level === level && !picked.includes(r));
      const r = free.find((x) => !channels.has(x.channel ?? 'other')) ?? free[0];
      if (!r) continue;
      picked.push(r);
      channels.add(r.channel ?? 'other');
      // let a channel come back once every channel has been shown
      if (channels.size >= 6) channels.clear();
    }
  }
  return picked;
}

const indent = (s, pad) => s.split('\n').map((l) => pad + l).join('\n');
const clip = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

let n = 0;
for (const lang of ['nl', 'en']) {
  for (const r of pick(lang)) {
    n++;
    const reply = {
      ...(informal ? { formality: 'informal' } : {}),
      ...(withOptions && n % 3 === 0 ? { agentName: lang === 'nl' ? 'Sanne' : 'Sam', companyName: 'Acme' } : {}),
    };
    // the gold language and level stay out of the call: the library detects them as it would for a user
    const { level: gold, language: _lang, file, ...message } = r;
    const a = analyze(message, Object.keys(reply).length > 0 ? { reply } : undefined);
    const head = `#${n} ${r.id} (${file.replace('fixtures/', '')}) · ${lang} · ${r.channel ?? 'other'} · level ${a.level}${a.level === gold ? '' : ` (labelled ${gold})`}`;
    console.log(head);
    console.log(indent(clip(r.text.replace(/\s*\n\s*/g, ' ⏎ '), 400), '  > '));
    console.log(`  reply (${a.reply.language}; ${a.reply.steps.join(', ')}${Object.keys(reply).length ? `; ${JSON.stringify(reply)}` : ''}):`);
    console.log(indent(a.reply.text, '    '));
    console.log('');
  }
}
