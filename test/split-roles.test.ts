/**
 * The split's trigger roles: a shape reader runs only for a clause holding one of its words, read
 * off the word's table entry. These tables check that every word a shape starts with carries its
 * role bit, and that no degree judgement ("belachelijk", "insanely") does: such a word may stand in
 * as a plain degree word ("heel", "very") and lose its own roles, and a shape it opens would be missed.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../src/lexicon/compile.js';
import { analyze } from '../src/index.js';
import { defaultLexicons } from '../src/lexicon/defaults.js';
import {
  clearEvidence, cueKindOf, newEvidence,
  ROLE_CONTRADICTION, ROLE_COORDINATOR, ROLE_COPULA, ROLE_STANCE, ROLE_EXCLAMATIVE, ROLE_FELT, ROLE_HOPE, ROLE_RECURRENCE, ROLE_RETORT, ROLE_STATED,
} from '../src/complaint/split.js';

const compiled = compile(defaultLexicons);

describe('the first word of each phrase carries its trigger role', () => {
  it.each([
    ['nl', 'recurrences', ROLE_RECURRENCE],
    ['en', 'recurrences', ROLE_RECURRENCE],
    ['nl', 'retorts', ROLE_RETORT],
    ['en', 'retorts', ROLE_RETORT],
    ['nl', 'exclamatives', ROLE_EXCLAMATIVE],
    ['en', 'exclamatives', ROLE_EXCLAMATIVE],
  ] as const)('%s %s', (lang, list, bit) => {
    const w = compiled[lang].splitWords;
    const firsts = [...w[list].firstWords()];
    // (English lists no recurrences, Dutch no retort tags)
    if (!((lang === 'en' && list === 'recurrences') || (lang === 'nl' && list === 'retorts'))) expect(firsts.length).toBeGreaterThan(0);
    for (const first of firsts) {
      expect([first, ((w.roles.get(first) ?? 0) & bit) !== 0]).toEqual([first, true]);
      // and the word table entry, which the split reads, says the same
      const entry = compiled.words.get(first);
      expect([first, ((entry?.[lang].split ?? 0) & bit) !== 0]).toEqual([first, true]);
    }
  });

  it.each([
    ['nl', 'elke'],
    ['nl', 'wat'],
    ['en', 'what'],
    ['en', 'come'],
  ] as const)('%s %s holds a trigger role', (lang, word) => {
    const role = compiled[lang].splitWords.roles.get(word) ?? 0;
    expect(role & (ROLE_RECURRENCE | ROLE_RETORT | ROLE_EXCLAMATIVE)).not.toBe(0);
  });
});

describe('no degree judgement carries a trigger role read off its entry', () => {
  const triggers = ROLE_RECURRENCE | ROLE_RETORT | ROLE_EXCLAMATIVE | ROLE_CONTRADICTION | ROLE_STATED | ROLE_HOPE | ROLE_FELT;
  it.each(['nl', 'en'] as const)('%s', (lang) => {
    const words = defaultLexicons[lang].modifiers.degreeJudgements ?? [];
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) expect([word, (compiled[lang].splitWords.roles.get(word) ?? 0) & triggers]).toEqual([word, 0]);
  });
});

describe('a degree judgement and its stand-in agree on the roles the spans read off entries', () => {
  // the spans and closing verdicts read a word's coordinator role, and the inverted verdict the
  // copula before its demonstrative, off its (possibly regraded) entry
  it.each(['nl', 'en'] as const)('%s', (lang) => {
    const roles = compiled[lang].splitWords.roles;
    const standIn = defaultLexicons[lang].modifiers.degreeStandIn;
    expect(standIn).toBeDefined();
    for (const word of [standIn!, ...(defaultLexicons[lang].modifiers.degreeJudgements ?? [])]) {
      expect([word, (roles.get(word) ?? 0) & (ROLE_COORDINATOR | ROLE_COPULA)]).toEqual([word, 0]);
    }
    // the stance shape skips words without the stance bit off the entry: no degree judgement has it
    for (const word of defaultLexicons[lang].modifiers.degreeJudgements ?? []) expect([word, (roles.get(word) ?? 0) & ROLE_STANCE]).toEqual([word, 0]);
  });

  // the split reads a negative tone word's own roles off its entry: the stand-in a degree judgement
  // is regraded to is a booster, which tone does not rate before a word, so no tone word is regraded
  it.each(['nl', 'en'] as const)('%s: the stand-in is a booster', (lang) => {
    const standIn = compiled.degreeStandIn[lang];
    expect(standIn).toBeDefined();
    expect(standIn![lang].tone?.booster).toBeDefined();
  });
});

describe('cue kinds: one record per kind', () => {
  it.each([
    ['problem', { isFact: true, fact: 1, isFrustration: false, shields: true, shieldsAll: true, concrete: true, failure: true, pleasantry: false, island: false }],
    ['repeat', { isFact: true, fact: 0.8, isFrustration: false, shields: true, shieldsAll: true, concrete: true, failure: true, pleasantry: false, island: false }],
    ['complaint', { isFact: true, fact: 0.4, isFrustration: false, shields: true, shieldsAll: false, concrete: false, failure: false, pleasantry: false, island: false }],
    ['management', { isFact: true, fact: 0.6, isFrustration: false, shields: true, shieldsAll: false, concrete: true, failure: false, pleasantry: false, island: false }],
    ['question', { isFact: true, fact: 0.5, isFrustration: false, shields: true, shieldsAll: true, concrete: false, failure: false, pleasantry: false, island: false }],
    ['sarcasm', { isFact: false, fact: 0, isFrustration: true, frustration: 1.1, shields: false, concrete: false, pleasantry: false, island: true }],
    ['negative-opinion', { isFact: false, isFrustration: true, frustration: 0.8, shields: false, island: false }],
    ['gratitude', { isFact: false, isFrustration: false, shields: false, pleasantry: true, island: false }],
    ['praise', { isFact: false, isFrustration: false, pleasantry: true }],
    ['tone', { isFact: false, isFrustration: false, shields: false, pleasantry: false, island: false }],
  ] as const)('%s', (kind, want) => {
    expect(cueKindOf(kind)).toMatchObject(want);
  });
});

describe('the role array kept between calls', () => {
  // up to ROLE_SCRATCH_MAX (8,192) tokens the array is kept and grown; past it a message gets its own
  it.each([
    ['after a message of 3,000 tokens (kept, grown)', 'nl', 'Het duurt te lang. '.repeat(600)],
    ['after a message of 20,000 tokens (its own array)', 'en', 'Still nothing, again! '.repeat(5000)],
  ] as const)('splits the same %s', (_name, lang, long) => {
    const text = lang === 'nl' ? 'Alweer geen internet, nu al drie dagen. Dit is belachelijk!' : 'Third time I call about the refund. This is ridiculous!';
    const alone = analyze({ text, language: lang });
    const big = analyze({ text: long, language: lang });
    expect(big.facts.length + big.frustration.length).toBeGreaterThan(0);
    expect(analyze({ text, language: lang })).toEqual(alone);
  });
});

describe('the evidence records and label arrays kept between calls', () => {
  // each record is cleared per call and the label arrays rewritten: a message reads the same after
  // one that set every kind of evidence in the same clause positions, after a longer one, and after
  // one past the pool's size (its own records)
  const rich = {
    nl: 'Ik ben echt boos en teleurgesteld over jullie service!! Wat een grap, bedankt hoor 🙄. Waarom moet ik drie keer bellen?? Top service weer. Stort het geld terug. #oplichting #fedup',
    en: "I'm so disappointed and angry about this!! What a joke, thanks a lot 🙄. Why do I have to call three times?? Great service again. Refund me now. #scam #fedup",
  };
  const cases = [
    ['nl', 'Alweer geen internet, nu al drie dagen. Dit is belachelijk!'],
    ['nl', 'Bedankt voor de snelle hulp, alles werkt weer.'],
    ['nl', 'Mijn factuur klopt niet. Graag een correctie.'],
    ['en', 'Third time I call about the refund. This is ridiculous!'],
    ['en', 'Thanks for the quick help, it all works again.'],
    ['en', 'since 8am on payday genuinely unbelievable I cant pay my rent #fedup'],
  ] as const;
  it.each(cases)('%s: %s', (lang, text) => {
    const alone = analyze({ text, language: lang });
    for (const before of [rich[lang], rich[lang].repeat(4), 'Nee. Niet weer. '.repeat(400), 'No. Not again. '.repeat(400)]) {
      analyze({ text: before, language: lang });
      expect(analyze({ text, language: lang })).toEqual(alone);
    }
  });
});

describe('a pooled evidence record is cleared field by field', () => {
  // every field of a fresh record set to another value: clearing must bring each back
  const fresh = newEvidence();
  it.each(Object.keys(fresh) as Array<keyof typeof fresh>)('%s', (field) => {
    const e = newEvidence();
    const v = e[field];
    Object.assign(e, { [field]: typeof v === 'boolean' ? !v : (v as number) + 7 });
    expect(e).not.toEqual(fresh);
    clearEvidence(e);
    expect(e).toEqual(fresh);
  });
});
