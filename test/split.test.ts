import { describe, expect, it } from 'vitest';
import { analyze, splitFacts } from '../src/index.js';

type Lang = 'nl' | 'en';
const texts = (spans: Array<{ text: string }>): string[] => spans.map((s) => s.text);

/** `frustration` is a frustration span of `text` and `fact` a fact span. */
function expectSplit(lang: Lang, text: string, frustration: string, fact: string): void {
  const s = splitFacts(text, lang);
  expect(texts(s.frustration)).toContain(frustration);
  expect(texts(s.facts)).toContain(fact);
}

/** `fact` is a fact span of `text`, and nothing in it is frustration. */
function expectOnlyFact(lang: Lang, text: string, fact: string): void {
  const s = splitFacts(text, lang);
  expect(texts(s.facts)).toContain(fact);
  expect(s.frustration).toEqual([]);
}

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

describe('splitFacts: emotion idioms of giving up and being let down are frustration', () => {
  it.each<[Lang, string, string]>([
    ['en', 'The router has been down since Monday. I am so over it.', 'I am so over it'],
    ['en', 'Third engineer visit cancelled. I\'m done with you people.', "I'm done with you people"],
    ['en', 'My claim is still open after six weeks. Nobody seems to care.', 'Nobody seems to care'],
    ['en', 'Twelve years a customer and the price goes up again. Loyalty counts for nothing.', 'Loyalty counts for nothing'],
    ['en', 'The bin was not collected again. Always the same story with this council.', 'Always the same story with this council'],
    ['nl', 'De storing duurt nu vier dagen. Ik ben mijn geduld kwijt.', 'Ik ben mijn geduld kwijt'],
    ['nl', 'De lift is weer kapot. Het is altijd hetzelfde liedje met die corporatie.', 'Het is altijd hetzelfde liedje met die corporatie'],
    ['nl', 'Mijn toeslag is stopgezet zonder brief. Ik sta echt versteld.', 'Ik sta echt versteld'],
    ['nl', 'Weer een maand zonder verwarming. Ik zie het niet meer zitten.', 'Ik zie het niet meer zitten'],
    ['nl', 'Die nieuwe tariefstructuur raakt kant noch wal.', 'Die nieuwe tariefstructuur raakt kant noch wal'],
    ['nl', 'Het pakket kwam niet en ons weekend is verpest.', 'ons weekend is verpest'],
    ['nl', 'Drie keer verkeerd gefactureerd, dat had ik niet verwacht van een bedrijf als het uwe.', 'dat had ik niet verwacht van een bedrijf als het uwe'],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });
});

describe('splitFacts: dissent framed politely ("with all due respect", "I\'m sure you\'ll agree", "met alle respect") is frustration', () => {
  it.each<[Lang, string, string]>([
    ['en', 'The deposit was cut by £300. I\'m sure you\'ll agree that\'s a bit much for a flat left spotless.', "I'm sure you'll agree that's a bit much for a flat left spotless"],
    ['en', 'With all due respect, a voucher does not cover a missed flight.', 'With all due respect, a voucher does not cover a missed flight'],
    ['en', 'The repair took nine weeks, which was slow, to put it mildly.', 'to put it mildly'],
    ['nl', 'Met alle respect, maar een tegoedbon is geen terugbetaling.', 'Met alle respect'],
    ['nl', 'De wachttijd was, zacht uitgedrukt, erg lang.', 'zacht uitgedrukt, erg lang'],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });
  // counterexamples: the same frame around praise, and "with respect to" as a plain preposition
  it.each<[Lang, string]>([
    ['en', "I'm sure you'll agree the new app is great."],
    ['en', 'I am writing with respect to invoice 4471.'],
  ])('%s: %j is no dissatisfaction', (lang, text) => {
    const a = analyze({ text, language: lang });
    expect([a.level, a.frustration]).toEqual(['none', []]);
  });
});

describe('splitFacts: what happened and what is needed are facts, with their negative words', () => {
  it.each<[Lang, string, string]>([
    ['en', 'The courier left my parcel in the rain and the book inside is soaked. Please send a new one.', 'Please send a new one'],
    ['en', 'I was charged a late fee of £12 on 3 November. Please refund it.', 'I was charged a late fee of £12 on 3 November'],
    ['nl', 'Op 2 oktober heb ik schade aan mijn auto gemeld. Ik wil een beslissing.', 'Op 2 oktober heb ik schade aan mijn auto gemeld'],
    ['nl', 'De verwarming is al een week kapot. Stuur een monteur.', 'De verwarming is al een week kapot'],
  ])('%s: %j', (lang, text, fact) => {
    expectOnlyFact(lang, text, fact);
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

describe('splitFacts: a span never opens with a coordinator, an @handle or a hashtag', () => {
  it.each<[Lang, string, string, 'facts' | 'frustration']>([
    ['en', 'The parcel came two days late. And I was charged £12 for the delivery.', 'I was charged £12 for the delivery', 'facts'],
    ['en', 'I have called you four times, but this is just ridiculous.', 'this is just ridiculous', 'frustration'],
    ['en', '@ParcelCo my parcel has been stuck in the depot since Monday', 'my parcel has been stuck in the depot since Monday', 'facts'],
    ['nl', 'De monteur kwam niet. En de afspraak is nergens genoteerd.', 'de afspraak is nergens genoteerd', 'facts'],
    ['nl', 'Ik heb drie keer gebeld, maar dit is echt belachelijk.', 'dit is echt belachelijk', 'frustration'],
    ['nl', '@Stroomnet mijn meter staat al een week op nul #storing', 'mijn meter staat al een week op nul', 'facts'],
  ])('%s: %j', (lang, text, span, field) => {
    expect(texts(splitFacts(text, lang)[field])).toContain(span);
  });
});

describe('splitFacts: a clause of only interjections goes with the evaluation beside it', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Oh, this is absolutely ridiculous.', 'Oh, this is absolutely ridiculous'],
    ['en', 'Well, this is a total joke.', 'Well, this is a total joke'],
    ['nl', 'Nou, ik ben het echt spuugzat.', 'Nou, ik ben het echt spuugzat'],
    ['nl', 'Tja, dit is gewoon belachelijk.', 'Tja, dit is gewoon belachelijk'],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });

  it.each<[Lang, string, string]>([
    ['en', 'No. Not another survey.', 'No'],
    ['en', 'Ugh. This is a complete farce.', 'Ugh'],
    ['en', 'Caller: No. Enough is enough.', 'No'],
  ])('%s: a sentence of only interjections opens the outburst after it: %j', (lang, text, interjection) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(interjection);
  });

  it.each<[Lang, string, string]>([
    ['en', 'No. The meter was read on 3 March.', 'No'],
    ['en', 'Oh. My new address is 4 Elm Close.', 'Oh'],
  ])('%s: a sentence of only interjections before a fact is neither: %j', (lang, text, interjection) => {
    for (const s of splitFacts(text, lang).frustration) expect(s.text).not.toBe(interjection);
  });

  it.each<[Lang, string, string]>([
    ['en', 'Oh, and my order number is 55120.', 'Oh'],
    ['nl', 'Nou, mijn klantnummer is 88123.', 'Nou'],
  ])('%s: not beside a fact: %j', (lang, text, interjection) => {
    for (const s of splitFacts(text, lang).frustration) expect(s.text).not.toContain(interjection);
  });
});

