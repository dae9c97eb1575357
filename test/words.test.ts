/**
 * The word table (src/lexicon/words.ts): every stage reads a token's entry instead of asking its own
 * lookups, so the table must say exactly what those lookups would have said.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../src/lexicon/compile.js';
import { defaultLexicons } from '../src/lexicon/defaults.js';
import { lookupWords } from '../src/lexicon/words.js';
import { NO_BLOCK } from '../src/lexicon/cue-patterns.js';
import { tokenize } from '../src/text/tokenize.js';

const c = compile(defaultLexicons);
const LANGS = ['nl', 'en'] as const;

describe('word table: one entry per known word, both languages', () => {
  it.each([
    // word, language, what the entry must hold
    ['drie', 'nl', { number: true }],
    ['third', 'en', { number: true }],
    ['niet', 'nl', { negator: true }],
    ['not', 'en', { negator: true }],
    ['alweer', 'nl', { cue: true }],
    ['refund', 'en', { cue: true }],
    ['belachelijk', 'nl', { negative: true }],
    ['terrible', 'en', { negative: true }],
  ] as const)('%s (%s)', (word, lang, want) => {
    const e = c.words.get(word);
    expect(e).toBeDefined();
    const w = e![lang];
    if ('number' in want) expect(w.number).toBe(true);
    if ('negator' in want) expect(w.tone?.negator).toBe(true);
    if ('cue' in want) expect(w.cueAny !== NO_BLOCK || w.cuePairs).toBe(true);
    if ('negative' in want) expect(w.rating?.[0]).toBeLessThan(0);
  });

  it.each(LANGS)('%s: each entry says what the tone, cue and number lookups say', (lang) => {
    const pack = c[lang];
    let checked = 0;
    for (const [word, e] of c.words) {
      const w = e[lang];
      expect(w.tone).toBe(pack.tone.vocab.get(word));
      expect(w.rating).toEqual(pack.tone.vocab.get(word)?.rating ?? pack.tone.prefixes.longest(word));
      expect(w.cueAny).toBe(pack.cues.byWord.get(word)?.any ?? NO_BLOCK);
      expect(w.cuePairs).toBe(pack.cues.byWord.get(word)?.pairs ?? false);
      expect(w.number).toBe(pack.cues.numberWords.has(word));
      checked++;
    }
    expect(checked).toBe(c.words.size);
  });

  it('words rated only through a prefix ("frustr*" lists) carry that rating', () => {
    let found = 0;
    for (const lang of LANGS) {
      for (const [word, e] of c.words) {
        if (e[lang].tone?.rating !== undefined || e[lang].rating === undefined) continue;
        expect(e[lang].rating).toBe(c[lang].tone.prefixes.longest(word));
        found++;
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('language votes come from the models', () => {
    for (const [word, vote] of c.languages.votes) {
      const e = c.words.get(word)!;
      expect([e.voted, e.nlVote, e.enVote]).toEqual([true, ...vote]);
    }
    const unvoted = [...c.words].find(([w]) => !c.languages.votes.has(w))![1];
    expect([unvoted.voted, unvoted.nlVote, unvoted.enVote]).toEqual([false, 0, 0]);
  });

  it('ids are unique', () => {
    const ids = new Set([...c.words.values()].map((e) => e.id));
    expect(ids.size).toBe(c.words.size);
  });
});

describe('lookupWords', () => {
  it.each([
    ['Ik heb al DRIE keer gebeld #storing', [['Ik', 'ik'], ['DRIE', 'drie'], ['#storing', 'storing']]],
    ['refund pls 😡 https://x.nl', [['refund', 'refund']]],
  ] as const)('%s', (text, known) => {
    const tokens = tokenize(text);
    const entries = lookupWords(tokens, c.words);
    expect(entries).toHaveLength(tokens.length);
    for (const [surface, form] of known) {
      const i = tokens.findIndex((t) => t.text === surface);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(entries[i]).toBe(c.words.get(form));
    }
    // URLs, emoji and punctuation never get an entry
    tokens.forEach((t, i) => {
      if (t.kind !== 'word' && t.kind !== 'hashtag') expect(entries[i]).toBeUndefined();
    });
  });

  it('unknown words have no entry', () => {
    const tokens = tokenize('qwxzvbn');
    expect(lookupWords(tokens, c.words)).toEqual([undefined]);
  });
});
