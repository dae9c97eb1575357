import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { RepliesFileSchema } from '../src/lexicon/replies-schema.js';
import { compile, englishAdverb } from '../src/lexicon/compile.js';
import { defaultLexicons } from '../src/lexicon/defaults.js';
import {
  CUE_KINDS, CuePatternSchema, CuesFileSchema, EmojiFileSchema, HistoryFileSchema, LanguageFileSchema, ModifiersFileSchema, NormalizeFileSchema,
  ToneBaseFileSchema, ToneFileSchema, TokensFileSchema,
} from '../src/lexicon/schema.js';

const FILES: Array<[string, z.ZodType]> = [
  ['normalize', NormalizeFileSchema],
  ['tokens', TokensFileSchema],
  ['language', LanguageFileSchema],
  ['tone-base', ToneBaseFileSchema],
  ['tone', ToneFileSchema],
  ['modifiers', ModifiersFileSchema],
  ['cues', CuesFileSchema],
  ['replies', RepliesFileSchema],
  ['history', HistoryFileSchema],
];
const LANGS = ['nl', 'en'] as const;

function raw(path: string): string {
  return readFileSync(new URL(`../lexicons/${path}`, import.meta.url), 'utf8');
}

/** Keys that occur twice in one JSON object: JSON.parse would silently keep the last. */
function duplicateKeys(text: string): string[] {
  const dups: string[] = [];
  const stack: Array<Set<string>> = [];
  let i = 0;
  // a string followed by ':' is a key of the innermost open object
  while (i < text.length) {
    const c = text[i]!;
    if (c === '{') { stack.push(new Set()); i++; continue; }
    if (c === '}') { stack.pop(); i++; continue; }
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const s = JSON.parse(text.slice(i, j + 1)) as string;
      let k = j + 1;
      while (text[k] === ' ' || text[k] === '\n' || text[k] === '\r' || text[k] === '\t') k++;
      if (text[k] === ':' && stack.length > 0) {
        const top = stack[stack.length - 1]!;
        if (top.has(s)) dups.push(s);
        top.add(s);
      }
      i = j + 1;
      continue;
    }
    i++;
  }
  return dups;
}

describe('lexicon files', () => {
  for (const lang of LANGS) {
    it.each(FILES)(`${lang}/%s.json matches its schema`, (name, schema) => {
      const r = schema.safeParse(JSON.parse(raw(`${lang}/${name}.json`)));
      expect(r.success ? [] : r.error.issues.slice(0, 5)).toEqual([]);
    });
    it.each(FILES.map(([n]) => n))(`${lang}/%s.json has no duplicate keys`, (name) => {
      expect(duplicateKeys(raw(`${lang}/${name}.json`))).toEqual([]);
    });
  }

  it('common/emoji.json matches its schema and has no duplicate keys', () => {
    expect(EmojiFileSchema.safeParse(JSON.parse(raw('common/emoji.json'))).success).toBe(true);
    expect(duplicateKeys(raw('common/emoji.json'))).toEqual([]);
  });

  it('the duplicate-key check finds duplicates', () => {
    expect(duplicateKeys('{"a": 1, "b": {"a": 2}, "a": 3}')).toEqual(['a']);
  });
});