describe('splitFacts: a verbless evaluation before "dat" / "that" is the frustration, what follows the fact', () => {
  it.each<[Lang, string, string, string]>([
    ['en', 'Rather strange that the invoice shows a different amount every month.', 'Rather strange', 'the invoice shows a different amount every month'],
    ['en', 'Really annoying that the app logs me out every single day.', 'Really annoying', 'the app logs me out every single day'],
    ['nl', 'Erg vervelend dat de factuur elke maand een ander bedrag toont.', 'Erg vervelend', 'de factuur elke maand een ander bedrag toont'],
    ['nl', 'Heel vreemd dat mijn pakket twee keer is teruggestuurd.', 'Heel vreemd', 'mijn pakket twee keer is teruggestuurd'],
  ])('%s: %j', (lang, text, frustration, fact) => {
    expectSplit(lang, text, frustration, fact);
  });

  it.each<[Lang, string, string]>([
    // a verb in the head: the clause states something, it is not cut
    ['en', 'The engineer said that the boiler was broken beyond repair.', 'The engineer said that the boiler was broken beyond repair'],
    ['nl', 'De monteur zei dat de ketel niet meer te repareren was.', 'De monteur zei dat de ketel niet meer te repareren was'],
    // no evaluation before the complementizer
    ['en', 'Please confirm that the refund of £40 has been sent.', 'Please confirm that the refund of £40 has been sent'],
    ['nl', 'Graag bevestiging dat de terugbetaling van €40 is verstuurd.', 'Graag bevestiging dat de terugbetaling van €40 is verstuurd'],
  ])('%s: not cut: %j', (lang, text, fact) => {
    expectOnlyFact(lang, text, fact);
  });
});

describe('splitFacts: numbers are content when an island is carved out of a fact clause', () => {
  it.each<[Lang, string, string, string]>([
    ['en', 'app down since 8am on 3 May genuinely unbelievable', 'genuinely unbelievable', 'app down since 8am on 3 May'],
    ['nl', 'al sinds 8 uur op 3 mei storing echt ongelooflijk', 'echt ongelooflijk', 'al sinds 8 uur op 3 mei storing'],
  ])('%s: %j', (lang, text, frustration, fact) => {
    expectSplit(lang, text, frustration, fact);
  });
});

describe('splitFacts: a subject-and-copula stub goes with the evaluation after it', () => {
  it.each<[Lang, string, string]>([
    ['nl', 'De rekening is weer verhoogd. Dat is toch niet normaal?', 'Dat is toch niet normaal?'],
    ['en', 'The bill went up again. It is, frankly, ridiculous.', 'It is, frankly, ridiculous'],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });
});

describe('splitFacts: in a run-on clause, "this is" / "dit is" starts the evaluation over', () => {
  it.each<[Lang, string, string, string]>([
    ['en', 'SENT THE FORM BACK 2 WEEKS AGO THIS IS A JOKE', 'THIS IS A JOKE', 'SENT THE FORM BACK 2 WEEKS AGO'],
    ['nl', 'formulier 2 weken geleden teruggestuurd dit is echt belachelijk', 'dit is echt belachelijk', 'formulier 2 weken geleden teruggestuurd'],
  ])('%s: %j', (lang, text, frustration, fact) => {
    expectSplit(lang, text, frustration, fact);
  });

  it.each<[Lang, string, string]>([
    // no evaluation after it: nothing to carve
    ['en', 'sent the form back 2 weeks ago this is my second reminder', 'sent the form back 2 weeks ago this is my second reminder'],
    ['nl', 'formulier 2 weken geleden teruggestuurd dit is mijn tweede herinnering', 'formulier 2 weken geleden teruggestuurd dit is mijn tweede herinnering'],
  ])('%s: not carved: %j', (lang, text, fact) => {
    expectOnlyFact(lang, text, fact);
  });
});

