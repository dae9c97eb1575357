/**
 * Judging words used as degree adverbs: "belachelijk snel", "krankzinnig lekker", "insanely good" are
 * praise graded up, not verdicts. Right before a positive word they read as a plain intensifier;
 * anywhere else they keep their verdict.
 */
import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, findCues, scoreTone, splitFacts } from '../src/index.js';

describe('a judging word before a positive word grades the praise', () => {
  it.each([
    ['Belachelijk snel bezorgd, dank je!', 'nl'],
    ['Krankzinnig lekkere lasagne, bestel ik vaker', 'nl'],
    ['★★★★★ Absurd goedkoop voor zo een goeie fiets', 'nl'],
    ['De monteur was bizar snel klaar, top', 'nl'],
    ['Die nieuwe router is gewoon gestoord snel', 'nl'],
    ['Insanely good burgers, arrived in 20 min', 'en'],
    ['scary good customer service tbh, sorted in one call', 'en'],
  ] as const)('%s -> none, no frustration', (text, language) => {
    const a = analyze({ text, language });
    expect(a.level).toBe('none');
    expect(a.frustration).toEqual([]);
    expect(a.tone.valence).toBeGreaterThan(0);
    expect(findCues(text, language).some((c) => c.kind === 'frustration' || c.kind === 'negative-opinion')).toBe(false);
  });
});

describe('the same words keep their verdict elsewhere', () => {
  it.each([
    // before a neutral or negative word
    ['Belachelijk lang in de wacht gestaan voor een simpele vraag', 'nl'],
    ['Vreselijk duur abonnement voor zo een trage lijn', 'nl'],
    // the positive word is itself undone by what follows it
    ['Het scherm ging belachelijk snel kapot', 'nl'],
    // punctuation between: a verdict, then a new thought
    ['Belachelijk! Snel geleverd maar het deksel is gebroken', 'nl'],
    ['Absurd. Great packaging but the lamp inside was smashed', 'en'],
  ] as const)('%s -> still frustration', (text, language) => {
    expect(splitFacts(text, language).frustration.length).toBeGreaterThan(0);
  });

  it('a graded positive word reads as praise in the tone, a verdict word on its own does not', () => {
    expect(scoreTone('Krankzinnig lekker!', 'nl').valence).toBeGreaterThan(0);
    expect(scoreTone('Krankzinnig!', 'nl').valence).toBeLessThan(0);
  });
});

describe('the degree words are lexicon data', () => {
  it('a word added through createAnalyzer grades praise too', () => {
    const text = 'Gemeen lekkere taart, dank jullie!';
    expect(analyze({ text, language: 'nl' }).tone.valence).toBeLessThan(
      createAnalyzer({ lexicons: { nl: { modifiers: { degreeJudgements: ['gemeen'] } } } }).analyze({ text, language: 'nl' }).tone.valence,
    );
  });
});

describe('"never ... so" compares: nothing was ever this good or bad', () => {
  it.each([
    ['Nog nooit zo vriendelijk geholpen aan de balie', 'nl'],
    ['Ik heb nog nooit zo\'n fijne monteur over de vloer gehad', 'nl'],
    ['Nooit eerder zo snel een nieuwe pas gekregen, dank', 'nl'],
    ['I have never had such helpful staff on the phone', 'en'],
    ['Never been so happy with an energy supplier', 'en'],
  ] as const)('%s -> praise: none, positive tone', (text, language) => {
    const a = analyze({ text, language });
    expect(a.level).toBe('none');
    expect(a.tone.valence).toBeGreaterThan(0);
    expect(a.frustration).toEqual([]);
  });

  it.each([
    ['Nog nooit zo slordig behandeld door een winkel', 'nl'],
    ['Never seen such awful packaging, the mug was in pieces', 'en'],
  ] as const)('%s -> the bad word stays bad', (text, language) => {
    expect(analyze({ text, language }).tone.valence).toBeLessThan(0);
  });

  it.each([
    // without a degree word, or with a plain negator, the word is negated as before
    ['Nooit tevreden geweest over jullie klantenservice', 'nl'],
    ['Niet zo tevreden over de nieuwe app', 'nl'],
    ['Not so happy with the new app', 'en'],
  ] as const)('%s -> still negated', (text, language) => {
    expect(analyze({ text, language }).tone.valence).toBeLessThan(0);
  });
});
