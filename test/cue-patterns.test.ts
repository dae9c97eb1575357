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

// The entry filter (cue-patterns.ts, FILTER_BITS): every word of an element an entry tries first
// must carry that element's bit, directly after the known words or within a gap's reach; many
// alternatives spread over the bits, so that a word missing its bit fails here.
const many = Array.from({ length: 40 }, (_, k) => `zint${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))}`);
const filtered = createAnalyzer({
  lexicons: {
    en: {
      cues: {
        groups: [
          {
            note: 'filter patterns',
            kind: 'legal',
            patterns: {
              [`plomp ~ ${many.join('|')}`]: 0.5,
              [`plonk ${many.join('|')}`]: 0.5,
              'plank ~ # drums': 0.5,
              'plunk # drums': 0.5,
            },
          },
        ],
      },
    },
  },
});

function filteredCues(text: string): string[] {
  return filtered
    .analyze({ text, language: 'en' })
    .cues.filter((c) => c.kind === 'legal')
    .map((c) => c.text.toLowerCase());
}

describe('the entry filter lets through every word an entry needs', () => {
  it.each(many.map((w) => [w]))('%s after a gap and directly', (w) => {
    expect(filteredCues(`plomp the ${w}`)).toEqual([`plomp the ${w}`]);
    expect(filteredCues(`plomp ${w}`)).toEqual([`plomp ${w}`]);
    expect(filteredCues(`plonk ${w}`)).toEqual([`plonk ${w}`]);
    expect(filteredCues(`plonk the ${w}`)).toEqual([]);
  });

  it.each([
    ['a number after a gap', 'plank my 12 drums', ['plank my 12 drums']],
    ['a number word after a gap', 'plank my three drums', ['plank my three drums']],
    ['a number directly', 'plunk 12 drums', ['plunk 12 drums']],
    ['no number', 'plunk some drums', []],
    ['a gap of three is too long', 'plomp the very big zintaa', []],
  ])('%s', (_name, text, expected) => {
    expect(filteredCues(text)).toEqual(expected);
  });

  it('finds the same cues in a message after a much longer one (the sequence is shared)', () => {
    const short = 'plomp the zintab and plunk 3 drums';
    const before = filteredCues(short);
    filteredCues(Array.from({ length: 300 }, (_, k) => `plomp word${k} zintac.`).join(' '));
    expect(filteredCues(short)).toEqual(before);
    expect(before).toEqual(['plomp the zintab', 'plunk 3 drums']);
  });
});