describe('splitFacts: a rhetorical question is one act, its whole clause', () => {
  it.each<[Lang, string, string]>([
    ['en', 'The heater leaks again. How hard can it be to send an engineer?', 'How hard can it be to send an engineer?'],
    ['en', 'Why does it take so long for anyone to answer an email?', 'Why does it take so long for anyone to answer an email?'],
    ['nl', 'De kachel lekt weer. Hoe moeilijk kan het zijn om een monteur te sturen?', 'Hoe moeilijk kan het zijn om een monteur te sturen?'],
    ['nl', 'Waarom duurt het zo lang voordat iemand mijn mail beantwoordt?', 'Waarom duurt het zo lang voordat iemand mijn mail beantwoordt?'],
  ])('%s: %j', (lang, text, frustration) => {
    const s = splitFacts(text, lang);
    expect(texts(s.frustration)).toContain(frustration);
    for (const f of s.facts) expect(frustration).not.toContain(f.text);
  });

  it.each<[Lang, string]>([
    // a reason question that does not grade asks for information
    ['en', 'Why was my direct debit of £40 taken twice this month?'],
    ['nl', 'Waarom is mijn incasso van €40 deze maand twee keer afgeschreven?'],
    // "so" / "zo" without a reason word
    ['en', 'Could you reset my password so I can log in again?'],
    ['nl', 'Kunt u de nieuwe pas zo snel mogelijk opsturen?'],
  ])('%s: a real question: %j', (lang, text) => {
    expect(splitFacts(text, lang).frustration).toEqual([]);
  });
});

describe('splitFacts: an exclamation mark on thanks or praise is joy, not frustration', () => {
  it.each<[Lang, string]>([
    ['en', 'Thanks so much!'],
    ['en', 'Brilliant work!!'],
    ['nl', 'Heel erg bedankt!'],
    ['nl', 'Super geholpen!!'],
  ])('%s: %j', (lang, text) => {
    expect(splitFacts(text, lang).frustration).toEqual([]);
  });

  it.each<[Lang, string, string]>([
    ['en', 'Still no refund!!', 'Still no refund!!'],
    ['nl', 'Nog steeds geen terugbetaling!!', 'Nog steeds geen terugbetaling!!'],
  ])('%s: on bad news it still counts: %j', (lang, text, span) => {
    const s = splitFacts(text, lang);
    expect([...texts(s.frustration), ...texts(s.facts)]).toContain(span);
  });
});

describe('splitFacts: an inflected sarcastic opener is sarcasm too', () => {
  it.each<[Lang, string, string]>([
    ['nl', 'Geweldige service weer, vier keer gebeld en niemand weet iets.', 'Geweldige service weer'],
    ['en', 'Great service again, called four times and nobody knows anything.', 'Great service again'],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });

  it.each<[Lang, string]>([
    ['nl', 'Geweldige service, binnen een dag opgelost. Dank jullie wel!'],
    ['en', 'Great service, sorted within a day. Thank you!'],
  ])('%s: sincere praise is not: %j', (lang, text) => {
    expect(splitFacts(text, lang).frustration).toEqual([]);
  });
});

describe('splitFacts: judging words make their clause frustration, describing words leave it a fact', () => {
  it.each<[Lang, string, string]>([
    ['en', 'My order 4411 arrived on Monday. The packaging was clunky and incomplete.', 'The packaging was clunky and incomplete'],
    ['en', 'My order 4411 arrived on Monday. The delivery was absurdly slow.', 'The delivery was absurdly slow'],
    ['nl', 'Mijn bestelling 4411 kwam maandag. De service was matig.', 'De service was matig'],
    ['nl', 'Mijn bestelling 4411 kwam maandag. Wat een matige service.', 'Wat een matige service'],
    ['nl', 'Mijn bestelling 4411 kwam maandag. De levering was belachelijk traag.', 'De levering was belachelijk traag'],
    ['nl', 'De app is onwerkbaar en waardeloos, ik wil mijn geld terug.', 'De app is onwerkbaar en waardeloos'],
  ])('%s: %j judges', (lang, text, frustration) => {
    const s = splitFacts(text, lang);
    expect(texts(s.frustration)).toContain(frustration);
  });
  it.each<[Lang, string, string]>([
    ['en', 'My order 4411 arrived on Monday. The packaging was wet.', 'The packaging was wet'],
    ['en', 'My order 4411 arrived on Monday. The delivery was late.', 'The delivery was late'],
    ['en', 'My order 4411 arrived on Monday. The delivery was not unreasonable.', 'The delivery was not unreasonable'],
    ['nl', 'Mijn bestelling 4411 kwam maandag. De levering was traag.', 'De levering was traag'],
    ['nl', 'Het water in de woning is al drie dagen koud.', 'Het water in de woning is al drie dagen koud'],
    // damage is what happened, not a verdict, even after a copula
    ['nl', 'Ik heb de fiets zo opgehaald. Die schade was er al toen ik hem bracht.', 'Die schade was er al toen ik hem bracht'],
  ])('%s: %j describes', (lang, text, fact) => {
    expectOnlyFact(lang, text, fact);
  });
});

describe('splitFacts: sarcasm that opens its clause takes the whole clause, the fact it carries included', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Great job again, my parcel went to the wrong town for the third time.', 'Great job again'],
    ['en', 'Love how your app needs six taps to show my balance 🙄 please fix it', 'Love how your app needs six taps to show my balance 🙄'],
    ['nl', 'Top service weer hoor 🙄 pakket voor de derde keer bij de verkeerde buren.', 'Top service weer hoor 🙄'],
    ['nl', 'Bedankt voor de "snelle" levering van 9 dagen 🙃 Ik wil mijn geld terug.', 'Bedankt voor de "snelle" levering van 9 dagen 🙃'],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });
});

