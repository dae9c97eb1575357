import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../src/index.js';

// Made-up words, so that only these patterns can fire; each element type of the pattern language
// (one word, alternatives, a prefix, a number, a gap, a clause gap) is matched from compiled code.
const analyzer = createAnalyzer({
  lexicons: {
    en: {
      cues: {
        groups: [
          {
            note: 'test patterns',
            kind: 'legal',
            patterns: {
              zorble: 0.9,
              'quxil|quxils|quxiled now': 0.8,
              'frabj* moment': 0.7,
              '# blorps': 0.6,
              'wibble ~ wobble': 0.5,
              'snarf ~~ off': 0.4,
              'glim glam glum|glom|glem': 0.3,
              'wibble ~ wab|web|wub': 0.3,
            },
          },
        ],
      },
    },
    // Dutch lists the words a clause gap stops at ("wat", "omdat")
    nl: { cues: { groups: [{ note: 'test patterns', kind: 'legal', patterns: { 'snarf ~~ off': 0.4 } }] } },
  },
});

function found(text: string, language: 'en' | 'nl' = 'en'): string[] {
  return analyzer
    .analyze({ text, language })
    .cues.filter((c) => c.kind === 'legal')
    .map((c) => c.text.toLowerCase());
}

describe('cue patterns matched from compiled code', () => {
  it.each([
    ['one word', 'I will zorble them.', ['zorble']],
    ['one word, not a longer one', 'I will zorbled them.', []],
    ['an alternative, then a word', 'They quxiled now, again.', ['quxiled now']],
    ['an alternative without its second word', 'They quxiled today.', []],
    ['a prefix alternative', 'What a frabjous moment.', ['frabjous moment']],
    ['a prefix too short to count', 'What a frab moment.', []],
    ['a number in digits', 'I was sent 12 blorps.', ['12 blorps']],
    ['a number word', 'I was sent three blorps.', ['three blorps']],
    ['no number', 'I was sent some blorps.', []],
    ['a gap of none', 'wibble wobble', ['wibble wobble']],
    ['a gap of two', 'wibble the big wobble', ['wibble the big wobble']],
    ['a gap of three is too long', 'wibble the very big wobble', []],
    ['a gap of one never crosses punctuation', 'wibble it, wobble', []],
    ['a clause gap of five', 'snarf my old blue winter coat off', ['snarf my old blue winter coat off']],
    ['a clause gap of six is too long', 'snarf my old blue winter wool coat off', []],
    ['a clause gap stops at punctuation', 'snarf it, off we go', []],
    ['a clause gap stops at a negator', 'snarf it not off', []],
    ['a third element of alternatives: the last', 'glim glam glem', ['glim glam glem']],
    ['a third element of alternatives: none of them', 'glim glam glam', []],
    ['alternatives after a gap: the first', 'wibble my wab', ['wibble my wab']],
    ['alternatives after a gap: the last', 'wibble my wub', ['wibble my wub']],
  ])('%s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['a clause gap in Dutch', 'snarf het ding off', ['snarf het ding off']],
    ['a clause gap stops at a clause break', 'snarf het wat off', []],
  ])('%s', (_name, text, expected) => {
    expect(found(text, 'nl')).toEqual(expected);
  });
});
