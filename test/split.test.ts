import { describe, expect, it } from 'vitest';
import { splitFacts } from '../src/index.js';

type Lang = 'nl' | 'en';
const texts = (spans: Array<{ text: string }>): string[] => spans.map((s) => s.text);

describe('splitFacts: an evaluation is its whole clause, subject and intensifier included', () => {
  it.each<[Lang, string, string]>([
    ['en', 'My order 5512 arrived broken. This is really ridiculous.', 'This is really ridiculous'],
    ['en', 'The engineer never came. I am fed up with it.', 'I am fed up with it'],
    ['en', 'What a mess. The parcel was left in the rain.', 'What a mess'],
    ['en', 'You charged me twice. How is that fair?', 'How is that fair?'],
    ['en', 'Pretty sad for such a big brand. I still have no refund for order 881.', 'Pretty sad for such a big brand'],
    ['nl', 'Mijn pakket is kapot aangekomen. Dit is echt belachelijk.', 'Dit is echt belachelijk'],
    ['nl', 'Drie weken geen internet. Ik ben het spuugzat.', 'Ik ben het spuugzat'],
    ['nl', 'Wat een puinhoop. De monteur kwam niet opdagen.', 'Wat een puinhoop'],
    ['nl', 'De app crasht bij het betalen, hoe moet ik nu iets bestellen?', 'hoe moet ik nu iets bestellen?'],
    ['nl', 'Ik vind de nieuwe factuur echt onduidelijk. Zet het oude overzicht terug.', 'Ik vind de nieuwe factuur echt onduidelijk'],
  ])('%s: %j', (lang, text, frustration) => {
    const s = splitFacts(text, lang);
    expect(texts(s.frustration)).toContain(frustration);
    for (const f of s.facts) expect(f.text).not.toContain(frustration);
  });
});

describe('splitFacts: what happened and what is needed are facts, with their negative words', () => {
  it.each<[Lang, string, string]>([
    ['en', 'The courier left my parcel in the rain and the book inside is soaked. Please send a new one.', 'Please send a new one'],
    ['en', 'I was charged a late fee of £12 on 3 November. Please refund it.', 'I was charged a late fee of £12 on 3 November'],
    ['nl', 'Op 2 oktober heb ik schade aan mijn auto gemeld. Ik wil een beslissing.', 'Op 2 oktober heb ik schade aan mijn auto gemeld'],
    ['nl', 'De verwarming is al een week kapot. Stuur een monteur.', 'De verwarming is al een week kapot'],
  ])('%s: %j', (lang, text, fact) => {
    const s = splitFacts(text, lang);
    expect(texts(s.facts)).toContain(fact);
    expect(s.frustration).toEqual([]);
  });
});

describe('splitFacts: greetings, praise, labels and headers are neither', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Subject: Broken boiler\nMessage: The boiler has been broken since Monday.', 'Broken boiler'],
    ['en', 'Caller: The boiler has been broken since Monday.', 'Caller'],
    ['en', 'Lovely staff and a spotless room. The shower was broken though.', 'Lovely staff and a spotless room'],
    ['nl', 'Onderwerp: Kapotte ketel\nBericht: De ketel is al sinds maandag kapot.', 'Kapotte ketel'],
    ['nl', 'Hallo, de ketel is al sinds maandag kapot.', 'Hallo'],
    ['nl', 'Vriendelijke monteur en snel geholpen. Alleen de rekening klopt niet.', 'Vriendelijke monteur en snel geholpen'],
  ])('%s: %j', (lang, text, neither) => {
    const s = splitFacts(text, lang);
    for (const span of [...s.facts, ...s.frustration]) expect(span.text).not.toContain(neither);
    expect(s.facts.length).toBeGreaterThan(0);
  });
});

describe('splitFacts: spans', () => {
  it.each<[Lang, string]>([
    ['nl', 'Klant: Het werkt niet!! Dit is belachelijk, ik wil mijn geld terug.\nMedewerker: Ik begrijp uw frustratie.'],
    ['en', 'Great, charged twice 🙄 Thanks for nothing. Refund it NOW.'],
  ])('%s: point into the text, do not overlap and leave out the agent', (lang, text) => {
    const s = splitFacts(text, lang);
    const all = [...s.facts, ...s.frustration].sort((a, b) => a.start - b.start);
    for (const x of all) expect(text.slice(x.start, x.end)).toBe(x.text);
    for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
    for (const x of all) expect(x.text).not.toMatch(/frustratie/);
  });
});