describe('splitFacts: an evaluation with a verb before "dat" / "that" takes what it is about with it', () => {
  it.each<[Lang, string, string]>([
    ['nl', 'Ik vind het schandalig dat mijn aanvraag van 3 maart nog steeds niet behandeld is.', 'Ik vind het schandalig dat mijn aanvraag van 3 maart nog steeds niet behandeld is'],
    ['nl', 'Het is onbegrijpelijk dat een klant van tien jaar zo lang moet wachten.', 'Het is onbegrijpelijk dat een klant van tien jaar zo lang moet wachten'],
    ['en', 'I am furious that my claim from 4 May has still not been paid.', 'I am furious that my claim from 4 May has still not been paid'],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });

  it.each<[Lang, string, string, string]>([
    // lead-ins before a verbless evaluation do not make it longer
    ['nl', 'Wel een beetje jammer dat de levering drie dagen later kwam.', 'Wel een beetje jammer', 'de levering drie dagen later kwam'],
    ['en', 'Just a bit odd that the invoice shows two different amounts.', 'Just a bit odd', 'the invoice shows two different amounts'],
  ])('%s: verbless head: %j', (lang, text, frustration, fact) => {
    expectSplit(lang, text, frustration, fact);
  });
});

describe('splitFacts: a short closing verdict as a sentence of its own is frustration', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Three refunds promised, none paid. Never again.', 'Never again'],
    ['en', 'Cancelled my contract today @NetCo. Good luck with that 👋', 'Good luck with that 👋'],
    ['en', 'The order arrived with a cracked screen and no reply in a week, but whatever.', 'whatever'],
    ['nl', 'Drie keer gebeld, niemand belt terug. Nooit meer.', 'Nooit meer'],
    ['nl', 'Abonnement opgezegd. Bedankt voor niks @Telco', 'Bedankt voor niks @Telco'],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });

  it.each<[Lang, string, string]>([
    // inside a longer sentence the words are not a verdict of their own
    ['en', 'The engineer was done by noon, the heating still fails every night.', 'The engineer was done by noon, the heating still fails every night'],
    ['nl', 'De monteur was klaar om 12 uur, de verwarming valt elke nacht uit.', 'De monteur was klaar om 12 uur, de verwarming valt elke nacht uit'],
  ])('%s: not a verdict: %j', (lang, text, fact) => {
    expectOnlyFact(lang, text, fact);
  });
});

describe('splitFacts: a clause after an emoji does not join the frustration before it as a tail', () => {
  it.each<[Lang, string, string, string]>([
    ['en', 'Thanks for the "fast" delivery 🙃 Switching on Monday', 'Thanks for the "fast" delivery 🙃', 'Switching on Monday'],
    ['nl', 'Echt belachelijk dit 😡 opzeggen per maandag', 'Echt belachelijk dit 😡', 'opzeggen per maandag'],
  ])('%s: %j', (lang, text, frustration, fact) => {
    expectSplit(lang, text, frustration, fact);
  });
});

describe('splitFacts: a hashtag that vents is a frustration span of its own', () => {
  it.each<[Lang, string, string]>([
    ['en', '@NetCo fourth outage this month, still no engineer booked #fedup', '#fedup'],
    ['en', 'Charged twice for order 5521 and no reply in a week #useless', '#useless'],
    ['nl', '@WebShop al 3 weken geen levering en geen antwoord #oplichting', '#oplichting'],
  ])('%s: %j', (lang, text, tag) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(tag);
  });

  it.each<[Lang, string]>([
    ['en', 'Router 5521 drops every evening since Monday #broadband'],
    ['nl', 'Pakket 5521 ligt al 3 dagen in het depot #pakketje'],
  ])('%s: a topic hashtag is not: %j', (lang, text) => {
    expect(splitFacts(text, lang).frustration).toEqual([]);
  });
});

describe('splitFacts: "is dat zoveel gevraagd?" is a rhetorical question', () => {
  it.each<[Lang, string, string]>([
    ['nl', 'Mijn router doet het al 4 dagen niet. Ik wil gewoon internet, is dat teveel gevraagd?', 'is dat teveel gevraagd?'],
    ['nl', 'Al 2 weken geen post. Een bezorger die langskomt, is het zoveel gevraagd?', 'is het zoveel gevraagd?'],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });
});

describe('splitFacts: lost trust and a refusal of responsibility are frustration', () => {
  it.each<[Lang, string, string]>([
    ['nl', 'De monteur is drie keer niet gekomen. Ik heb geen vertrouwen meer in jullie.', 'Ik heb geen vertrouwen meer in jullie'],
    ['nl', 'Na dit gedoe ben ik het vertrouwen in jullie kwijt.', 'Na dit gedoe ben ik het vertrouwen in jullie kwijt'],
    ['nl', 'De fout zit bij uw koerier. Dat is niet mijn probleem.', 'Dat is niet mijn probleem'],
    ['nl', 'Iedereen verwijst naar elkaar en niemand neemt verantwoordelijkheid.', 'niemand neemt verantwoordelijkheid'],
    ['nl', 'Vijf weken zonder internet. Ik heb het echt gehad.', 'Ik heb het echt gehad'],
    ['en', 'The engineer missed three appointments. I have lost all faith in you.', 'I have lost all faith in you'],
    ['en', 'Your courier lost it. That is not my problem.', 'That is not my problem'],
    ['en', 'Everyone blames the other team and nobody takes responsibility.', 'nobody takes responsibility'],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });

  it.each<[Lang, string]>([
    ['nl', 'Ik heb het pakket nooit gehad, ordernummer 5521.'],
    ['en', 'My problem is with order 5521, the charger is missing.'],
  ])('%s: not when it reports: %j', (lang, text) => {
    expect(splitFacts(text, lang).frustration).toEqual([]);
  });
});

