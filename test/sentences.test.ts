import { describe, expect, it } from 'vitest';
import nl from '../lexicons/nl/tokens.json';
import en from '../lexicons/en/tokens.json';
import { clauses, sentences, type SplitRules } from '../src/text/sentences.js';
import { tokenize } from '../src/text/tokenize.js';

function rules(files: Array<typeof nl | typeof en>): SplitRules {
  return {
    abbreviations: new Set(files.flatMap((f) => f.abbreviations)),
    numberAbbreviations: new Set(files.flatMap((f) => ('numberAbbreviations' in f ? f.numberAbbreviations : []))),
    conjunctions: new Map(files.flatMap((f) => f.conjunctions.map((c) => [c.word, 'contrast' in c ? c.contrast === true : false] as [string, boolean]))),
  };
}
const both = rules([nl, en]);

function sents(text: string): string[] {
  return sentences(tokenize(text), both).map((s) => text.slice(s.start, s.end));
}
function cls(text: string, r = both): string[] {
  const toks = tokenize(text);
  return clauses(toks, sentences(toks, r), r).map((c) => text.slice(c.start, c.end));
}

describe('sentences', () => {
  it.each([
    ['Het werkt niet. Ik wil mijn geld terug!', ['Het werkt niet.', 'Ik wil mijn geld terug!']],
    ['Graag z.s.m. bellen. Dank u.', ['Graag z.s.m. bellen.', 'Dank u.']],
    ['Dit geldt o.a. voor de factuur. Klopt dat?', ['Dit geldt o.a. voor de factuur.', 'Klopt dat?']],
    ['Bijv. de modem. En de router.', ['Bijv. de modem.', 'En de router.']],
    ['Contact Mr. Smith please. Thanks.', ['Contact Mr. Smith please.', 'Thanks.']],
    ['Cables, routers etc. are fine. The line is not.', ['Cables, routers etc. are fine.', 'The line is not.']],
    ['Geweldig, alweer geen internet 🙄 Echt!', ['Geweldig, alweer geen internet 🙄 Echt!']],
    ['Waarom duurt dit zo lang?!? 😡 Ik ben het zat', ['Waarom duurt dit zo lang?!? 😡', 'Ik ben het zat']],
    ['eerste regel\ntweede regel', ['eerste regel', 'tweede regel']],
    ['I.e. it is broken. Fix it.', ['I.e. it is broken.', 'Fix it.']],
    // "No." before a capitalised word is the answer, before a number or "of" the abbreviation
    ['No. Not the same form again.', ['No.', 'Not the same form again.']],
    ['Customer: No. I want a manager.', ['Customer: No.', 'I want a manager.']],
    ['Ticket no. 4471 is still open.', ['Ticket no. 4471 is still open.']],
    ['The no. of complaints grew.', ['The no. of complaints grew.']],
    ['See complaint No. A1234 for details.', ['See complaint No. A1234 for details.']],
  ])('%j', (text, expected) => {
    expect(sents(text)).toEqual(expected);
  });
});

describe('clauses', () => {
  it.each([
    ['De monteur was vriendelijk maar het probleem is niet opgelost', ['De monteur was vriendelijk', 'maar het probleem is niet opgelost']],
    ['Ik bel omdat mijn internet al drie dagen niet werkt', ['Ik bel', 'omdat mijn internet al drie dagen niet werkt']],
    ['The staff were nice, but the parcel never arrived', ['The staff were nice,', 'but the parcel never arrived']],
    ['Tom and Jerry', ['Tom and Jerry']],
    ['I waited two hours and nobody came', ['I waited two hours', 'and nobody came']],
    ['Bedankt voor niks 👏👏 Graag een onderzoek', ['Bedankt voor niks 👏👏', 'Graag een onderzoek']],
    ['Top service weer 🙃 trein geschrapt', ['Top service weer 🙃', 'trein geschrapt']],
    ['love how it needs 4 taps 🙄 just fix it', ['love how it needs 4 taps 🙄', 'just fix it']],
    ['outage again 😡 3rd this month', ['outage again 😡', '3rd this month']],
    ['pakket kwijt 😤 @bpost wat nu', ['pakket kwijt 😤', '@bpost wat nu']],
    ['Great 👍👍 thanks', ['Great 👍👍', 'thanks']],
    ['SO ANGRY 😡 NOW', ['SO ANGRY 😡 NOW']],
  ])('%j', (text, expected) => {
    expect(cls(text)).toEqual(expected);
  });

  it('marks contrast clauses', () => {
    const text = 'Vriendelijk, maar traag';
    const toks = tokenize(text);
    const c = clauses(toks, sentences(toks, both), both);
    expect(c.map((x) => x.contrast)).toEqual([false, true]);
  });
});
