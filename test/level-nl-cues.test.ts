/**
 * Dutch cue classes and level rules read from strangers' messages (nllevel2): each table names one
 * class with fresh examples and the counterexamples it must leave alone. Levels are read from
 * `analyze` (language given); the rules also on `decideLevel` alone.
 */
import { describe, expect, it } from 'vitest';
import { analyze, decideLevel, findCues, type Level } from '../src/index.js';

const levelOf = (text: string): Level => analyze({ text, language: 'nl' }).level;
type Row = [string, Level[]];
const check = (rows: Row[]) => it.each(rows)('%s', (text, want) => expect(want).toContain(levelOf(text)));
const has = (text: string, kind: string): boolean => findCues(text, 'nl').some((c) => c.kind === kind);

const base = { tone: { valence: 0, anger: 0, intensity: 0 }, frustrationClauses: 0, sameIssue: 0, sameIssueComplaints: 0, question: false, worstClause: 0 };
type Extra = Partial<typeof base & { askedDemand: number }>;
const level = (cues: Record<string, number>, extra: Extra = {}): Level =>
  decideLevel({ ...base, ...extra, cues: new Map(Object.entries(cues)) }).level;

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

describe('nllevel2: a doubting question ("is dat normaal?", "ligt het aan mij?") checks before accusing: a signal', () => {
  const plain = { tone: { valence: 0, anger: 0, intensity: 0.2 }, question: true };
  it.each<[string, Record<string, number>, Extra, Level]>([
    ['a failure named in a doubting question', { question: 0.7, problem: 0.6 }, plain, 'signal'],
    ['a doubting question alone', { question: 0.7 }, plain, 'signal'],
    // counterexamples: redress asked, a judgement, anger, a frustrated clause, an ordinary question
    ['redress asked beside it', { question: 0.7, problem: 0.6, demand: 0.85 }, { ...plain, askedDemand: 0.85 }, 'complaint'],
    ['exasperation beside it', { question: 0.7, problem: 0.6, frustration: 0.75 }, plain, 'complaint'],
    ['angry', { question: 0.7, problem: 0.6 }, { ...plain, tone: { valence: -0.1, anger: 0.5, intensity: 0.6 } }, 'complaint'],
    ['a frustrated clause', { question: 0.7, problem: 0.6 }, { ...plain, frustrationClauses: 1 }, 'complaint'],
    ['an ordinary question about a failure', { question: 0.65, problem: 0.6 }, plain, 'complaint'],
  ])('%s', (_n, cues, extra, want) => expect(level(cues, extra)).toBe(want));

  check([
    ['Is het normaal dat mijn router elke nacht uitvalt?', ['signal']],
    ['Ligt het aan mij of laadt de app vandaag heel traag?', ['signal']],
    ['Ben ik de enige bij wie de betaalpagina niet laadt?', ['signal']],
    ['is da normaal dat de tv elke avond hapert? 🤔', ['signal']],
    // counterexamples: the same question beside redress, heat or a verdict is rhetorical
    ['Is het normaal dat ik drie keer moet bellen?! Ik wil nu mijn geld terug.', ['complaint']],
    ['Is dit normaal? De verwarming is alweer kapot. Belachelijk!', ['complaint']],
    ['Dat is toch niet normaal, mijn factuur is verdubbeld. Ik wil dat jullie dit rechtzetten.', ['complaint']],
  ]);
});