describe('splitFacts: a negative opinion that only grades a descriptive word reports a fact', () => {
  it.each<[Lang, string, string]>([
    ['en', 'The checkout page is painfully slow on my phone', 'The checkout page is painfully slow on my phone'],
    ['en', 'The printed timetable is really hard to read at night', 'The printed timetable is really hard to read at night'],
    ['nl', 'De nieuwe kassa is echt te traag bij drukte', 'De nieuwe kassa is echt te traag bij drukte'],
  ])('%s: %j', (lang, text, fact) => {
    expectOnlyFact(lang, text, fact);
  });

  it.each<[Lang, string, string]>([
    ['en', 'The checkout page is ridiculously slow on my phone', 'The checkout page is ridiculously slow on my phone'],
    ['nl', 'De nieuwe app is een stuk minder handig dan de oude', 'De nieuwe app is een stuk minder handig dan de oude'],
  ])('%s: not with a judging word, nor a noun after an article: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });
});

describe('splitFacts: refusing to go through it again is frustration, with the "Nee," / "No," that opens it', () => {
  it.each<[Lang, string, string]>([
    ['nl', 'Nee, ik wil niet nog een keer mijn verhaal doen. Mijn factuur klopt al 3 maanden niet.', 'Nee, ik wil niet nog een keer mijn verhaal doen'],
    ['nl', 'Ik ga niet weer alles uitleggen aan een nieuwe medewerker.', 'Ik ga niet weer alles uitleggen aan een nieuwe medewerker'],
    ['en', 'No, I am not going through all that again. The router has been down since Monday.', 'No, I am not going through all that again'],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });

  it.each<[Lang, string, string]>([
    ['nl', 'Nee, het ordernummer is 5521.', 'het ordernummer is 5521'],
    ['en', 'No, the order number is 5521.', 'the order number is 5521'],
  ])('%s: a "No," before a correction stays out of it: %j', (lang, text, fact) => {
    expectOnlyFact(lang, text, fact);
  });
});

describe('splitFacts: "kan dat niet gewoon ...?" is a rhetorical question', () => {
  it.each<[Lang, string, string]>([
    ['nl', 'Voor een nieuwe pas moet ik naar het loket. Kan dat niet gewoon via de website?', 'Kan dat niet gewoon via de website?'],
    ['nl', 'De factuur komt per post. Kan het niet gewoon per mail?', 'Kan het niet gewoon per mail?'],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });
});

describe('splitFacts: a short fragment opening with a negation rejects', () => {
  it.each<[Lang, string, string, string]>([
    ['en', 'I asked for a callback from a person. Not another automated text.', 'Not another automated text.', 'I asked for a callback from a person'],
    ['en', 'My router has been down since Monday. No more resets please.', 'No more resets please.', 'My router has been down since Monday'],
    ['en', 'Close the account. not freeze it.', 'not freeze it.', 'Close the account'],
    ['en', 'I need a plumber here tomorrow, not another online form.', 'not another online form.', 'I need a plumber here tomorrow'],
  ])('%s: %j', (lang, text, frustration, fact) => {
    const s = splitFacts(text, lang);
    expect(texts(s.frustration).map((x) => x.replace(/\.$/, ''))).toContain(frustration.replace(/\.$/, ''));
    expect(texts(s.facts)).toContain(fact);
  });

  it.each<[Lang, string, string]>([
    // a bare "not" later in a sentence corrects a demand
    ['en', 'I want the £80 refunded to my card, not a voucher.', 'not a voucher'],
    // a negation that softens a negative word is not a rejection
    ['en', 'Delivery took a while. Not bad though.', 'Not bad though'],
  ])('%s: %j leaves %j alone', (lang, text, part) => {
    for (const f of splitFacts(text, lang).frustration) expect(f.text).not.toContain(part);
  });
});

describe('splitFacts: a shouted sentence of a word or two is emphasis', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Put me through to a supervisor. TODAY.', 'TODAY'],
    ['en', 'The delivery was missed for the third time. UNBELIEVABLE!', 'UNBELIEVABLE!'],
    // a one-letter capital ("A", "I") counts as capitals beside a shouted word
    ['en', 'The chatbot sent me in circles for an hour. A HUMAN.', 'A HUMAN'],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });

  it.each<[Lang, string]>([
    ['en', 'HELLO?? Is anyone reading the chat?'],
    ['en', 'The boiler is still leaking. FIX IT.'],
    ['en', 'THANK YOU for sorting the refund so quickly.'],
  ])('%s: %j has no shouted frustration', (lang, text) => {
    expect(splitFacts(text, lang).frustration).toEqual([]);
  });
});

describe('splitFacts: a clause continuing a statement with "and ...??" is incredulity', () => {
  it.each<[Lang, string, string, string]>([
    ['en', 'The gym was closed all week and I still paid the full £30 for it??', "and I still paid the full £30 for it??", 'The gym was closed all week'],
    ['en', 'They lost my suitcase and now they want a £20 handling fee??', 'and now they want a £20 handling fee??', 'They lost my suitcase'],
  ])('%s: %j', (lang, text, frustration, fact) => {
    const s = splitFacts(text, lang);
    expect(texts(s.frustration).some((x) => frustration.endsWith(x))).toBe(true);
    expect(texts(s.facts)).toContain(fact);
  });

  it.each<[Lang, string]>([
    ['en', 'The parcel says delivered to a neighbour but which neighbour??'],
    ['en', 'My order is late and when will it arrive?'],
  ])('%s: %j asks', (lang, text) => {
    expect(splitFacts(text, lang).frustration).toEqual([]);
  });
});

