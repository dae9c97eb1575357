import { describe, expect, it } from 'vitest';
import { splitFacts } from '../src/index.js';
import { splitExpectations, texts } from './helpers/split.js';

const { expectFrustration } = splitExpectations('nl');

/** Nothing in the Dutch `text` is frustration. */
function expectNoFrustration(text: string): void {
  expect(texts(splitFacts(text, 'nl').frustration)).toEqual([]);
}

describe('splitFacts: an unprompted "Nee" that goes on to deny is frustration, the whole sentence', () => {
  it.each<[string, string, string]>([
    // after a statement of the agent, not a question
    ['Medewerker: Ik zie dat de monteur gisteren langs is geweest.\nKlant: Nee, die is hier niet geweest. Ik was de hele dag thuis.', 'Nee, die is hier niet geweest', 'Ik was de hele dag thuis'],
    // opening a message
    ['Nee, dat is niet wat we hebben afgesproken. De offerte noemde 400 euro.', 'Nee, dat is niet wat we hebben afgesproken', 'De offerte noemde 400 euro'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });

  it('after the writer\'s own question on the same line it still contradicts', () => {
    expectFrustration('Gedeeltelijk terugbetaald? Nee, dat klopt niet.', 'Nee, dat klopt niet');
  });

  it.each<[string]>([
    // answering the agent's question
    ['Medewerker: Heeft u de router al opnieuw opgestart?\nKlant: Nee, dat heb ik nog niet gedaan. Het lampje knippert rood.'],
    // no denial after the "Nee": it answers a question the text does not show
    ['Klant: Nee, ik bel over mijn nieuwe adres.'],
    // with thanks
    ['Nee, het is niet meer nodig, bedankt.'],
    // a repeated "nee" reassures
    ['Nee nee, dat komt wel goed.'],
    // not opening the sentence
    ['Ik zei nee, maar het pakket werd toch afgeleverd.'],
  ])('not frustration: %j', (text) => {
    expectNoFrustration(text);
  });
});

describe('splitFacts: a sweeping "niemand" / "nergens" claim is frustration', () => {
  it.each<[string, string, string]>([
    ['Ik heb op 3 mei gebeld over de lekkage. Niemand weet waar mijn dossier ligt.', 'Niemand weet waar mijn dossier ligt', 'Ik heb op 3 mei gebeld over de lekkage'],
    ['Mijn bestelling van 12 april is zoek. Niemand bij jullie weet waar die is.', 'Niemand bij jullie weet waar die is', 'Mijn bestelling van 12 april is zoek'],
    ['De monteur komt pas dinsdag. De nieuwe regeling klopt nergens.', 'De nieuwe regeling klopt nergens', 'De monteur komt pas dinsdag'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });

  it.each<[string]>([
    // a participle: what did not happen
    ['Er is vandaag niemand langsgekomen.'],
    // the writer reports what they cannot find
    ['Ik kan de factuur nergens vinden in de app.'],
    // since when: a report of waiting
    ['Sinds maandag neemt niemand de telefoon op.'],
    // a condition
    ['Als niemand reageert, dien ik een klacht in.'],
  ])('stays a report: %j', (text) => {
    expectNoFrustration(text);
  });
});

describe('splitFacts: a short clause that closes its sentence with "!" and asks for nothing exclaims', () => {
  it.each<[string, string, string]>([
    ['De verwarming doet het al een week niet. Het is hier tien graden!', 'Het is hier tien graden!', 'De verwarming doet het al een week niet'],
    // a number alone does not make it a report
    ['Mijn abonnement is twee keer afgeschreven. Drie keer 45 euro!', 'Drie keer 45 euro!', 'Mijn abonnement is twee keer afgeschreven'],
  ])('%j', (text, frustration, fact) => {
    expectFrustration(text, frustration, fact);
  });

  it.each<[string]>([
    // a demand
    ['Stuur vandaag een monteur!'],
    // the writer reports what they did
    ['Ik heb er een vrije dag voor opgenomen!'],
    ['Ik was er om negen uur!'],
    // thanks
    ['Top service, dank jullie wel!'],
    // a concrete problem cue
    ['Mijn pakket is beschadigd aangekomen!'],
  ])('not frustration: %j', (text) => {
    expectNoFrustration(text);
  });
});
