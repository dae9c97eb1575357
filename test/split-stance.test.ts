import { describe, expect, it } from 'vitest';
import { splitFacts } from '../src/index.js';
import { splitExpectations, texts } from './helpers/split.js';

const { expectFrustration } = splitExpectations('nl');

/** No frustration span of the Dutch `text` holds `words`. */
function expectNotFrustration(text: string, words: string): void {
  expect(texts(splitFacts(text, 'nl').frustration).some((f) => f.includes(words))).toBe(false);
}

describe('splitFacts: an emphasizer right before a negator insists on a denial ("echt niet")', () => {
  it.each<[string, string, string]>([
    ['Mijn voorschot is verdubbeld naar 310 euro. Zoveel kan ik echt niet ophoesten.', 'Zoveel kan ik echt niet ophoesten', 'Mijn voorschot is verdubbeld naar 310 euro'],
    ['De nieuwe parkeerregels zijn echt niet handig voor mensen met een rolstoel.', 'De nieuwe parkeerregels zijn echt niet handig voor mensen met een rolstoel', ''],
    ['Ik begrijp absoluut niet waarom mijn pas is geblokkeerd.', 'Ik begrijp absoluut niet waarom mijn pas is geblokkeerd', ''],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact === '' ? undefined : fact);
  });

  it.each<[string, string]>([
    // "helemaal niet" and "gewoon niet" report a failure
    ['De lamp in de gang doet het helemaal niet sinds dinsdag.', 'helemaal niet'],
    ['De printer reageert gewoon niet op de knop.', 'gewoon niet'],
    // a negated negative word softens: praise, not a denial
    ['De nieuwe app is echt niet slecht, complimenten.', 'echt niet slecht'],
    // asked, it is a question for the rhetorical rules, not this one
    ['Kan de levering echt niet eerder komen?', 'echt niet eerder'],
    // a figure in the stretch reports what it cost
    ['Ik heb echt niet 85 euro betaald voor deze les.', 'echt niet 85'],
  ])('not frustration: %j', (text, words) => {
    expectNotFrustration(text, words);
  });
});

describe('splitFacts: a dashed expectation ("had er meer van verwacht") is frustration', () => {
  it.each<[string, string]>([
    ['De kamer was schoon. Van een hotel met vier sterren had ik wel meer verwacht.', 'Van een hotel met vier sterren had ik wel meer verwacht'],
    ['Ik had op zijn minst een telefoontje verwacht toen de afspraak verzet werd.', 'Ik had op zijn minst een telefoontje verwacht toen de afspraak verzet werd'],
    ['Nooit gedacht dat een verzekeraar zo moeilijk zou doen over een ruit.', 'Nooit gedacht dat een verzekeraar zo moeilijk zou doen over een ruit'],
    ['Ik had toch gehoopt dat iemand even zou terugbellen.', 'Ik had toch gehoopt dat iemand even zou terugbellen'],
  ])('%j', (text, frustration) => {
    expectFrustration(text, frustration);
  });

  it.each<[string, string]>([
    // "verwacht" in the present demands: no perfect auxiliary
    ['De stoel is kapot geleverd. Ik verwacht minstens een nieuwe stoel deze week.', 'verwacht'],
    // no let-down marker: a plain expectation
    ['Ik had de monteur op dinsdag verwacht, hij kwam woensdag.', 'verwacht'],
    // a comparison, not a marker
    ['De terugbetaling duurde wat langer dan ik had gehoopt.', 'gehoopt'],
    // praise
    ['Ik had nooit gedacht dat het zo snel geregeld zou zijn, fantastisch!', 'gedacht'],
  ])('not frustration: %j', (text, words) => {
    expectNotFrustration(text, words);
  });
});

describe('splitFacts: "genoeg" closing a copula clause passes a verdict', () => {
  it.each<[string, string]>([
    ['Mijn rijbewijs ligt al zes weken bij jullie. Een excuusmail is niet genoeg.', 'Een excuusmail is niet genoeg'],
    ['Drie keer een nieuwe afspraak is wel genoeg.', 'Drie keer een nieuwe afspraak is wel genoeg'],
    ['Mails heb ik al genoeg gestuurd.', 'Mails heb ik al genoeg gestuurd'],
  ])('%j', (text, frustration) => {
    expectFrustration(text, frustration);
  });

  it.each<[string, string]>([
    // an amount: not enough of something
    ['Er is niet genoeg saldo op de kaart om te betalen.', 'genoeg'],
    // a suggestion
    ['Eén bevestiging per mail zou genoeg moeten zijn.', 'genoeg'],
    // not after a copula
    ['We hebben genoeg tijd om de verhuizing te plannen.', 'genoeg'],
  ])('not frustration: %j', (text, words) => {
    expectNotFrustration(text, words);
  });
});