describe('splitFacts (nl): negated verdicts, felt impact, idioms and Flemish interjections are frustration', () => {
  it.each<[string, string, string]>([
    // a negated verdict with an intensifier outweighs the problem cue of the same words
    ['De monteur heeft de storing niet verholpen. Dit klopt echt niet.', 'Dit klopt echt niet', 'De monteur heeft de storing niet verholpen'],
    ['Mijn abonnement is verlengd zonder vraag. Dat kan gewoon niet.', 'Dat kan gewoon niet', 'Mijn abonnement is verlengd zonder vraag'],
    ['Ik heb drie mails gestuurd naar de helpdesk. Jullie luisteren toch nooit.', 'Jullie luisteren toch nooit', 'Ik heb drie mails gestuurd naar de helpdesk'],
    ['Mijn bestelling van 12 maart is zoek. De winkel belt niet eens terug.', 'De winkel belt niet eens terug', 'Mijn bestelling van 12 maart is zoek'],
    // felt impact and idioms
    ['De lift staat al twee weken stil. Ik maak me echt zorgen om mijn buurvrouw.', 'Ik maak me echt zorgen om mijn buurvrouw', 'De lift staat al twee weken stil'],
    ['Sinds de nieuwe pomp slaap ik slecht door het lawaai.', 'Sinds de nieuwe pomp slaap ik slecht door het lawaai', ''],
    ['De factuur van april is nog niet betaald. Dit is de wereld op zijn kop.', 'Dit is de wereld op zijn kop', 'De factuur van april is nog niet betaald'],
    ['Het nieuwe menu in de app is niet logisch. Zet de oude versie terug.', 'Het nieuwe menu in de app is niet logisch', 'Zet de oude versie terug'],
    // Flemish exclamation and closing verdicts
    ['Amai, drie weken wachten op een technieker.', 'Amai', ''],
    ['Klacht ingediend bij de ombudsman op 4 mei. Tot daar dan.', 'Tot daar dan', 'Klacht ingediend bij de ombudsman op 4 mei'],
    ['De levering duurde een week langer dan beloofd. Hmm.', 'Hmm', 'De levering duurde een week langer dan beloofd'],
  ])('%j', (text, frustration, fact) => {
    const s = splitFacts(text, 'nl');
    expect(texts(s.frustration)).toContain(frustration);
    if (fact !== '') expect(texts(s.facts)).toContain(fact);
  });

  it.each<[string, string]>([
    // a plain denial without an intensifier stays the fact it disputes
    ['Het bedrag op de factuur klopt niet.', 'Het bedrag op de factuur klopt niet'],
    // mid-sentence 'toch' is a particle: the clause stays whole
    ['Ik heb de rekening toch op 3 mei betaald.', 'Ik heb de rekening toch op 3 mei betaald'],
  ])('stays a fact: %j', (text, fact) => {
    expectOnlyFact('nl', text, fact);
  });
});

describe('splitFacts: futility, negated fairness and dismissive imperatives are frustration', () => {
  it.each<[Lang, string, string, string]>([
    // futility: effort that came to nothing (inside a clause that reports the effort, the cue words are the island)
    ['en', 'The boiler broke on 2 May. Six phone calls to your helpline have achieved nothing.', 'achieved nothing', 'The boiler broke on 2 May'],
    ['en', 'I reported the broken gate in June. Three visits later we are getting nowhere.', 'getting nowhere', 'I reported the broken gate in June'],
    ['en', 'The meter was replaced on 4 April. I have asked for a corrected bill, to no avail.', 'to no avail', 'The meter was replaced on 4 April'],
    ['nl', 'De verwarming is sinds 3 januari kapot. Vier telefoontjes hebben niks opgeleverd.', 'niks opgeleverd', 'De verwarming is sinds 3 januari kapot'],
    ['nl', 'Mijn pakket is op 8 mei verstuurd. Bellen levert helemaal niets op.', 'Bellen levert helemaal niets op', 'Mijn pakket is op 8 mei verstuurd'],
    ['nl', 'De lekkage in de badkamer is gemeld op 1 juni. Al mijn mails waren tevergeefs.', 'Al mijn mails waren tevergeefs', 'De lekkage in de badkamer is gemeld op 1 juni'],
    // negated fairness with a demonstrative subject
    ['en', 'You charged me twice for the March invoice. That is just not fair.', 'That is just not fair', 'You charged me twice for the March invoice'],
    ['en', 'My deposit was kept after I moved out in July. It\'s not acceptable.', 'It\'s not acceptable', 'My deposit was kept after I moved out in July'],
    // dismissive imperatives
    ['en', 'The replacement router arrived broken as well. Don\'t bother calling me back.', 'Don\'t bother calling me back', 'The replacement router arrived broken as well'],
    ['en', 'The refund still has not arrived after six weeks. Spare me the apologies.', 'Spare me the apologies', 'The refund still has not arrived after six weeks'],
  ])('%s: %j', (lang, text, frustration, fact) => {
    const s = splitFacts(text, lang);
    expect(texts(s.frustration)).toContain(frustration);
    expect(texts(s.facts)).toContain(fact);
  });

  it.each<[Lang, string, string]>([
    // a plain 'not right' describes a wrong detail: it stays a fact
    ['en', 'The postcode on my parcel is not right.', 'The postcode on my parcel is not right'],
    // 'zonder resultaat' reports the outcome of a visit: a fact
    ['nl', 'De monteur is op 12 maart geweest zonder resultaat.', 'De monteur is op 12 maart geweest zonder resultaat'],
  ])('stays a fact: %s: %j', (lang, text, fact) => {
    expectOnlyFact(lang, text, fact);
  });
});

