import { describe, expect, it } from 'vitest';
import { scoreTone, type Language } from '../src/index.js';

const v = (text: string, lang: Language) => scoreTone(text, lang).valence;
const anger = (text: string, lang: Language) => scoreTone(text, lang).anger;

describe('tone: each rule, in both languages', () => {
  // [name, language, text, sign of valence: 1 positive, -1 negative, 0 neutral]
  it.each<[string, Language, string, -1 | 0 | 1]>([
    ['plain positive (nl)', 'nl', 'Super snel geholpen, top!', 1],
    ['plain positive (en)', 'en', 'Great service, really helpful staff', 1],
    ['plain negative (nl)', 'nl', 'Wat een waardeloze service', -1],
    ['plain negative (en)', 'en', 'Useless service, totally unacceptable', -1],
    ['Dutch negation after the verb', 'nl', 'Ik ben er niet tevreden over', -1],
    ['Dutch negation, inverted order', 'nl', 'Tevreden ben ik niet', -1],
    ['Dutch geen before an adjective', 'nl', 'Dat is geen goede service', -1],
    ['Dutch "niet slecht"', 'nl', 'Niet slecht, echt niet', 1],
    ['Dutch "geen probleem"', 'nl', 'Geen probleem, dank je', 1],
    ['Dutch "kan beter"', 'nl', 'De bezorging kan beter', -1],
    ['English "no problem"', 'en', 'No problem at all, thanks', 1],
    ['English "not bad at all"', 'en', 'Not bad at all', 1],
    ['English negation', 'en', 'The engineer was not helpful', -1],
    ['question without tone', 'nl', 'Hoe kan ik mijn adres wijzigen?', 0],
    ['question without tone (en)', 'en', 'How do I change my address?', 0],
    ['sarcasm (nl)', 'nl', 'Geweldig, alweer geen internet 🙄', -1],
    ['sarcasm (en)', 'en', 'Great, no internet again 🙄', -1],
    ['emoji alone carries tone', 'en', 'ok 😡', -1],
    ['emoji alone carries tone (nl)', 'nl', 'bedankt 😍', 1],
  ])('%s', (_name, lang, text, sign) => {
    const x = v(text, lang);
    if (sign === 0) expect(Math.abs(x)).toBeLessThan(0.05);
    else expect(Math.sign(x)).toBe(sign);
  });

  it.each<[string, Language, string, string]>([
    ['booster (nl)', 'nl', 'Echt heel slecht', 'Slecht'],
    ['booster (en)', 'en', 'Extremely bad', 'Bad'],
    ['no dampener (nl)', 'nl', 'Het was jammer', 'Het was een beetje jammer'],
    ['no dampener (en)', 'en', 'It was disappointing', 'It was slightly disappointing'],
    ['exclamation marks (nl)', 'nl', 'Waardeloos!!!', 'Waardeloos'],
    ['ALL CAPS word in mixed text (en)', 'en', 'This is TERRIBLE service', 'This is terrible service'],
  ])('%s makes the tone stronger', (_name, lang, stronger, weaker) => {
    expect(Math.abs(v(stronger, lang))).toBeGreaterThan(Math.abs(v(weaker, lang)));
  });

  it.each<[string, Language, string]>([
    ['Dutch maar', 'nl', 'De monteur was vriendelijk maar het probleem is niet opgelost'],
    ['English but', 'en', 'The staff were friendly but the problem is still not fixed'],
    ['capitalised But', 'en', 'Lovely staff. But the app is useless.'],
    ['Dutch echter', 'nl', 'Het eten was lekker, echter de bezorging was waardeloos'],
  ])('contrast: what follows %s weighs more', (_name, lang, text) => {
    expect(v(text, lang)).toBeLessThan(0);
  });

  it('anger is not valence: a polite negative message has low anger', () => {
    const polite = 'Ik ben helaas niet tevreden over de afhandeling van mijn schade.';
    const angry = 'WAARDELOZE OPLICHTERS!!! Godverdomme, ik ben het zat!';
    expect(v(polite, 'nl')).toBeLessThan(0);
    expect(anger(polite, 'nl')).toBeLessThan(0.35);
    expect(anger(angry, 'nl')).toBeGreaterThan(0.6);
    expect(anger('This is fucking useless, you idiots!!', 'en')).toBeGreaterThan(anger('I am disappointed with the delay.', 'en'));
  });

  it('a swear word used as a booster keeps its anger', () => {
    expect(anger('fucking useless', 'en')).toBeGreaterThan(anger('very useless', 'en'));
  });

  it('leaves a cue for each word and rule that moved the tone', () => {
    const t = scoreTone('Geweldig, alweer geen internet 🙄', 'nl');
    const kinds = t.cues.map((c) => c.kind);
    expect(kinds).toContain('sarcasm');
    expect(kinds).toContain('emoji');
    const n = scoreTone('Het personeel was niet behulpzaam', 'nl');
    expect(n.cues.map((c) => c.kind)).toContain('negation');
  });

  it('long e-mails do not saturate: sentences are averaged', () => {
    const one = v('Het werkt niet.', 'nl');
    const many = v('Het werkt niet. '.repeat(50), 'nl');
    expect(Math.abs(many - one)).toBeLessThan(0.05);
    expect(Math.abs(many)).toBeLessThan(0.9);
  });

  it('stays in range on extreme input', () => {
    for (const text of ['!!!!!!!!!!', 'HATE HATE HATE HATE '.repeat(100), '😡'.repeat(500), '']) {
      const t = scoreTone(text, 'en');
      expect(t.valence).toBeGreaterThanOrEqual(-1);
      expect(t.valence).toBeLessThanOrEqual(1);
      expect(t.anger).toBeGreaterThanOrEqual(0);
      expect(t.anger).toBeLessThanOrEqual(1);
      expect(t.intensity).toBeLessThanOrEqual(1);
    }
  });

  // the tone stage reuses scratch arrays across calls: a message must score the same whatever came before it
  it.each<[string, Language, string]>([
    ['after a longer, angrier message (nl)', 'nl', 'Niet tevreden. Geweldig, alweer geen internet 🙄'],
    ['after a longer, angrier message (en)', 'en', 'Not happy at all, the engineer was not helpful!!'],
    ['after a shouting message', 'en', 'ok thanks'],
    ['after an idiom', 'nl', 'Geen probleem, dank je'],
  ])('scores the same %s', (_name, lang, text) => {
    const alone = scoreTone(text, lang);
    scoreTone('HET IS ECHT WAARDELOOS EN BELACHELIJK!!! Nooit meer, super slecht geholpen, geen probleem zeggen ze dan. '.repeat(3), lang);
    scoreTone('THIS IS RIDICULOUS, TOTALLY UNACCEPTABLE, not bad at all, never again!!! '.repeat(3), lang);
    expect(scoreTone(text, lang)).toEqual(alone);
  });

  it.each<[string, Language, string, string]>([
    // past SCRATCH_KEEP (4,096 slots) the scratch arrays are emptied after the call
    ['after one sentence of 6,000 rated words', 'en', 'Not happy at all, the engineer was not helpful!!', 'terrible awful bad '.repeat(2000)],
    ['after 6,000 sentences', 'nl', 'Geweldig, alweer geen internet 🙄', 'Slecht. '.repeat(6000)],
  ])('scores the same %s', (_name, lang, text, huge) => {
    const alone = scoreTone(text, lang);
    expect(scoreTone(huge, lang).valence).toBeLessThan(0);
    expect(scoreTone(text, lang)).toEqual(alone);
  });
});
