import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { RepliesFileSchema } from '../src/lexicon/replies-schema.js';
import {
  CUE_KINDS, CuesFileSchema, EmojiFileSchema, HistoryFileSchema, LanguageFileSchema, ModifiersFileSchema, NormalizeFileSchema,
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
