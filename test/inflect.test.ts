import { describe, expect, it } from 'vitest';
import { dtVariant, dutchStems, inflectDutch, inflectPattern, separableForms } from '../src/lexicon/inflect.js';
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

describe('separableForms: the other forms of a Dutch separable verb', () => {
  const P = ['op', 'terug', 'uit', 'over', 'in', 'mee', 'af'];
  it.each([
    ['opzeggen', ['zeg', 'zegt', 'zeggen'], 'op', ['opzeg', 'opzegt', 'opgezegd']],
    ['terugbellen', ['bel', 'belt', 'belde'], 'terug', ['terugbelt', 'teruggebeld']],
    ['overstappen', ['stap', 'stapt', 'stapte'], 'over', ['overgestapt']],
    ['terugbetalen', ['betaal', 'betaalt', 'betaalde'], 'terug', ['terugbetaald']],
    ['uitgevallen', ['val', 'valt', 'vallen'], 'uit', []],
    ['opgezegd', ['zeg', 'zegt'], 'op', []],
  ])('%s', (word, verbs, particle, joined) => {
    const f = separableForms(word, P)!;
    expect(f.particle).toBe(particle);
    expect(f.verbs).toEqual(expect.arrayContaining(verbs));
    expect(f.joined).toEqual(expect.arrayContaining(joined));
  });
  it('adds the strong past from the table, which no rule derives', () => {
    expect(separableForms('uitgevallen', P, { vallen: ['viel', 'vielen'] })!.verbs).toEqual(expect.arrayContaining(['viel', 'vielen']));
    expect(separableForms('opzeggen', P, { vallen: ['viel'] })!.verbs).not.toContain('viel');
  });
  it.each(['internet', 'opdracht', 'meermalen', 'overheid', 'afscheid', 'op'])('%s is no separable verb', (word) => {
    expect(separableForms(word, P)).toBeUndefined();
  });
  it.each([['zeggen', ['zeg']], ['betalen', ['betaal', 'betal']], ['leven', ['leef', 'lef']], ['lezen', ['lees', 'les']], ['sluiten', ['sluit']]])(
    'dutchStems(%s)', (inf, stems) => expect(dutchStems(inf)).toEqual(stems),
  );
});

describe('split separable verbs are found within one clause', () => {
  it.each([
    ['Ik zeg mijn abonnement per 1 januari op.', 'churn'],
    ['Het internet valt elke avond uit.', 'problem'],
    ['Als het weer uitvalt bel ik jullie.', 'problem'],
    ['Ik stap volgende maand over naar een ander.', 'churn'],
    ['Gisteren viel het internet weer uit.', 'problem'],
    ['Jullie hebben het bedrag nog niet teruggestort, stort het terug.', 'demand'],
  ])('%j has %s', (text, kind) => {
    expect(findCues(text, 'nl').map((c) => c.kind)).toContain(kind);
  });
  it.each([
    // a negator, punctuation or a new clause stops the gap
    ['Ik zeg mijn abonnement niet op.', 'churn'],
    ['Ik zeg het maar, op de factuur staat een fout.', 'churn'],
    ['Ik zeg dat het op tijd kwam.', 'churn'],
    ['Het lampje licht op.', 'public'],
    ['Hij heeft het op zijn bord.', 'churn'],
  ])('%j has no %s', (text, kind) => {
    expect(findCues(text, 'nl').map((c) => c.kind)).not.toContain(kind);
  });
});
