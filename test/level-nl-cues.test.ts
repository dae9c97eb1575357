/**
 * Dutch cue classes and level rules read from strangers' messages (nllevel2): each table names one
 * class with fresh examples and the counterexamples it must leave alone. Levels are read from
 * `analyze` (language given).
 */
import { describe, expect, it } from 'vitest';
import { analyze, findCues, type Level } from '../src/index.js';

const levelOf = (text: string): Level => analyze({ text, language: 'nl' }).level;
type Row = [string, Level[]];
const check = (rows: Row[]) => it.each(rows)('%s', (text, want) => expect(want).toContain(levelOf(text)));
const has = (text: string, kind: string): boolean => findCues(text, 'nl').some((c) => c.kind === kind);

describe('nllevel2: dispute bodies and third parties: sector disputes, inspectorates, claim agencies, a matter handed over', () => {
  check([
    ['We hebben de zaak voorgelegd aan de Geschilleninstantie Zorg.', ['dispute']],
    ['Ik heb melding gemaakt bij de Inspectie Gezondheidszorg en Jeugd over de medicatiefout bij mijn moeder.', ['dispute']],
    ['Vijf uur vertraging en geen compensatie, de claim loopt nu via Flightright.', ['dispute']],
    ['Ik heb het dossier uit handen gegeven, u hoort van een derde partij.', ['dispute']],
    // counterexamples: keys handed over, a boiler inspection, a claim made with the company itself
    ['Ik heb de sleutels uit handen gegeven aan de buurman, die laat de monteur binnen.', ['none', 'signal']],
    ['Is de inspectie van mijn cv-ketel al ingepland?', ['none', 'signal']],
    ['Ik heb bij jullie een claim ingediend voor mijn kapotte koffer, graag een vergoeding.', ['complaint']],
  ]);
});

describe('nllevel2: texting and Flemish forms, remarks got off one\'s chest, investing as advice, lasting weather', () => {
  it.each<[string, string, string, boolean]>([
    ['"nog ff een keer" asks again', 'ik vraag het nog ff een keer: waar blijft mijn pakket?', 'repeat', true],
    ['"nog efkes een keer" asks again', 'Ik stuur het nog efkes een keer door.', 'repeat', true],
    ['investing as advice', 'Eten was koud bij aankomst. Investeer eens in betere bezorgtassen.', 'suggestion', true],
    ['a remark got off one\'s chest is no lost item', 'Ik moest het ff kwijt: jullie nieuwe logo is echt lelijk haha', 'problem', false],
    ['lasting rain is the weather', 'Het regent al drie dagen, ik word er gek van.', 'unrelated', true],
    // counterexamples: a lost parcel, rain indoors (a leak), a bare "een keer"
    ['a lost parcel', 'Mijn pakket is kwijt.', 'problem', true],
    ['a lost parcel is no remark', 'Mijn pakket is kwijt.', 'suggestion', false],
    ['once is not again', 'Ik heb een keer eerder bij jullie besteld.', 'repeat', false],
  ])('%s', (_n, text, kind, present) => expect(has(text, kind)).toBe(present));

  it('rain indoors (a leak) is at most a weak weather word', () => {
    const w = findCues('Het regent binnen door het lek in jullie dak.', 'nl').filter((c) => c.kind === 'unrelated').map((c) => c.weight);
    expect(Math.max(0, ...w)).toBeLessThan(0.5);
  });

  check([
    ['Het regent al een week, ik word er gek van. Gelukkig kwam mijn boek vandaag netjes aan.', ['none']],
    ['ik vraag het nog ff een keer: waar blijft mijn pakket?', ['signal']],
    // counterexample: a leak aimed at the landlord is not the weather
    ['Het regent binnen door het lek in jullie dak, wanneer komt er iemand?', ['signal', 'complaint']],
  ]);
});