describe('splitFacts: a retort tag closing or opening its sentence is frustration', () => {
  it.each<[Lang, string, string, string]>([
    ['en', 'Parking costs £6 an hour at a hospital, come on.', 'come on', 'Parking costs £6 an hour at a hospital'],
    ['en', 'Oh come on, the bus was 40 minutes late again.', 'Oh come on', 'the bus was 40 minutes late again'],
    ['en', 'Reported you to the ombudsman. See you there 🙂', 'See you there 🙂', 'Reported you to the ombudsman'],
    ['en', 'I have sent the whole thread to the CEO, see how that goes for you', 'see how that goes for you', 'I have sent the whole thread to the CEO'],
    // an echo question doubts what was just said
    ['en', 'Customer: The engineer never came. Agent: He did visit. Customer: Did he? Nobody knocked.', 'Did he?', 'The engineer never came'],
    ['en', 'Agent: I completely understand. Customer: Do you? I have been without heating since 2 May.', 'Do you?', 'I have been without heating since 2 May'],
  ])('%s: %j', (lang, text, frustration, fact) => {
    expectSplit(lang, text, frustration, fact);
  });

  it.each<[Lang, string, string]>([
    // the same words inside a longer clause mean what they say
    ['en', 'Come on in and see the new counter at the branch.', 'Come on in and see the new counter at the branch'],
    ['en', 'The agent said she would see you there at 10am for the viewing.', 'The agent said she would see you there at 10am for the viewing'],
    ['en', 'Are you open on Sundays? I need to return a kettle.', 'Are you open on Sundays?'],
  ])('stays a fact: %s: %j', (lang, text, fact) => {
    expectOnlyFact(lang, text, fact);
  });
});

describe('splitFacts: a hope for what should have happened already is (mild) frustration', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Okay, I will wait for the engineer. Hopefully someone actually turns up this time.', 'Hopefully someone actually turns up this time'],
    ['en', 'was kind of hoping the app would work by now tbh', 'was kind of hoping the app would work by now tbh'],
    ['nl', 'De monteur is twee keer niet komen opdagen. Hopelijk lukt het nu eindelijk met de aansluiting.', 'Hopelijk lukt het nu eindelijk met de aansluiting'],
    ['nl', 'Kunt u de kaart opnieuw opsturen? Ik hoop dat hij deze keer wel in mijn bus valt.', 'Ik hoop dat hij deze keer wel in mijn bus valt'],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });

  it.each<[Lang, string]>([
    // a plain hope looks ahead: nothing has let the customer down yet
    ['en', 'The fries were a bit cold, hopefully a one-off.'],
    ['en', 'Hopefully the new router arrives on Friday.'],
    ['en', 'Hoping to hear from you soon about the quote.'],
    ['nl', 'Mijn pakket is nog niet geleverd. Ik hoop dat de bezorger dinsdag komt.'],
    ['nl', 'De wasmachine lekt sinds zaterdag. Ik hoop op een snelle reactie.'],
    ['nl', 'Ik hoop wel dat u mij deze week terugbelt over de offerte.'],
  ])('a plain hope is not: %s: %j', (lang, text) => {
    expect(splitFacts(text, lang).frustration).toEqual([]);
  });
});

describe('splitFacts: an emotion stated with a verb that heads its clause and names its object takes it whole', () => {
  it.each<[Lang, string, string]>([
    ['en', 'I am really disappointed about how my return for order 5512 was handled.', 'I am really disappointed about how my return for order 5512 was handled'],
    ['en', "I'm fed up with the broken lift in block C.", "I'm fed up with the broken lift in block C"],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });

  it.each<[Lang, string, string, string]>([
    // a verb-phrase idiom reports what happened: only the idiom is carved out
    ['en', "I've been going round in circles with your billing team for six weeks.", "I've been going round in circles", 'with your billing team for six weeks'],
    // the emotion in a clause of its own leaves the next clause a fact
    ['en', 'I am disappointed, the parcel for order 5512 arrived broken.', 'I am disappointed', 'the parcel for order 5512 arrived broken'],
  ])('not past its clause or an idiom: %s: %j', (lang, text, frustration, fact) => {
    expectSplit(lang, text, frustration, fact);
  });
});

describe('splitFacts: rhetorical "which kind of ... is this?" and "how will I cope ...?"', () => {
  it.each<[Lang, string, string]>([
    ['en', 'Which kind of airline is this?', 'Which kind of airline is this?'],
    ['en', 'No heating since Friday, how will we cope over the weekend?', 'how will we cope over the weekend?'],
    ['en', 'Three days without internet, how I will work from home?', 'how I will work from home?'],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });

  it.each<[Lang, string, string]>([
    ['en', 'How can I change my delivery address?', 'How can I change my delivery address?'],
    ['en', 'How will I know when the engineer is coming?', 'How will I know when the engineer is coming?'],
  ])('asks: %s: %j', (lang, text, fact) => {
    expectOnlyFact(lang, text, fact);
  });
});

describe('splitFacts: a short demonstrative sentence that denies or insists is a verdict, not a report', () => {
  it.each<[Lang, string, string, string]>([
    ['nl', 'Mijn factuur is verhoogd naar 240 euro. Dit klopt niet.', 'Dit klopt niet', 'Mijn factuur is verhoogd naar 240 euro'],
    ['nl', 'Ik kreeg weer een ander verhaal. Dat zeggen jullie elke keer.', 'Dat zeggen jullie elke keer', 'Ik kreeg weer een ander verhaal'],
    ['nl', 'De bestelling is weer te laat. Dit wordt gewoon niks.', 'Dit wordt gewoon niks', 'De bestelling is weer te laat'],
    ['nl', 'Medewerker: We kijken ernaar. Klant: Dat beloven jullie altijd.', 'Dat beloven jullie altijd', 'We kijken ernaar'],
  ])('%s: %j', (lang, text, frustration, fact) => {
    expectSplit(lang, text, frustration, fact);
  });

  it.each<[Lang, string, string]>([
    // a report word, a past form or a participle: it reports what happened
    ['nl', 'De storing is niet opgelost. Dit werkt niet meer.', 'Dit werkt niet meer'],
    ['nl', 'Mijn pakket kwam niet aan. Dat heb ik gisteren al gemeld.', 'Dat heb ik gisteren al gemeld'],
    ['nl', 'De lift is kapot. Dat is niet gerepareerd.', 'Dat is niet gerepareerd'],
    // no denial or insistence: it goes on to state something
    ['nl', 'De lift is kapot. Dit blokkeert de hele gang.', 'Dit blokkeert de hele gang'],
  ])('stays a fact: %s: %j', (lang, text, fact) => {
    expectOnlyFact(lang, text, fact);
  });
});