// the term and cue-pattern checks are built on first use (src/lexicon/schema.ts): they must refuse
// what they always refused
describe('the schemas refuse malformed terms and patterns', () => {
  const issues = (schema: z.ZodType, value: unknown) => {
    const r = schema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('terms are single lower-case words, optionally ending in *', () => {
    const tokens = { note: 'x', abbreviations: [], greetingsNote: 'x', greetings: [], conjunctions: [{ word: 'Maar' }, { word: 'maar' }] };
    // only the conjunctions are under test here (the split's word lists are left out of this object)
    expect(issues(TokensFileSchema, tokens).filter((i) => i.startsWith('conjunctions'))).toEqual(['conjunctions.0.word: a lower-case word, optionally ending in *']);
    const modifiers = { note: 'x', negators: ['niet', 'nooit meer'], negationScope: { before: 3, after: 0 }, boosters: { 'heel*': 0.3, Erg: 0.2 }, dampeners: {}, sarcasmOpeners: ['geweldig'] };
    expect(issues(ModifiersFileSchema, modifiers)).toEqual(['negators.1: a lower-case word, optionally ending in *', 'boosters.Erg: Invalid key in record']);
    const tone = { note: 'x', lists: [{ note: 'x', words: { "don't": [1, 0], 'über*': [2, 0], 'x y': [1, 0] } }], idioms: [{ note: 'x', phrases: { 'not good': [-2, 0], 'Not Good': [-2, 0] } }] };
    expect(issues(ToneFileSchema, tone)).toEqual(['lists.0.words.x y: Invalid key in record', 'idioms.0.phrases.Not Good: Invalid key in record']);
  });

  it('cue patterns are elements separated by spaces, with ~ never first or last', () => {
    for (const ok of ['again', 'thank* ~ #', 'a|b*|c', 'nog steeds niet']) expect(CuePatternSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['~ again', 'again ~', 'a||b', 'Again', 'two  spaces', '']) expect(CuePatternSchema.safeParse(bad).success, bad).toBe(false);
    const cues = { note: 'x', numberWords: ['drie'], groups: [{ kind: 'repeat', note: 'x', patterns: { 'weer ~ niet': 0.5, '~ weer': 0.5 } }] };
    expect(issues(CuesFileSchema, cues)).toEqual(['groups.0.patterns.~ weer: Invalid key in record']);
  });
});

describe('parity between nl and en', () => {
  const load = <T>(lang: string, name: string): T => JSON.parse(raw(`${lang}/${name}.json`)) as T;

  it('both languages have the same cue kinds, and all of them', () => {
    const kinds = (lang: string) => [...new Set(load<{ groups: Array<{ kind: string }> }>(lang, 'cues').groups.map((g) => g.kind))].sort();
    expect(kinds('nl')).toEqual(kinds('en'));
    expect(kinds('en')).toEqual([...CUE_KINDS].sort());
  });

  it('both languages have the same reply parts and plans', () => {
    const parts = (lang: string) => Object.keys(load<{ parts: object }>(lang, 'replies').parts).sort();
    expect(parts('nl')).toEqual(parts('en'));
    const plans = (lang: string) => load<{ plans: object; socialPlans: object }>(lang, 'replies');
    expect(plans('nl').plans).toEqual(plans('en').plans);
    expect(plans('nl').socialPlans).toEqual(plans('en').socialPlans);
  });

  it.each(['normalize', 'tokens', 'language', 'tone', 'modifiers', 'cues', 'replies', 'history'])('%s.json has the same fields in both', (name) => {
    expect(Object.keys(load<object>('nl', name)).sort()).toEqual(Object.keys(load<object>('en', name)).sort());
  });

  it('every reply template uses only known slots', () => {
    for (const lang of LANGS) {
      const file = load<{ parts: Record<string, { formal: string[]; informal: string[] }> }>(lang, 'replies');
      for (const part of Object.values(file.parts)) {
        for (const tpl of [...part.formal, ...part.informal]) {
          for (const m of tpl.matchAll(/\{(\w+)\}/g)) expect(['name', 'agentName', 'companyName', 'wait', 'repeat', 'fact', 'feeling', 'need']).toContain(m[1]);
        }
      }
    }
  });
});

describe('judging words (tokens.json judgements)', () => {
  it.each(LANGS)('%s: every listed judgement is rated negative, and none is also descriptive', (lang) => {
    const c = compile(defaultLexicons)[lang];
    for (const w of defaultLexicons[lang].tokens.judgements) {
      expect([w, (c.tone.vocab.get(w)?.rating ?? [0])[0] < 0 || c.tone.vocab.get(w)?.booster !== undefined]).toEqual([w, true]);
      expect([w, c.splitWords.descriptives.has(w)]).toEqual([w, false]);
    }
  });
  it.each<['nl' | 'en', string, boolean]>([
    ['nl', 'matige', true], // -e inflection of a listed word
    ['nl', 'hopeloos', true], // a negatively rated -loos word
    ['nl', 'onvriendelijke', true], // a negatively rated on- word, inflected
    ['nl', 'draadloos', false], // -loos, but not rated negative
    ['nl', 'ontevreden', false], // ont- is not on-
    ['nl', 'trage', false], // descriptive
    ['en', 'shoddily', true], // -ly adverb of a listed word
    ['en', 'unbelievably', true],
    ['en', 'clueless', true], // a negatively rated -less word
    ['en', 'wireless', false],
    ['en', 'unless', false],
    ['en', 'late', false], // descriptive
  ])('%s: %s judges: %s', (lang, word, judges) => {
    expect(compile(defaultLexicons)[lang].splitWords.judgements.has(word)).toBe(judges);
  });
  it.each([
    ['terrible', 'terribly'], ['shoddy', 'shoddily'], ['idiotic', 'idiotically'], ['absurd', 'absurdly'], ['dull', 'dully'],
  ])('the adverb of %s is %s', (adj, adv) => expect(englishAdverb(adj)).toBe(adv));
});