describe('nllevel2: a suggestion beside a failure called annoying stays constructive; outrage does not', () => {
  check([
    ['De lift in de parkeergarage valt steeds uit, best vervelend. Misschien iets om naar te laten kijken?', ['feedback']],
    ['De printer in de bibliotheek loopt vaak vast, echt geen doen. Misschien iets voor de nieuwe begroting?', ['feedback']],
    // counterexamples: outrage or curses beside the same suggestion
    ['Schandalig!! De lift valt alweer uit. Misschien eens investeren in onderhoud?', ['complaint']],
    ['Belachelijk dat de app weer crasht, ik ben het spuugzat. Misschien iets voor de volgende update?', ['complaint']],
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

describe('nllevel2: asking whether something is covered is an enquiry; "zou een goed idee zijn" suggests', () => {
  it.each<[string, string, string, boolean]>([
    ['whether it is covered', 'Weet u of dit vergoed wordt door mijn aanvullende verzekering?', 'demand', false],
    ['whether it is refunded', 'We vragen ons af of het terugbetaald wordt als de les niet doorgaat.', 'demand', false],
    ['a good idea', 'Op zondag open zijn zou een goed idee zijn.', 'suggestion', true],
    ['a better solution', 'Het lijkt me een betere oplossing om de balie eerder te openen.', 'suggestion', true],
    // counterexamples: redress asked, and a good idea praised as done
    ['redress asked, "of" as "or"', 'Ik wil dat het vergoed wordt of dat jullie het toestel vervangen.', 'demand', true],
    ['a refund demanded', 'Dit moet gewoon terugbetaald worden.', 'demand', true],
    ['a good idea praised as done', 'Het was een goed idee van jullie om de balie eerder te openen.', 'suggestion', false],
  ])('%s', (_n, text, kind, present) => expect(findCues(text, 'nl').some((c) => c.kind === kind && c.weight >= 0.5)).toBe(present));

  check([
    ['Goedemiddag, mijn moeder heeft een rolstoel nodig. Weet u of die vergoed wordt uit de basisverzekering?', ['none', 'signal']],
    ['De nieuwe openingsuren passen slecht bij wie werkt. Op zaterdag open zijn zou een goed idee zijn.', ['feedback']],
    // counterexample: a refused reimbursement is a complaint
    ['De fysio is niet vergoed terwijl dat wel beloofd was. Ik wil dat jullie dit alsnog vergoeden.', ['complaint']],
  ]);
});

describe('a failure told in a verb-final clause ("een factuur die niet klopt", "dat de app niet opstart") is a failure', () => {
  check([
    ['Ik krijg een factuur van 86 euro die niet klopt.', ['complaint']],
    ['Ik merk dat de app op mijn telefoon niet opstart.', ['complaint']],
    ['Ik heb een laptop gekregen die nooit opstart.', ['complaint']],
    // counterexamples: the same words as a condition, an instruction for later
    ['Als het niet klopt, laat het me weten.', ['none', 'signal']],
    ['Als de app niet opent, herstart dan je telefoon.', ['none', 'signal']],
  ]);
  it('a life event in the organisation\'s care ("geopereerd in jullie ziekenhuis") is not the writer\'s own: legal steps about its bill are a dispute', () => {
    expect(levelOf('Ik ben geopereerd in jullie ziekenhuis en krijg nu een factuur van 1.870 euro die niet klopt. Ik heb mijn advocaat ingeschakeld.')).toBe('dispute');
  });
});

describe('one ! after a greeting is friendliness, not frustration: a question about an exchange stays a question', () => {
  check([
    ['Hoi! Kan ik mijn jas ruilen voor een kleinere maat?', ['none']],
    ['Hallo! Ik heb vorige week schoenen besteld, kan ik die in de winkel ruilen?', ['none']],
    // counterexample: a run of ! after the greeting calls out, and the demand makes it a complaint
    ['Hallo!!! Is daar iemand? Ik wil mijn geld terug.', ['complaint', 'escalation']],
  ]);
  it('the greeting is no frustration span', () => {
    expect(analyze({ text: 'Hoi! Kan ik mijn jas ruilen voor een kleinere maat?', language: 'nl' }).frustration).toEqual([]);
  });
});

describe('a life event that ends a message, read after a longer one, looks at no token past its end', () => {
  it.each([
    ['Mijn vader is overleden en ik wil het abonnement op zijn naam stopzetten.', 'Mijn vader is overleden'],
    ['My father passed away last week and I need to close his account.', 'My father passed away'],
  ])('%s, then %s', (longer, shorter) => {
    analyze({ text: longer });
    expect(() => analyze({ text: shorter })).not.toThrow();
    expect(analyze({ text: shorter }).level).toBe('none');
  });
});