describe('splitFacts: how it goes every time, in the present, is a sweeping complaint', () => {
  it.each<[Lang, string, string, string]>([
    ['nl', 'Ik heb al vier keer gebeld en elke keer krijg ik een ander antwoord.', 'elke keer krijg ik een ander antwoord', 'Ik heb al vier keer gebeld'],
    ['nl', 'De monteur zou dinsdag komen. Telkens moet ik mijn verhaal opnieuw doen.', 'Telkens moet ik mijn verhaal opnieuw doen', 'De monteur zou dinsdag komen'],
    ['nl', 'Mijn pakket is drie keer teruggestuurd. Keer op keer ligt het bij het depot.', 'Keer op keer ligt het bij het depot', 'Mijn pakket is drie keer teruggestuurd'],
  ])('%s: %j', (lang, text, frustration, fact) => {
    expectSplit(lang, text, frustration, fact);
  });

  it.each<[Lang, string, string]>([
    // a condition: when the fault shows
    ['nl', 'De app crasht elke keer als ik wil inloggen.', 'De app crasht elke keer als ik wil inloggen'],
    ['nl', 'De trein heeft elke keer op maandag vertraging.', 'De trein heeft elke keer op maandag vertraging'],
    // a past form or a participle: what happened then
    ['nl', 'Ik heb drie keer gebeld en elke keer kreeg ik een ander antwoord.', 'Ik heb drie keer gebeld en elke keer kreeg ik een ander antwoord'],
    ['nl', 'De storing is vier keer gemeld en telkens belde de monteur af.', 'De storing is vier keer gemeld en telkens belde de monteur af'],
    ['nl', 'De storing is vier keer gemeld en telkens is de monteur niet gekomen.', 'De storing is vier keer gemeld en telkens is de monteur niet gekomen'],
  ])('stays a fact: %s: %j', (lang, text, fact) => {
    expectOnlyFact(lang, text, fact);
  });
});

describe('splitFacts: the Flemish and texting demonstrative "da" ("dat") opens a verdict like "dat"', () => {
  it.each<[Lang, string, string, string]>([
    ['nl', 'De lift is al weken stuk. Voor wie in een rolstoel zit is da echt lastig.', 'Voor wie in een rolstoel zit is da echt lastig', 'De lift is al weken stuk'],
    ['nl', 'De lift is stuk. Voor mensen met een rollator is da echt moeilijk.', 'Voor mensen met een rollator is da echt moeilijk', 'De lift is stuk'],
    ['nl', 'Volgens de app is het pakket bezorgd. Da klopt niet.', 'Da klopt niet', 'Volgens de app is het pakket bezorgd'],
  ])('%s: %j', (lang, text, frustration, fact) => {
    expectSplit(lang, text, frustration, fact);
  });

  it.each<[Lang, string, string]>([
    // a report word, a participle, a number, a determiner, or "da" as a complementizer
    ['nl', 'Da heb ik gisteren al gemeld.', 'Da heb ik gisteren al gemeld'],
    ['nl', 'Sinds vorige week is da opgelost.', 'Sinds vorige week is da opgelost'],
    ['nl', 'Mijn voorschot is verhoogd. In maart was da nog 45 euro.', 'In maart was da nog 45 euro'],
    ['nl', 'Mijn router valt uit. Volgens de monteur is da de thermostaat van de kast.', 'Volgens de monteur is da de thermostaat van de kast'],
    ['nl', 'Ik denk da ge gelijk hebt.', 'Ik denk da ge gelijk hebt'],
  ])('stays a fact: %s: %j', (lang, text, fact) => {
    expectOnlyFact(lang, text, fact);
  });
});

describe('splitFacts: a fronted setting and an inverted "is dat" / "is dit" verdict is frustration, whole', () => {
  it.each<[Lang, string, string]>([
    ['nl', 'De container wordt om de vier weken geleegd. Voor een gezin met vier kinderen is dat echt te weinig.', 'Voor een gezin met vier kinderen is dat echt te weinig'],
    ['nl', 'De sloten zijn alleen overdag. Voor wie voltijds werkt is dat lastig.', 'Voor wie voltijds werkt is dat lastig'],
    ['nl', 'De verwarming is stuk. Met twee kleine kinderen thuis is dit geen doen.', 'Met twee kleine kinderen thuis is dit geen doen'],
  ])('%s: %j', (lang, text, frustration) => {
    expect(texts(splitFacts(text, lang).frustration)).toContain(frustration);
  });

  it.each<[Lang, string, string]>([
    // a determiner and its noun, a report word, a participle, a number, or nothing that judges
    ['nl', 'Op 2 augustus is dit bedrag niet teruggestort.', 'Op 2 augustus is dit bedrag niet teruggestort'],
    ['nl', 'Sinds vorige week is dat opgelost.', 'Sinds vorige week is dat opgelost'],
    ['nl', 'Mijn router valt uit. Volgens de monteur is dat de thermostaat van de kast.', 'Volgens de monteur is dat de thermostaat van de kast'],
    ['nl', 'Mijn voorschot is verhoogd. In maart was dat nog 45 euro.', 'In maart was dat nog 45 euro'],
  ])('stays a fact: %s: %j', (lang, text, fact) => {
    expectOnlyFact(lang, text, fact);
  });
});