describe('splitFacts: a short demonstrative question with "toch" before its negator asserts the denial', () => {
  it.each<[string, string, string]>([
    ['Mijn afrekening is ineens 900 euro hoger. Dat kan toch niet kloppen?', 'Dat kan toch niet kloppen?', 'Mijn afrekening is ineens 900 euro hoger'],
    ['Ze hebben mijn aanvraag twee keer kwijtgemaakt. Dit is toch geen service?', 'Dit is toch geen service?', 'Ze hebben mijn aanvraag twee keer kwijtgemaakt'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact === '' ? undefined : fact);
  });

  it.each<[string, string]>([
    // no "toch": it asks
    ['Dat lukt niet meer vandaag?', 'lukt niet'],
    // a negated negative word reassures
    ['Dat is toch geen probleem?', 'geen probleem'],
    // not opening with a demonstrative
    ['U heeft mijn adres toch niet gewijzigd?', 'adres'],
  ])('not frustration: %j', (text, words) => {
    expectNotFrustration(text, words);
  });
});

describe('splitFacts: a condition before its main clause supposes, a negated word in it does not evaluate', () => {
  it.each<[string, string]>([
    ['Als mijn retour morgen niet geregeld is, zeg ik mijn abonnement op.', 'Als mijn retour morgen niet geregeld is'],
    ['En indien de schade vrijdag niet geregeld is, schakel ik een advocaat in.', 'indien de schade vrijdag niet geregeld is'],
  ])('%j', (text, words) => {
    expectNotFrustration(text, words);
  });

  it('a judging word in a condition still evaluates', () => {
    expectFrustration('Als dit zo belachelijk blijft, stap ik over.', 'Als dit zo belachelijk blijft');
  });

  it('"als" closing its sentence alone is no condition before a main clause', () => {
    expectFrustration('Als trouwe klant ben ik hier echt niet blij mee.', 'Als trouwe klant ben ik hier echt niet blij mee');
  });
});

describe('splitFacts: Flemish and spoken closing verdicts, also after an interjection', () => {
  it.each<[string, string, string]>([
    ['Ik wacht al vier dagen op een monteur. Laat maar.', 'Laat maar', 'Ik wacht al vier dagen op een monteur'],
    ['Ze beloven elke week beterschap. Awel, ik ben het gehad.', 'Awel, ik ben het gehad', ''],
    ['Als het morgen niet werkt, ga ik naar een andere bank. Zo simpel.', 'Zo simpel', ''],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact === '' ? undefined : fact);
  });

  it.each<[string, string]>([
    // not a sentence of its own
    ['Laat maar weten wanneer de monteur komt.', 'Laat maar'],
    ['Awel, ik heb het formulier gisteren opgestuurd.', 'formulier'],
  ])('not frustration: %j', (text, words) => {
    expectNotFrustration(text, words);
  });
});

