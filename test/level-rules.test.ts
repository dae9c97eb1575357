/**
 * The level rules added for issue #4, one table per rule, each with counterexamples: what the rule
 * changes and what it must leave alone, in Dutch and English where the rule applies to both.
 */
import { describe, expect, it } from 'vitest';
import { analyze, decideLevel, findCues, type Level } from '../src/index.js';

const base = { tone: { valence: 0, anger: 0, intensity: 0 }, frustrationClauses: 0, sameIssue: 0, sameIssueComplaints: 0, question: false, worstClause: 0 };
type Extra = Partial<typeof base & { addressedNegative: boolean; imperative: boolean; askedDemand: number }>;
const level = (cues: Record<string, number>, extra: Extra = {}): Level =>
  decideLevel({ ...base, ...extra, cues: new Map(Object.entries(cues)) }).level;
const calm = { tone: { valence: 0.4, anger: 0, intensity: 0.3 } };
const upset = { tone: { valence: -0.5, anger: 0.4, intensity: 0.6 } };

describe('asking how to cancel, calmly, is an errand, not a threat to leave', () => {
  it.each<[string, Record<string, number>, Extra, Level]>([
    ['cancelling because of a move', { churn: 0.8, unrelated: 0.35 }, calm, 'none'],
    ['asking how to cancel', { churn: 0.8, question: 0.6 }, calm, 'none'],
    ['cancelling, content with the service', { churn: 0.8, praise: 0.6 }, calm, 'none'],
    // counterexamples
    ['a bare "?" before a threat', { churn: 0.7 }, { ...calm, question: true }, 'escalation'],
    ['asking how to cancel, upset', { churn: 0.8, question: 0.6 }, upset, 'escalation'],
    ['asking how to cancel after a failure', { churn: 0.8, question: 0.6, problem: 0.6 }, calm, 'escalation'],
    ['a move, and a manager asked for', { churn: 0.8, management: 0.85, unrelated: 0.35 }, calm, 'escalation'],
  ])('%s', (_n, cues, extra, want) => expect(level(cues, extra)).toBe(want));

  it.each<[string, string, Level[]]>([
    ['nl: moving, asks whether to cancel', 'Ik verhuis in maart naar Leuven. Moet ik mijn abonnement opzeggen of kan ik het meenemen?', ['none']],
    ['en: moving abroad, asks how to cancel', 'We are moving abroad next month, so I need to cancel my broadband. How do I return the router?', ['none']],
    ['nl: ultimatum', 'Jullie geven nieuwe klanten korting en mij niks? Pas mijn tarief aan of ik ben weg.', ['escalation']],
    ['en: cancelling after a failure', 'Third outage this month. How do I cancel my contract?', ['escalation', 'complaint']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('contacting us again about something still pending is aimed at us, whoever else it names', () => {
  const flat = { tone: { valence: -0.1, anger: 0, intensity: 0.2 } };
  it.each<[string, Record<string, number>, Extra, Level]>([
    ['calling again, still not arrived, a third party named', { repeat: 0.6, waiting: 0.8, problem: 0.75, unrelated: 0.6, question: 0.35 }, { ...flat, question: true, addressedNegative: false }, 'signal'],
    // counterexamples: a recurrence or a wait alone beside one's own life stays unrelated
    ['own bad luck again, nothing awaited from us', { repeat: 0.6, problem: 0.75, unrelated: 0.6 }, { ...flat, addressedNegative: false }, 'none'],
    ['waiting on one\'s own family, no contact again', { waiting: 0.8, unrelated: 0.6 }, { ...flat, addressedNegative: false }, 'none'],
  ])('%s', (_n, cues, extra, want) => expect(level(cues, extra)).toBe(want));

  it.each<[string, string, Level[]]>([
    ['en: calling again about a transfer to the landlord', "Hi, I'm calling again about a transfer. I sent £300 to my landlord last Tuesday and it still hasn't arrived. Can you check where it is?", ['signal']],
    ['nl: again about a transfer to the landlord', 'Ik bel opnieuw over een overboeking. Ik heb vorige week 300 euro naar mijn huisbaas gestuurd en het is nog steeds niet aangekomen. Kunt u kijken waar het is?', ['signal']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('going public aims at an organisation, whatever personal news it holds', () => {
  it.each<[string, Record<string, number>, Extra, Level]>([
    ['a thread for followers beside personal bad news', { public: 0.6, unrelated: 0.75, 'negative-opinion': 0.8, problem: 0.55 }, { ...upset, addressedNegative: false }, 'escalation'],
    // counterexample: personal bad news alone stays unrelated
    ['personal bad news alone', { unrelated: 0.75, problem: 0.55 }, { ...upset, addressedNegative: false }, 'none'],
    ['personal bad news, a weak mention of a platform', { unrelated: 0.75, public: 0.35 }, { ...upset, addressedNegative: false }, 'none'],
  ])('%s', (_n, cues, extra, want) => expect(level(cues, extra)).toBe(want));
});

describe('a bare "still" or "again" in a clearly content text is not unease', () => {
  const happy = { tone: { valence: 0.7, anger: 0, intensity: 0.6 } };
  it.each<[string, Record<string, number>, Extra, Level]>([
    ['"still impressed"', { waiting: 0.55 }, happy, 'none'],
    ['"again" among praise', { repeat: 0.45 }, happy, 'none'],
    // counterexamples
    ['"still no reply", however friendly', { waiting: 0.85 }, happy, 'signal'],
    ['a bare "still" in a neutral text', { waiting: 0.55 }, calm, 'signal'],
    ['history still makes a content text a signal', { waiting: 0.55 }, { ...happy, sameIssue: 2 }, 'signal'],
  ])('%s', (_n, cues, extra, want) => expect(level(cues, extra)).toBe(want));

  it.each<[string, string, Level[]]>([
    ['nl: still impressed', 'Nog steeds onder de indruk van jullie snelle hulp gisteren, top! 🙌', ['none']],
    ['en: still loving it', 'Still loving the new app, great work team! 🙌', ['none']],
    ['nl: still nothing', 'Nog steeds niks ontvangen van mijn bestelling.', ['signal', 'complaint']],
    ['en: still nothing', 'Still no reply to my email from Monday.', ['signal', 'complaint']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('a negator just before a negative opinion denies it', () => {
  it.each<[string, string, 'nl' | 'en', boolean]>([
    ['nl: niks dramatisch', 'Niks dramatisch, de levering was prima.', 'nl', false],
    ['nl: niet slecht', 'Het eten was niet slecht.', 'nl', false],
    ['en: not bad', 'The food was not bad.', 'en', false],
    // counterexamples: a negator two words back is a comparison that makes it worse
    ['nl: nog nooit zo slecht', 'Nog nooit zo slecht geholpen.', 'nl', true],
    ['nl: plain slecht', 'Wat een slechte service.', 'nl', true],
    ['en: plain bad', 'Really bad service.', 'en', true],
  ])('%s', (_n, text, language, present) => {
    expect(findCues(text, language).some((c) => c.kind === 'negative-opinion')).toBe(present);
  });
});

describe('a negator does not reach a cue across punctuation (a condition is not the threat)', () => {
  it.each<[string, string, 'nl' | 'en', string, boolean]>([
    ['nl: the condition holds the negator', 'Als ik morgen niks hoor, stap ik over.', 'nl', 'churn', true],
    ['en: the condition holds the negator', 'If I hear nothing by Friday, I am cancelling my contract.', 'en', 'churn', true],
    // counterexamples: a negator in the same clause still denies the cue
    ['nl: denied in the same clause', 'Ik ga niet opzeggen hoor.', 'nl', 'churn', false],
    ['en: denied in the same clause', 'I am not cancelling my contract.', 'en', 'churn', false],
  ])('%s', (_n, text, language, kind, present) => {
    expect(findCues(text, language).some((c) => c.kind === kind)).toBe(present);
  });
});

describe('Dutch forms and slips the cue lexicon reads beside the written form', () => {
  it.each<[string, string, string, boolean]>([
    ['the -t slip of a participle', 'Ik ben echt teleurgestelt in jullie.', 'negative-opinion', true],
    ['the plural verb of a separable "zeg ... op"', 'We zeggen ons contract bij jullie op.', 'churn', true],
    ['"-maal" counts', 'Ik heb al driemaal gebeld hierover.', 'repeat', true],
    ['Flemish "meermaals"', 'Ik heb dat meermaals gemeld.', 'repeat', true],
    ['Flemish "overste"', 'Ik wil uw overste spreken.', 'management', true],
    ['Flemish "nie normaal"', "Da's toch nie normaal.", 'frustration', true],
    ['a common misspelling', 'Dit is echt belachenlijk.', 'negative-opinion', true],
    ['a separated idiom', 'Ik heb er mijn buik van vol.', 'frustration', true],
    ['a platform to go public on', 'Dit zet ik op Google.', 'public', true],
    ['praise opening a repeated failure', 'Super dat het pakket weer niet kwam.', 'sarcasm', true],
    ['waiting asked as "komt ... nog"', 'Komt de monteur nog?', 'waiting', true],
    ['an indirect question', 'Ik wilde vragen of mijn adres is aangepast.', 'question', true],
    ['"zonder" states a missing service as "geen" does', 'Weer een week zonder tv.', 'problem', true],
    ['a redress noun after a verb of wanting', 'Ik wil een schadevergoeding voor de gemiste vlucht.', 'demand', true],
    ['a contradiction: charged though already paid', 'Ik kreeg een aanmaning terwijl ik allang betaald heb.', 'problem', true],
    ['a data breach', 'Mijn gegevens zijn gelekt.', 'problem', true],
    ['"altijd hetzelfde"', 'Het is altijd hetzelfde met jullie.', 'repeat', true],
    ['a service that is down', 'Het netwerk ligt plat.', 'problem', true],
    ['nobody takes me seriously', 'Niemand neemt mij hier serieus.', 'negative-opinion', true],
    ['silence as "laat niks horen"', 'Ze laten niks van zich horen.', 'waiting', true],
    ['"hoe kan dit" as a reproach', 'Hoe kan dit nou?', 'rhetorical', true],
    // counterexamples
    ['sincere praise of a fix', 'Super dat het weer werkt!', 'sarcasm', false],
    ['willing to wait is not waiting', 'Geen probleem, ik wacht wel tot morgen.', 'waiting', false],
    ['switching to us is not churn', 'Sinds de overstap naar jullie ben ik heel tevreden.', 'churn', false],
    ['a short -d word keeps its form', 'Het bad is kapot.', 'negative-opinion', false],
    ['a plain wish is no demand', 'Ik wil een nieuwe afspraak maken.', 'demand', false],
    ['a sincere how-question', 'Hoe kan ik mijn wachtwoord wijzigen?', 'rhetorical', false],
    ['"without" that names no service', 'Ik kom zonder auto.', 'problem', false],
  ])('%s', (_n, text, kind, present) => {
    expect(findCues(text, 'nl').some((c) => c.kind === kind && c.weight >= 0.5)).toBe(present);
  });
});

describe('Dutch level classes from text written by strangers (hedges, denials, resolved failures, outside parties)', () => {
  // cue present at any weight (weak cues included), or absent
  it.each<[string, string, string, boolean]>([
    ['a hedged "beetje jammer dat" is weak disappointment, not a suggestion', 'Wel een tikje jammer dat de bus te laat was.', 'suggestion', false],
    ['having had to wait is waiting', 'We moesten een uur op de monteur wachten.', 'waiting', true],
    ['longer than hoped is waiting', 'De terugbetaling duurde langer dan ik gehoopt had.', 'waiting', true],
    ['"derde keer deze week"', 'Derde keer deze week dat de trein uitvalt.', 'repeat', true],
    ['"ik wil graag dat" demands', 'Ik wil graag dat de factuur wordt aangepast.', 'demand', true],
    ['a hashtag is its word', 'Twee maanden wachten op mijn bestelling #oplichting', 'legal', true],
    ['a handle of a consumer body is its name', '@Consumentenbond kijk hier eens naar.', 'legal', true],
    ['a named outside party', 'Ik heb het doorgegeven aan een claimbureau.', 'legal', true],
    ['a press outlet', 'Ik stuur dit door naar de VRT.', 'public', true],
    ['sharing it everywhere', 'Ik ga dit overal delen.', 'public', true],
    ['a closed account is leaving', 'Mijn account opgezegd, klaar.', 'churn', true],
    ['"voor herhaling vatbaar" is praise', 'Zeker voor herhaling vatbaar!', 'praise', true],
    ['a suggestion to make it faster', 'Kunnen jullie het inloggen sneller maken?', 'suggestion', true],
    ['a "why not simply" question', 'Kan dat niet gewoon via de app?', 'suggestion', true],
    ['the writer worn out', 'Ik ben echt kapot vandaag, ik ben doodop.', 'unrelated', true],
    ['bad-weather words', 'Wat een kutweer weer.', 'unrelated', true],
    ['Flemish "technieker" sent for', 'Stuur morgen een technieker langs.', 'demand', true],
    ['"ge doet niks" reproaches', 'Ik heb al drie keer gebeld en ge doet niks.', 'complaint', true],
    // counterexamples
    ['a plain "jammer dat" stays a suggestion', 'Jammer dat er geen donkere modus is.', 'suggestion', true],
    ['vague further steps are not a legal step', 'Anders overweeg ik verdere stappen.', 'legal', false],
    ['"het weer werkt" is not the weather', 'Laat weten wanneer het weer werkt.', 'unrelated', false],
    ['denied demand: "ik verwacht verder niets"', 'Ik verwacht verder niets, het is maar een tip.', 'demand', false],
    ['"is opgelost" reports a fix, not a demand', 'Het is opgelost, merci.', 'demand', false],
    ['"not here to complain" is no complaint', 'Ik bel niet om te klagen hoor.', 'complaint', false],
    ['asking to block a card is not a failure', 'Kunnen jullie mijn pas blokkeren?', 'problem', false],
    ['an unknown handle is no cue', '@JanJansen dank je!', 'legal', false],
  ])('%s', (_n, text, kind, present) => {
    const cues = findCues(text, 'nl').filter((c) => c.kind === kind);
    expect(kind === 'demand' || kind === 'complaint' ? cues.some((c) => c.weight >= 0.5) : cues.length > 0).toBe(present);
  });

  it.each<[string, string, Level[]]>([
    ['hedged disappointment beside praise is a signal', 'Mooi hotel, fijn personeel. Wel een beetje jammer dat we een half uur moesten wachten bij de receptie.', ['signal']],
    ['a suggestion with nothing asked is feedback', 'De nieuwe app is oké. Een knop om facturen te downloaden zou handig zijn. Ik verwacht verder niks, gewoon een tip.', ['feedback']],
    ['a cited promise, then the customer\'s answer', 'Beste,\n\nOp 2 mei schreef uw collega:\n> Uw geld wordt binnen 5 werkdagen teruggestort.\n\nHet is nu juni en ik heb nog altijd niets ontvangen. Ik wil dat het bedrag deze week wordt overgemaakt.', ['complaint']],
    ['a fixed failure, thanked, is none', 'Merci om de storing bij ons zo snel op te lossen!', ['none']],
    ['venting about football is none', 'Wat een schandalige penalty, die scheidsrechter was echt slecht vandaag 🤬', ['none']],
    ['vague further steps escalate', 'Al drie keer gemaild over mijn kapotte koelkast en nooit antwoord. Zo niet, dan onderneem ik verdere stappen.', ['escalation']],
    ['a consumer body tagged is a dispute', 'Al twee maanden niks geleverd en geen antwoord op mails. @TestAankoop kunnen jullie helpen?', ['dispute']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('saying calmly that one asks again about something still pending is a follow-up (signal)', () => {
  it.each<[string, Record<string, number>, Extra, Level]>([
    ['asked before, still wrong, no question mark', { repeat: 0.8, waiting: 0.55, problem: 0.5 }, calm, 'signal'],
    ['asked before, still pending, neutral tone', { repeat: 0.5, waiting: 0.5, problem: 0.65 }, { tone: { valence: -0.1, anger: 0, intensity: 0.1 } }, 'signal'],
    // counterexamples
    ['the same, told in anger', { repeat: 0.8, waiting: 0.55, problem: 0.5 }, upset, 'complaint'],
    // a failure's own words are negative: without anger, exasperation, a demand or an opinion the
    // recurring failure stays a heads-up (see the bare-report rule below)
    ['the same, clearly negative', { repeat: 0.8, waiting: 0.55, problem: 0.6 }, { tone: { valence: -0.4, anger: 0.1, intensity: 0.4 } }, 'signal'],
    ['asked before, still pending, redress demanded', { repeat: 0.8, waiting: 0.55, demand: 0.7 }, calm, 'complaint'],
    ['asked before, exasperated', { repeat: 0.8, waiting: 0.55, problem: 0.6, frustration: 0.7 }, calm, 'complaint'],
    ['a failure with no earlier contact', { waiting: 0.55, problem: 0.6 }, calm, 'complaint'],
  ])('%s', (_n, cues, extra, want) => expect(level(cues, extra)).toBe(want));

  it.each<[string, string, Level[]]>([
    ['nl: asked before, still missing', 'Ik heb al eerder gevraagd om mijn tweede voornaam toe te voegen. Op de nieuwe pas staat die er nog altijd niet op.', ['signal']],
    ['nl: as I wrote, still not changed', 'Zoals ik al schreef: mijn nieuwe adres staat nog steeds niet in mijn account.', ['signal']],
    // called three times and it still does not work: a bare report with no demand is a signal now
    // (bare-report rule); with a demand it is a complaint
    ['nl: three calls, still broken', 'Ik heb al drie keer gebeld en mijn internet werkt nog steeds niet.', ['signal']],
    ['nl: three calls, still broken, fix it', 'Ik heb al drie keer gebeld en mijn internet werkt nog steeds niet. Los dit vandaag op.', ['complaint']],
    ['nl: a branch head asked for', 'Ik wil dat de filiaalmanager mij terugbelt over mijn geweigerde aanvraag.', ['escalation']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('a recurring or pending failure told with nothing asked and nothing judged is a heads-up (signal)', () => {
  const flat = { tone: { valence: -0.2, anger: 0.05, intensity: 0.2 } };
  it.each<[string, Record<string, number>, Extra, Level]>([
    ['failure again, no demand', { repeat: 0.8, problem: 0.6 }, flat, 'signal'],
    ['asked before, still nothing of the refund (a named redress: no demand asks)', { repeat: 0.65, waiting: 0.85, demand: 0.5 }, { ...flat, askedDemand: 0 }, 'signal'],
    ['called before, still no repair', { repeat: 0.65, waiting: 0.85, problem: 0.75, demand: 0.5 }, { ...flat, askedDemand: 0 }, 'signal'],
    // a demand of the same weight that asks ("u moet", "get back to me") is a request, whatever its weight
    ['failure again, a named redress', { repeat: 0.8, problem: 0.6, demand: 0.5 }, { ...flat, askedDemand: 0 }, 'signal'],
    ['failure again, a request weighed like a named redress', { repeat: 0.8, problem: 0.6, demand: 0.5 }, { ...flat, askedDemand: 0.5 }, 'complaint'],
    ['failure again, a demand with askedDemand absent (it asks)', { repeat: 0.8, problem: 0.6, demand: 0.5 }, flat, 'complaint'],
    // counterexamples
    ['again, with weak request phrasing', { repeat: 0.55, problem: 0.75, demand: 0.35 }, flat, 'complaint'],
    ['again, with a deadline', { waiting: 0.75, problem: 0.75, demand: 0.55 }, flat, 'complaint'],
    ['again, with a clear demand', { repeat: 0.8, problem: 0.6, demand: 0.8 }, flat, 'complaint'],
    ['again, in the imperative', { repeat: 0.8, problem: 0.6, demand: 0.5 }, { ...flat, imperative: true }, 'complaint'],
    ['again, with a suggestion', { repeat: 0.7, problem: 0.6, suggestion: 0.55 }, flat, 'feedback'],
    ['again, angry', { repeat: 0.8, problem: 0.6 }, upset, 'complaint'],
    ['a failure told once, no follow-up', { problem: 0.75 }, flat, 'complaint'],
    ['waiting for a refund, not asked before', { waiting: 0.85, demand: 0.5 }, flat, 'complaint'],
  ])('%s', (_n, cues, extra, want) => expect(level(cues, extra)).toBe(want));

  it.each<[string, string, Level[]]>([
    ['nl: parcel late again', 'Mijn pakket is alweer vertraagd.', ['signal']],
    ['nl: called last week, heard nothing', 'Ik heb vorige week al gebeld over de lekkende kraan, maar ik heb nog niks gehoord.', ['signal']],
    ['en: delivery late again', 'My delivery is late again.', ['signal']],
    ['nl: again, and a demand', 'De app loopt alweer vast. Ik wil dat dit vandaag wordt opgelost.', ['complaint']],
    ['nl: again, pls refund', 'Alweer dubbel gefactureerd, please refund het verschil.', ['complaint']],
    ['en: again, need an exchange', 'wrong colour delivered AGAIN, need an exchange pls', ['complaint']],
    // a named redress (a `named` cue group) keeps the heads-up; a request weighed the same does not
    ['nl: called twice, the repair still not done', 'Ik heb al twee keer gebeld, de herstelling is nog steeds niet gebeurd.', ['signal']],
    ['nl: broken again, so you must send someone', 'De verwarming is alweer kapot, dus jullie moeten iemand sturen.', ['complaint']],
    ['nl: broken again and you must send someone', 'De lift is alweer stuk en u moet een monteur regelen.', ['complaint']],
    ['en: broke again, so get back to me', 'The heater broke again so you need to get back to me today.', ['complaint']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('round 2 (h-level2): asides, denied outside causes, switching vows, formal requests, mixed reviews', () => {
  it.each<[string, Record<string, number>, Extra, Level]>([
    ['praise beside a failure, nothing asked', { praise: 0.6, problem: 0.6 }, calm, 'feedback'],
    ['praise beside a failure and a negative opinion', { praise: 0.5, problem: 0.6, 'negative-opinion': 0.6 }, calm, 'feedback'],
    // counterexamples: a demand, recurrence, heat or irony keep it a complaint
    ['praise, a failure and a demand', { praise: 0.6, problem: 0.6, demand: 0.6 }, calm, 'complaint'],
    ['praise, a failure that is still there', { praise: 0.6, problem: 0.6, waiting: 0.6 }, calm, 'complaint'],
    ['praise, a failure, told angrily', { praise: 0.6, problem: 0.6 }, upset, 'complaint'],
    ['ironic praise beside a failure', { praise: 0.6, problem: 0.6, sarcasm: 0.6 }, calm, 'complaint'],
  ])('%s', (_n, cues, extra, want) => expect(level(cues, extra)).toBe(want));

  it.each<[string, string, Level[]]>([
    // a short aside before the closing "?" still asks
    ['en: request with an account number in brackets', 'Could you please send me a copy of my bill (customer 88123)?', ['none']],
    ['en: request with a trailing aside after a comma', 'Could you please send me the booking confirmation, order 5521?', ['none']],
    ['en: counterexample, an order followed by a long question', 'Refund me now, why is this taking so long to sort out?', ['complaint']],
    // "het weer": the weather only after a preposition or before a copula
    ['nl: "is het weer kwijt" is "again"', 'Ik heb mijn pas drie keer aangevraagd en elke keer is het weer kwijt. Regel het nu.', ['complaint', 'escalation']],
    ['nl: the weather as the cause', 'Door het weer kon de bezorger niet komen, geen probleem hoor.', ['none', 'signal']],
    // a denied outside cause
    ['nl: "niet mijn fout" is no outside cause', 'Er is twee keer afgeschreven en dat is niet mijn fout. Ik wil dat het bedrag teruggestort wordt.', ['complaint']],
    ['en: "not my fault" is no outside cause', 'You charged me twice and that is not my fault. I want the money back.', ['complaint']],
    // switching vows and going public in group venues
    ['nl: vows to switch after a recurring failure', 'Al drie keer een koude pizza. Als dat zo blijft, bestel ik voortaan gewoon bij de concurrent.', ['escalation']],
    ['nl: goes public in neighbourhood groups', 'Twee weken geen terugbetaling. Dit komt in elke whatsappgroep van de wijk.', ['escalation']],
    ['nl: time without the thing is waiting', 'Al 4 dagen zonder warm water.', ['complaint', 'signal']],
    // formal Flemish requests
    ['nl: "gelieve ... te" is a request for action', 'Gelieve de foute aanrekening te crediteren.', ['complaint']],
    ['nl: counterexample, the enclosure formula', 'Gelieve in bijlage het formulier te vinden. Dank u.', ['none']],
    // mixed reviews
    ['nl: praised staff, a flaw, nothing asked', 'De verpleging was heel vriendelijk, maar het eten was koud.', ['feedback']],
    ['nl: counterexample, praise with a demand', 'De verpleging was vriendelijk, maar er is te veel aangerekend. Stort het bedrag terug.', ['complaint']],
    ['nl: a letter closing is no praise', 'Mijn pakket is beschadigd aangekomen. Met vriendelijke groet, Piet', ['complaint']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('round 3 (h-level3): an exasperated verdict with nothing else stated is feedback, not none', () => {
  const flat = { tone: { valence: 0, anger: 0, intensity: 0.4 }, frustrationClauses: 1 };
  const pleasant = { tone: { valence: 0.45, anger: 0, intensity: 0.5 }, frustrationClauses: 1 };
  it.each<[string, Record<string, number>, Extra, Level]>([
    ['a flat exasperated clause', { frustration: 0.85 }, flat, 'feedback'],
    ['a swearing verdict', { swearing: 0.8 }, flat, 'feedback'],
    ['praise weighed against an exasperated clause', { frustration: 0.6, praise: 0.5 }, { ...pleasant }, 'feedback'],
    // counterexamples
    ['the cue word without a frustration clause', { frustration: 0.85 }, { ...flat, frustrationClauses: 0 }, 'none'],
    ['a weak exasperation cue', { frustration: 0.45 }, flat, 'none'],
    ['surprise in a clearly pleasant text', { frustration: 0.65 }, pleasant, 'none'],
    ['a curse about the weather beside thanks', { swearing: 0.8 }, pleasant, 'none'],
    ['exasperation about one\'s own life', { frustration: 0.85, unrelated: 0.6 }, { ...flat, addressedNegative: false }, 'none'],
  ])('%s', (_n, cues, extra, want) => expect(level(cues, extra)).toBe(want));

  it.each<[string, string, Level[]]>([
    ['nl: a last-straw verdict', 'Die wachtrij aan de kassa is elke week weer de laatste druppel.', ['feedback', 'complaint']],
    ['en: a verdict on the app', 'Your app is an absolute joke.', ['feedback', 'complaint']],
    ['nl: praised in a text with an amazed word', 'Ongelooflijk hoe vriendelijk jullie personeel was!', ['none']],
    ['nl: cursing the weather, thanking the shop', 'Kutweer vandaag, gelukkig was de pizza van jullie heerlijk ❤️', ['none']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('round 3 (h-level3): "a maze" is a verdict that something is confusing', () => {
  it.each<[string, string, 'nl' | 'en', boolean]>([
    ['nl: a confusing menu', 'Dat keuzemenu aan de telefoon is een doolhof.', 'nl', true],
    ['nl: a labyrinth of forms', 'Het aanvraagformulier is een labyrint.', 'nl', true],
    ['en: a confusing checkout', 'Your checkout is a maze.', 'en', true],
    ['en: a labyrinth of menus', 'The settings page is a labyrinth.', 'en', true],
    // counterexamples
    ['en: "amazing" is not "a maze"', 'Amazing help from your team.', 'en', false],
    ['nl: the word without the article', 'We zijn naar het doolhof in het park geweest.', 'nl', false],
  ])('%s', (_n, text, lang, present) => {
    expect(findCues(text, lang).some((c) => c.kind === 'negative-opinion' && c.weight >= 0.5)).toBe(present);
  });
});

describe('Dutch level classes: star ratings, literal senses of churn verbs, the press, polite repeats', () => {
  const strongest = (text: string, kind: string): number =>
    Math.max(0, ...findCues(text, 'nl').filter((c) => c.kind === kind).map((c) => c.weight));
  it.each<[string, string, string, number, number]>([
    // [name, text, kind, min weight (inclusive), max weight (exclusive)]
    ['a star rating is the review itself, not a threat', 'Eén ster. Pakket kwam open aan.', 'public', 0, 0.5],
    ['"nul sterren als het kon" is the review itself', 'Nul sterren als het kon, eten was koud.', 'public', 0, 0.5],
    ['a trip is not leaving us', 'Ik vertrek morgen op reis naar Portugal, werkt mijn pas daar?', 'churn', 0, 0.5],
    ['a drain "loopt weg"', 'Het water in de douchebak loopt heel traag weg.', 'churn', 0, 0.35],
    ['a cancellation named as a noun is a mention', 'Over de stopzetting van mijn autoverzekering nog een vraag.', 'churn', 0, 0.6],
    ['a regional broadcaster', 'Ik stuur de foto\'s naar Omroep Gelderland.', 'public', 0.5, 1],
    ['an "RTV" station', 'Dit verhaal gaat naar RTV Utrecht.', 'public', 0.5, 1],
    ['the regional paper', 'Morgen bel ik de regionale krant.', 'public', 0.5, 1],
    ['a consumer programme named by a common word', 'Als dit zo blijft gaat het naar BOOS.', 'public', 0.5, 1],
    ['a Flemish paper', 'Eens kijken wat de Gazet van Antwerpen hiervan vindt.', 'public', 0.5, 1],
    ['apologising for troubling again is asking again', 'Sorry dat ik je opnieuw lastig val.', 'repeat', 0.35, 1],
    ['"ik stoor u nogmaals"', 'Ik stoor u nogmaals over mijn aanvraag.', 'repeat', 0.35, 1],
    ['a whole evening again without', 'Weer de hele avond geen tv.', 'repeat', 0.35, 1],
    ['an amount wanted back', 'Ik wil die €12,50 gewoon terug.', 'demand', 0.6, 1],
    ['a bare "compensatie" names the claim', 'Ik heb een formulier voor compensatie ingediend.', 'demand', 0, 0.6],
    ['a corrected invoice awaited is named, not demanded', 'Wanneer mag ik de gecorrigeerde factuur verwachten?', 'demand', 0, 0.6],
    ['a term the organisation promised is waiting', 'Er werd gezegd dat het binnen drie werkdagen geregeld zou zijn.', 'waiting', 0.5, 1],
    // counterexamples
    ['a threat to leave as the consequence', 'Nog één keer zo en dan vertrek ik.', 'churn', 0.6, 1],
    ['leaving us, named', 'Ik vertrek bij jullie.', 'churn', 0.6, 1],
    ['customers "lopen weg"', 'Zo lopen de klanten wel weg.', 'churn', 0.5, 1],
    ['threatening a review elsewhere stays strong', 'Ik zet een slechte review op Google.', 'public', 0.6, 1],
    ['being angry is no programme', 'Ik ben echt boos.', 'public', 0, 0.35],
    ['"ik stoor" alone is no repeat', 'Sorry dat ik stoor, een vraagje.', 'repeat', 0, 0.35],
    ['the weather is not "weer de hele dag"', 'Het weer was de hele dag mooi.', 'repeat', 0, 0.35],
    ['demanding compensation stays a demand', 'Ik wil compensatie voor de gemiste dag.', 'demand', 0.6, 1],
    ['a term set by the customer is a demand', 'Graag binnen vijf werkdagen een antwoord.', 'demand', 0.6, 1],
  ])('%s', (_n, text, kind, min, max) => {
    const w = strongest(text, kind);
    expect(w).toBeGreaterThanOrEqual(min);
    expect(w).toBeLessThan(max);
  });

  it.each<[string, string, Level[]]>([
    ['a star rating with a failure and redress is a complaint', 'Eén ster. Pakket kwam kapot aan en ik wil mijn geld terug.', ['complaint']],
    ['a trip question is none', 'Hallo, ik vertrek volgende week naar Thailand. Moet ik mijn kaart daarvoor activeren?', ['none']],
    ['a recurring failure asked about politely is a signal', 'Sorry dat ik u opnieuw stoor, maar mijn verbruik staat nog altijd verkeerd denk ik?', ['signal']],
    ['a promised term, calmly followed up, is a signal', 'Ik bel opnieuw over mijn terugbetaling. Er werd gezegd dat het binnen vijf werkdagen op mijn rekening zou staan, maar ik zie nog niks.', ['signal']],
    // counterexamples
    ['a star rating with a threat to post elsewhere escalates', 'Eén ster. Pakket kwam kapot aan, ik zet dit ook op Facebook.', ['escalation']],
    ['the story sent to a broadcaster escalates', 'Drie weken zonder verwarming. Ik stuur mijn verhaal naar RTV Oost.', ['escalation']],
    ['troubling again, but angry and demanding', 'Sorry dat ik u weer stoor, maar dit is belachelijk! Het staat nog altijd verkeerd. Ik wil dat het vandaag wordt aangepast.', ['complaint', 'escalation']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('a courteous follow-up asking after a cancellation already sent is not a threat to leave', () => {
  const question = { ...calm, question: true };
  it.each<[string, Record<string, number>, Extra, Level]>([
    ['asking after the confirmation of a cancellation', { waiting: 0.45, churn: 0.55, question: 0.5, politeness: 0.45 }, question, 'signal'],
    ['asking again after a stopped policy, with thanks', { waiting: 0.5, churn: 0.55, gratitude: 0.7 }, question, 'signal'],
    // counterexamples
    ['a threat beside the follow-up', { waiting: 0.45, churn: 0.7, question: 0.5, politeness: 0.45 }, question, 'escalation'],
    ['no courtesy: a bare question after the cancellation', { waiting: 0.45, churn: 0.55 }, question, 'escalation'],
    ['a manager asked for as well', { waiting: 0.45, churn: 0.55, management: 0.75, politeness: 0.45 }, question, 'escalation'],
    ['a sigh of exasperation', { waiting: 0.45, churn: 0.55, politeness: 0.45, frustration: 0.4 }, question, 'escalation'],
  ])('%s', (_n, cues, extra, want) => expect(level(cues, extra)).toBe(want));

  it.each<[string, string, Level[]]>([
    ['nl: the confirmation of a cancellation awaited', 'Ik heb nog altijd geen bevestiging van mijn opzegging gekregen. Kunt u dat even nakijken? Alvast bedankt.', ['signal']],
    // counterexample
    ['nl: a threat after the wait', 'Nog altijd geen reactie op mijn klacht? Dan zeg ik alles op. Alvast bedankt.', ['escalation']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('a cancellation told as done beside exasperation, with no redress asked, is leaving as the consequence', () => {
  const fed = { ...calm, frustrationClauses: 1 };
  it.each<[string, Record<string, number>, Extra, Level]>([
    ['"opgezegd" and "de laatste druppel"', { churn: 0.45, frustration: 0.85 }, fed, 'escalation'],
    ['"switched" and "fed up", after a repeat', { churn: 0.5, frustration: 0.8, repeat: 0.6 }, fed, 'escalation'],
    // counterexamples
    ['a cancellation beside a refund demand is the background of a complaint', { churn: 0.45, frustration: 0.75, waiting: 0.55, demand: 0.6 }, fed, 'complaint'],
    ['a bare trip ("ik vertrek") beside exasperation', { churn: 0.4, frustration: 0.85 }, { frustrationClauses: 1 }, 'feedback'],
    ['a cancellation told calmly', { churn: 0.45 }, calm, 'none'],
    ['exasperation in no frustration clause', { churn: 0.45, frustration: 0.85 }, calm, 'none'],
  ])('%s', (_n, cues, extra, want) => expect(level(cues, extra)).toBe(want));

  it.each<[string, string, Level[]]>([
    ['nl: cancelled, fed up', 'Mijn abonnement heb ik opgezegd. Vier keer een monteur voor niks, ik ben het spuugzat.', ['escalation']],
    // counterexamples
    ['nl: cancelled, still charged, money back asked', 'Opgezegd per 1 juni en toch nog juli betaald, echt belachelijk. Ik wil dat geld terug.', ['complaint']],
    ['nl: a switch to us is no leaving', 'Sinds de overstap naar jullie klopt mijn factuur nooit, ik ben er klaar mee.', ['complaint', 'feedback']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('Dutch level classes: a chargeback told as done, an outage with its length inside, money back asked in brief, a tip', () => {
  const strongest = (text: string, kind: string): number =>
    Math.max(0, ...findCues(text, 'nl').filter((c) => c.kind === kind).map((c) => c.weight));
  it.each<[string, string, string, number, number]>([
    ['a payment reversed through the bank is a chargeback', 'Ik heb de incasso teruggedraaid via mijn bank.', 'legal', 0.6, 1],
    ['reversed through the card company', 'Het bedrag is teruggeboekt via de creditcardmaatschappij.', 'legal', 0.6, 1],
    ['an outage with its length inside', 'Het netwerk ligt nu al twee dagen volledig plat.', 'problem', 0.6, 1],
    ['charged twice for one month', 'Er zijn 2 afschrijvingen voor dezelfde maand.', 'problem', 0.6, 1],
    ['money back asked in brief', 'Graag het verschil terug.', 'demand', 0.6, 1],
    ['a tip is a suggestion', 'Tip: zet de openingsuren op de homepage.', 'suggestion', 0.5, 1],
    // counterexamples
    ['a refund asked of the organisation is no chargeback', 'Kunnen jullie de betaling terugdraaien?', 'legal', 0, 0.5],
    ['lying flat on the sofa is no outage', 'Ik lig al de hele dag ziek in bed.', 'problem', 0, 0.35],
    ['two invoices for two months', 'Ik kreeg 2 facturen, voor mei en juni.', 'problem', 0, 0.35],
    ['"graag" with nothing back', 'Graag een afspraak volgende week.', 'demand', 0, 0.6],
  ])('%s', (_n, text, kind, min, max) => {
    const w = strongest(text, kind);
    expect(w).toBeGreaterThanOrEqual(min);
    expect(w).toBeLessThan(max);
  });

  it.each<[string, string, Level[]]>([
    ['a chargeback told as done is a dispute', 'Betaling teruggedraaid via de bank, jullie antwoorden toch nooit.', ['dispute']],
    ['a tip on the portal is feedback', 'tip: het menu in de app valt op een kleine telefoon half buiten beeld', ['feedback']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('Dutch level classes: "simpel" is easy, a bug is a failure, sector dispute bodies, "nog maar één keer per" is a frequency', () => {
  const strongest = (text: string, kind: string): number =>
    Math.max(0, ...findCues(text, 'nl').filter((c) => c.kind === kind).map((c) => c.weight));
  it.each<[string, string, string, number, number]>([
    ['a bug is a (weak) failure', 'Die bug in de export is er nog.', 'problem', 0.35, 0.5],
    ['a sector dispute body is a third party', 'Dan leg ik het voor aan de SKGZ.', 'legal', 0.6, 1],
    ['"only once per" is a frequency, not asking again', 'De container wordt nog maar één keer per maand geleegd.', 'repeat', 0, 0.35],
    // counterexample
    ['a message labelled feedback is a suggestion', 'Shuffle speelt altijd dezelfde nummers #feedback', 'suggestion', 0.5, 1],
    ['"nog maar een keer" without "per" is asking again', 'Ik probeer het nog maar een keer.', 'repeat', 0.5, 1],
    ['no feedback received is waiting, not a suggestion', 'Nog steeds geen feedback op mijn vraag.', 'suggestion', 0, 0.35],
    ['"weer even over" is contacting again', 'Goedemiddag, weer even over mijn aanvraag voor een parkeervergunning.', 'repeat', 0.5, 1],
    ['"het gaat weer over" is no contact', 'De pijn gaat weer over.', 'repeat', 0, 0.35],
  ])('%s', (_n, text, kind, min, max) => {
    const w = strongest(text, kind);
    expect(w).toBeGreaterThanOrEqual(min);
    expect(w).toBeLessThan(max);
  });

  it.each<[string, string, Level[]]>([
    ['an easy answer, thanked, is none', 'Klant: Kan ik mijn pincode in de app wijzigen?\nMedewerker: Ja, onder instellingen.\nKlant: Ah, da\'s simpel. Top, merci!', ['none']],
    ['asking whether a bug is fixed is a signal', 'Is die bug bij het inloggen al opgelost?', ['signal']],
    ['a reduced frequency with a suggestion is feedback', 'Het papier wordt nog maar één keer per maand opgehaald, dat is te weinig. Misschien kunt u dat weer elke twee weken doen.', ['feedback']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('lvl5: a suggestion to change the service is aimed at us, whatever life event the message tells of', () => {
  it.each<[string, Record<string, number>, Extra, Level]>([
    ['a clear suggestion beside a life event', { suggestion: 0.6, unrelated: 0.6 }, calm, 'feedback'],
    ['a weaker suggestion beside an opinion, nobody addressed', { suggestion: 0.5, 'negative-opinion': 0.75, unrelated: 0.7 }, { ...calm, addressedNegative: false }, 'feedback'],
    // counterexamples: a polite "maybe you could" beside bad news of one's own stays unrelated
    ['a polite maybe beside a bereavement', { suggestion: 0.55, unrelated: 0.8 }, calm, 'none'],
    ['an opinion of one\'s own day, no suggestion', { 'negative-opinion': 0.75, unrelated: 0.7 }, { ...calm, addressedNegative: false }, 'none'],
  ])('%s', (_n, cues, extra, want) => expect(level(cues, extra)).toBe(want));

  it.each<[string, string, Level[]]>([
    ['en: hyperbole about one\'s back, bring back the old chairs', 'These new office chairs at the library are so "modern" my spine wants a divorce. Bring back the old ones please', ['feedback']],
    ['nl: at your hospital, the signs confusing, maybe more', 'Vorige week was ik bij jullie in het ziekenhuis voor een scan. De borden naar de uitgang zijn heel verwarrend. Misschien een paar pijlen op de vloer?', ['feedback']],
    // counterexamples
    ['en: bereavement, a polite maybe', 'My father passed away last month. Maybe you could close his account?', ['none', 'signal']],
    ['nl: overlijden, een beleefd misschien', 'Mijn moeder is vorige maand overleden. Misschien kunnen jullie haar abonnement stopzetten?', ['none', 'signal']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('lvl5: domain vocabulary: dispute bodies, money asked back, an Indian-English courtesy, Dutch loanword cancelling, switching all', () => {
  it.each<[string, string, 'nl' | 'en', string, boolean]>([
    ['en: alternative dispute resolution', 'I have taken this to a dispute resolution service.', 'en', 'legal', true],
    ['en: an ADR scheme', 'The case now sits with the ADR scheme you belong to.', 'en', 'legal', true],
    ['en: a Dutch body named in English', 'I filed it with the Geschillencommissie last week.', 'en', 'legal', true],
    ['en: money asked back', 'Just give me back the deposit.', 'en', 'demand', true],
    ['en: the fee asked back, a gap', 'Give my £12 back today.', 'en', 'demand', true],
    ['en: the writer will take care of it', 'Thanks, I will do the needful tomorrow.', 'en', 'demand', false],
    ['en: asked to take care of it', 'Kindly do the needful at the earliest.', 'en', 'demand', true],
    ['nl: cancel as a loanword', 'Ik cancel mijn lidmaatschap per direct.', 'nl', 'churn', true],
    ['nl: switching everything to another carrier', 'Dan zetten we vanaf januari alles over naar een andere vervoerder.', 'nl', 'churn', true],
    // counterexamples
    ['en: giving back to the community', 'We love to give back to the community.', 'en', 'demand', false],
    ['en: a dispute without a body', 'We had a small dispute about the colour.', 'en', 'legal', false],
    ['nl: cancelling a meeting', 'Ik cancel de vergadering van morgen.', 'nl', 'churn', false],
    ['nl: moving a file, nothing switched', 'Ik zet het bestand over naar mijn laptop.', 'nl', 'churn', false],
  ])('%s', (_n, text, language, kind, present) => {
    expect(findCues(text, language).some((c) => c.kind === kind)).toBe(present);
  });

  it.each<[string, string, Level[]]>([
    ['en: a booking question ending in a courtesy', 'Hello, kindly share the steps to add my son to the family plan. OK I will do the needful. Thank you', ['none']],
    ['en: a fee charged after cancelling, asked back', 'You billed me for March although I cancelled in January. Give my money back please.', ['complaint']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('lvl5: cue scope: a demand as the topic, the organisation\'s own hospital, a person who receives', () => {
  const demandOf = (text: string, language: 'nl' | 'en'): number =>
    Math.max(0, ...findCues(text, language).filter((c) => c.kind === 'demand').map((c) => c.weight));
  it.each<[string, string, 'nl' | 'en', boolean]>([
    ['en: calling about the refund', "I'm phoning about the full refund from last month, any update?", 'en', true],
    ['nl: bellen over het terugbetalen', 'Ik bel over het terugbetalen van mijn voorschot, is dat al gebeurd?', 'nl', true],
    // counterexamples: the demand itself is asked
    ['en: a refund asked outright', 'I want a full refund for this.', 'en', false],
    ['nl: terugbetalen gevraagd', 'Graag terugbetalen voor vrijdag.', 'nl', false],
  ])('%s', (_n, text, language, topic) => {
    const w = demandOf(text, language);
    if (topic) expect(w).toBeLessThanOrEqual(0.5);
    else expect(w).toBeGreaterThan(0.5);
  });

  it.each<[string, string, 'nl' | 'en', boolean]>([
    ['en: your hospital', 'The car park at your hospital has no signs at all.', 'en', false],
    ['nl: bij jullie in het ziekenhuis', 'Ik was gisteren bij jullie in het ziekenhuis voor een controle.', 'nl', false],
    ['en: a payment to my landlord', 'I paid the rent to my landlord on Monday.', 'en', false],
    ['nl: een brief voor mijn werkgever', 'Kan ik een verklaring voor mijn werkgever krijgen?', 'nl', false],
    // counterexamples: life events of the writer stay
    ['en: in hospital myself', 'I was in hospital all week, sorry for the late reply.', 'en', true],
    ['en: my landlord as the trouble', 'My landlord is driving me mad this week.', 'en', true],
    ['nl: ruzie met mijn baas', 'Ik had ruzie met mijn baas vandaag.', 'nl', true],
  ])('%s', (_n, text, language, present) => {
    expect(findCues(text, language).some((c) => c.kind === 'unrelated')).toBe(present);
  });

  it.each<[string, string, Level[]]>([
    ['en: a double debit of a rent transfer, money asked back', 'Hello, I sent 600 pounds rent to my landlord on Friday and the payment left my account twice. Please return the duplicate payment.', ['complaint']],
    ['nl: a polite follow-up about a deposit refund', 'Goedemiddag, ik had vorige maand ook al gemaild over het terugstorten van mijn waarborg. Is daar al nieuws over?', ['signal']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('lvl5: owing is not being owed; anger at oneself is the writer\'s own', () => {
  it.each<[string, string, string, boolean]>([
    ['money owed to the writer', 'You still owe me £80 from the March refund.', 'demand', true],
    ['a sum owed', '£120 owed since June and nothing paid.', 'demand', true],
    ['being owed', 'I am owed a credit for the outage.', 'demand', true],
    ['anger at oneself', 'So annoyed at myself, I typed the wrong postcode.', 'unrelated', true],
    // counterexamples
    ['the writer owing', 'I could not see what I owed on the new statement.', 'demand', false],
    ['a third party owing', 'The app never says what my son owes each month.', 'demand', false],
    ['anger at the company', 'So annoyed with you lot, the engineer never came.', 'unrelated', false],
  ])('%s', (_n, text, kind, present) => {
    expect(findCues(text, 'en').some((c) => c.kind === kind)).toBe(present);
  });
});

describe('nllevel: a negator inside a pattern\'s gap denies it as one before it does', () => {
  const has = (text: string, kind: string): boolean => findCues(text, 'nl').some((c) => c.kind === kind);
  it.each<[string, string, string, boolean]>([
    ['compensation wanted, denied inside', 'Ik wil echt geen compensatie, alleen een betere planning.', 'demand', false],
    ['damages asked, denied inside', 'Ik vraag geen schadevergoeding hoor, de koffie was alleen koud.', 'demand', false],
    ['a split cancelling verb, denied inside', 'Ik zeg mijn abonnement niet op, maar dit moet beter.', 'churn', false],
    // counterexamples: nothing denied inside, a negator after the pattern, a pattern that spells the negation
    ['compensation wanted', 'Ik wil compensatie voor de gemiste les.', 'demand', true],
    ['compensation wanted, an adverb inside', 'Ik wil echt compensatie voor de gemiste les.', 'demand', true],
    ['a negator after the pattern', 'Ik wil compensatie, niet nog een excuus.', 'demand', true],
    ['a split cancelling verb', 'Ik zeg mijn abonnement per 1 maart op.', 'churn', true],
    ['waiting spells its negation', 'Het pakket is nog steeds niet geleverd.', 'waiting', true],
    ['expecting no costs asks that they be waived', 'Ik verwacht geen opzegkosten, jullie leveren de dienst niet.', 'demand', true],
  ])('%s', (_n, text, kind, present) => expect(has(text, kind)).toBe(present));

  it.each<[string, string, Level[]]>([
    ['no redress wanted, a let-down told', 'Ik vraag geen schadevergoeding hoor, maar de koffie in de wachtruimte was koud.', ['feedback']],
    ['redress wanted', 'Ik wil compensatie voor de gemiste les, de docent kwam niet opdagen.', ['complaint']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('nllevel: a term recalled with its verb before it is a promise awaited, not a deadline set', () => {
  const has = (text: string, kind: string): boolean => findCues(text, 'nl').some((c) => c.kind === kind);
  it.each<[string, string, string, boolean]>([
    ['was ... binnen', 'Het was toch binnen 5 werkdagen?', 'waiting', true],
    ['zou ... binnen', 'Het pakket zou binnen 2 werkdagen komen.', 'waiting', true],
    ['moest ... binnen', 'Het geld moest binnen 10 dagen op mijn rekening staan.', 'waiting', true],
    ['the recalled term is no demand', 'Het was toch binnen 5 werkdagen?', 'demand', false],
    // counterexamples: a deadline the customer sets
    ['a deadline asked', 'Graag binnen 5 werkdagen een oplossing.', 'demand', true],
    ['a deadline expected', 'Ik verwacht binnen 5 werkdagen een reactie.', 'demand', true],
    ['a deadline asked is no waiting', 'Graag binnen 5 werkdagen een oplossing.', 'waiting', false],
  ])('%s', (_n, text, kind, present) => expect(has(text, kind)).toBe(present));

  it.each<[string, string, Level[]]>([
    ['asking whether a return is processed, the term recalled', 'Is mijn retour al verwerkt? Dat zou toch binnen 3 werkdagen gebeuren?', ['signal']],
    // counterexample: a deadline set with a demand
    ['a deadline set', 'Mijn koelkast is kapot. Ik verwacht binnen 5 werkdagen een monteur.', ['complaint']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('nllevel: a service step taken without notice or explanation is a failure ("zonder uitleg")', () => {
  const has = (text: string, kind: string): boolean => findCues(text, 'nl').some((c) => c.kind === kind);
  it.each<[string, string, boolean]>([
    ['zonder enige uitleg', 'De les werd zonder enige uitleg geschrapt.', true],
    ['zonder voorafgaande verwittiging', 'Mijn internet is zonder voorafgaande verwittiging afgesloten.', true],
    ['zonder reden', 'Mijn korting is zonder reden vervallen.', true],
    // counterexamples: asking leave to act without a reason, and praise without trouble
    ['asking to cancel without a reason', 'Kan ik zonder reden annuleren?', false],
    ['asking to drop by without notice', 'Mag ik zonder bericht vooraf langskomen?', false],
    ['zonder problemen', 'Alles is zonder problemen geleverd, dank u.', false],
  ])('%s', (_n, text, present) => expect(has(text, 'problem')).toBe(present));

  it.each<[string, string, Level[]]>([
    ['a calm formal account of a closure without notice', 'Goedemiddag, gisteren ging het zwembad zonder aankondiging een uur eerder dicht. Ik stond daar met twee kinderen voor een gesloten deur.', ['complaint']],
    // counterexamples: weighed against praise it is a review; asked as leave it is an errand
    ['without explanation, then praise', 'De trein stond tien minuten stil zonder uitleg, verder een prima reis met vriendelijk personeel.', ['feedback']],
    ['leave to cancel without a reason', 'Kan ik mijn proefabonnement zonder reden annuleren?', ['none']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('nllevel: "eindelijk weer eens" is joy at something good back at last, not asking again', () => {
  it.each<[string, string, Level[]]>([
    ['a night out at last', 'Eindelijk weer eens lekker uit eten geweest, wat een avond!', ['none']],
    ['a swim at last', 'Vandaag eindelijk weer eens gezwommen in het nieuwe bad 🏊', ['none']],
    // counterexamples: a failure beside it, a wait for it, asking again
    ['a failure told with irony', 'Eindelijk weer eens een storing, lekker dan.', ['complaint']],
    ['waiting for it to work', 'Wanneer werkt het eindelijk weer eens?', ['signal']],
    ['asking again', 'Ik vraag het nog maar eens: wanneer komt de monteur?', ['signal']],
  ])('%s', (_n, text, want) => expect(want).toContain(analyze({ text }).level));
});

describe('a negative opinion weighed below suggestive (a hedge) is a signal', () => {
  const flat = { tone: { valence: 0, anger: 0, intensity: 0.2 } };
  it.each<[string, Record<string, number>, Extra, Level]>([
    ['a hedged disappointment alone', { 'negative-opinion': 0.35 }, flat, 'signal'],
    // counterexamples: a suggestive or clear opinion is not hedged; a hedge about one's own life is not aimed at us
    ['a suggestive opinion, neutral tone', { 'negative-opinion': 0.45 }, flat, 'none'],
    ['a clear opinion', { 'negative-opinion': 0.7 }, flat, 'feedback'],
    ['a hedge beside a life event', { 'negative-opinion': 0.35, unrelated: 0.8 }, { ...flat, addressedNegative: false }, 'none'],
  ])('%s', (_n, cues, extra, want) => expect(level(cues, extra)).toBe(want));
});
