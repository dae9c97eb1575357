import { describe, expect, it } from 'vitest';
import { dtVariant, inflectDutch, inflectPattern } from '../src/lexicon/inflect.js';
import { findCues } from '../src/index.js';

describe('inflectDutch: the -e form of an adjective', () => {
  it.each([
    ['slecht', 'slechte'], ['kapot', 'kapotte'], ['traag', 'trage'], ['boos', 'boze'], ['vies', 'vieze'],
    ['lief', 'lieve'], ['goed', 'goede'], ['belachelijk', 'belachelijke'], ['simpel', 'simpele'],
    ['onbeleefd', 'onbeleefde'], ['wijs', 'wijze'], ['koud', 'koude'], ['teleurstellend', 'teleurstellende'],
    ['bizar', 'bizarre'], ['lauw', 'lauwe'], ['onprofessioneel', 'onprofessionele'], ['gemeen', 'gemene'],
  ])('%s -> %s', (word, form) => {
    expect(inflectDutch(word)).toBe(form);
  });

  it.each(['slechte', 'op', 'e-mail', '3x'])('%s has no form to add', (word) => {
    expect(inflectDutch(word)).toBeUndefined();
  });

  it('adds forms to each plain alternative of a pattern, leaving prefixes, numbers and gaps', () => {
    expect(inflectPattern('slecht|erg* ~ service')).toBe('slecht|erg*|slechte ~ service');
    expect(inflectPattern('# keer')).toBe('# keer|kere');
  });
});

describe('inflected cue words are found', () => {
  it.each([
    ['Een teleurstellende ervaring.', 'negative-opinion'],
    ['Wat een onprofessionele club.', 'negative-opinion'],
    ['Een waardeloze app.', 'negative-opinion'],
  ])('%j', (text, kind) => {
    expect(findCues(text, 'nl').map((c) => c.kind)).toContain(kind);
  });
});

describe('dtVariant: the -t slip of a word in -d', () => {
  it.each([
    ['teleurgesteld', 'teleurgestelt'],
    ['opgezegd', 'opgezegt'],
    ['beschadigd', 'beschadigt'],
  ])('%s -> %s', (word, form) => expect(dtVariant(word)).toBe(form));
  it.each(['bad', 'wordt', 'kapot', 'ongehoord-x', 'middd'])('%s has none', (word) => expect(dtVariant(word)).toBeUndefined());
  it('is added to cue patterns', () => expect(inflectPattern('teleurgesteld')).toBe('teleurgesteld|teleurgestelde|teleurgestelt'));
});