describe('splitFacts: "misschien ... dan wel" taunts, a let-down hope (mild frustration)', () => {
  it.each<[string, string, string]>([
    ['Ik heb het filmpje naar de krant gestuurd. Misschien reageren jullie dan wel.', 'Misschien reageren jullie dan wel', 'Ik heb het filmpje naar de krant gestuurd'],
    ['Ik zet het op Facebook, misschien komt er dan wel iemand.', 'misschien komt er dan wel iemand', 'Ik zet het op Facebook'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });

  it.each<[string, string]>([
    // a plain "maybe" suggests
    ['Misschien kunt u mij morgen even terugbellen.', 'terugbellen'],
    ['De app loopt vast bij het inloggen. Misschien ligt het aan mijn telefoon.', 'telefoon'],
  ])('not frustration: %j', (text, words) => {
    expectNotFrustration(text, words);
  });
});

describe('splitFacts: a remedy or answer of no use ("daar heb ik niks aan") is frustration', () => {
  it.each<[string, string, string]>([
    ['De monteur stuurde me een handleiding, maar daar heb ik niks aan.', 'daar heb ik niks aan', 'De monteur stuurde me een handleiding'],
    ['Een tegoedbon van vijf euro, daar koop ik niets voor.', 'daar koop ik niets voor', 'Een tegoedbon van vijf euro'],
    ['Jullie standaardmails helpen ons niet verder.', 'Jullie standaardmails helpen ons niet verder', ''],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact === '' ? undefined : fact);
  });

  it.each<[string, string]>([
    // a particle that does not close the clause goes with a verb after it: a report
    ['Ik heb er niets aan gedaan, de lamp ging vanzelf uit.', 'niets aan'],
    ['Er is niks aan de hand met de meter.', 'niks aan'],
    ['Ik kan er niets aan veranderen.', 'niets aan'],
    // a bare negated help reports that a measure failed
    ['Ventileren helpt niet, de schimmel blijft.', 'helpt niet'],
  ])('not frustration: %j', (text, words) => {
    expectNotFrustration(text, words);
  });
});

describe('splitFacts: a comparison that says it got worse ("die oude was beter") is frustration', () => {
  it.each<[string, string]>([
    ['Het vorige portaal was een stuk overzichtelijker.', 'Het vorige portaal was een stuk overzichtelijker'],
    ['Vroeger was de service veel beter.', 'Vroeger was de service veel beter'],
    ['De nieuwe factuur is veel ingewikkelder geworden.', 'De nieuwe factuur is veel ingewikkelder geworden'],
  ])('%j', (text, frustration) => {
    expectFrustration(text, frustration);
  });

  it.each<[string, string]>([
    // the past referent after the comparative: the present beats it
    ['De nieuwe app werkt nu beter dan de oude.', 'beter'],
    // a hypothetical modal suggests
    ['Een avondopening zou handiger zijn.', 'handiger'],
    // no past referent: praise
    ['Sinds de update is het beter.', 'beter'],
    // a figure reports an amount
    ['Vorige maand was de ontvangst 20 procent beter.', 'beter'],
  ])('not frustration: %j', (text, words) => {
    expectNotFrustration(text, words);
  });
});

describe('splitFacts: a why-question about an obligation ("waarom moet ik ...?") protests', () => {
  it.each<[string, string]>([
    ['Waarom moet ik voor elke bestelling opnieuw inloggen?', 'Waarom moet ik voor elke bestelling opnieuw inloggen?'],
    ['Maar waarom moeten wij daarvoor helemaal naar Utrecht?', 'waarom moeten wij daarvoor helemaal naar Utrecht?'],
  ])('%j', (text, frustration) => {
    expectFrustration(text, frustration);
  });

  it.each<[string, string]>([
    ['Waarom is de winkel op maandag dicht?', 'winkel'],
    ['Wat moet ik doen om mijn pas te activeren?', 'activeren'],
    // a figure is what it asks about
    ['Waarom moet ik 45 euro administratiekosten betalen?', 'administratiekosten'],
  ])('not frustration: %j', (text, words) => {
    expectNotFrustration(text, words);
  });
});

describe('splitFacts: a candor marker before a stance ("eerlijk gezegd had ik meer verwacht") is frustration', () => {
  it.each<[string, string]>([
    ['Eerlijk gezegd had ik er meer van verwacht na al die lovende recensies.', 'Eerlijk gezegd had ik er meer van verwacht na al die lovende recensies'],
    ['Om eerlijk te zijn had ik toch gehoopt op een fijnere afhandeling.', 'Om eerlijk te zijn had ik toch gehoopt op een fijnere afhandeling'],
    ['Ik had eerlijk gezegd meer verwacht van zo\'n dure cursus.', 'Ik had eerlijk gezegd meer verwacht van zo\'n dure cursus'],
  ])('%j', (text, frustration) => {
    expectFrustration(text, frustration);
  });

  it.each<[string, string]>([
    // a praise word beside the marker: praise
    ['Eerlijk gezegd had ik nooit gedacht dat het zo snel en goed geregeld zou worden!', 'gedacht'],
    // candor without a stance
    ['Eerlijk gezegd ben ik heel tevreden over de snelle levering.', 'tevreden'],
  ])('not frustration: %j', (text, words) => {
    expectNotFrustration(text, words);
  });
});
