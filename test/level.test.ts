import { describe, expect, it } from 'vitest';
import { analyze, decideLevel, type Level } from '../src/index.js';

describe('decideLevel (the decision function on its own)', () => {
  const base = { tone: { valence: 0, anger: 0, intensity: 0 }, frustrationClauses: 0, sameIssue: 0, sameIssueComplaints: 0, question: false, worstClause: 0 };
  it.each<[string, Record<string, number>, Partial<typeof base & { addressedNegative: boolean; imperative: boolean }>, Level]>([
    ['nothing', {}, {}, 'none'],
    ['legal cue', { legal: 0.9, problem: 0.6 }, {}, 'dispute'],
    ['churn threat with a problem', { churn: 0.8, problem: 0.6 }, {}, 'escalation'],
    ['a demand about a problem', { demand: 0.8, problem: 0.7 }, {}, 'complaint'],
    ['a suggestion', { suggestion: 0.7 }, {}, 'feedback'],
    ['a failure reported with a suggestion, no redress', { problem: 0.75, suggestion: 0.6 }, {}, 'feedback'],
    ['a failure with a suggestion and a demand', { problem: 0.75, suggestion: 0.6, demand: 0.8 }, {}, 'complaint'],
    ['a weak demand in the imperative after a failure', { demand: 0.4, repeat: 0.5 }, { imperative: true }, 'complaint'],
    ['the same demand words, not an imperative', { demand: 0.4, repeat: 0.5 }, { imperative: false }, 'signal'],
    ['a failure told with exasperation', { problem: 0.6, frustration: 0.7 }, { question: true }, 'complaint'],
    ['asking again, calmly', { repeat: 0.6 }, {}, 'signal'],
    ['calm text with same-issue history', {}, { sameIssue: 2 }, 'signal'],
    ['complaint after two unresolved complaints', { demand: 0.8, problem: 0.7 }, { sameIssue: 2, sameIssueComplaints: 2 }, 'escalation'],
    ['strong words about something unrelated', { unrelated: 0.8 }, { tone: { valence: -0.7, anger: 0.2, intensity: 0.7 } }, 'none'],
    ['a failure of the writer\'s own, not addressed to us', { unrelated: 0.6, problem: 0.7, swearing: 0.6 }, { addressedNegative: false }, 'none'],
    ['a failure addressed to us beside bad news', { unrelated: 0.45, problem: 0.7 }, { addressedNegative: true }, 'complaint'],
  ])('%s', (_name, cues, extra, level) => {
    expect(decideLevel({ ...base, ...extra, cues: new Map(Object.entries(cues)) }).level).toBe(level);
  });
});

describe('analyze: the cases the ladder must tell apart', () => {
  it.each<[string, string, Level[]]>([
    ['unrelated strong negative words (nl)', 'Mijn hond is vorige week overleden, dus ik wil de trimafspraak van donderdag afzeggen.', ['none']],
    ['unrelated strong negative words (en)', 'My mother passed away last week, so please cancel her magazine subscription.', ['none']],
    ['a calm, formal complaint (nl)', 'Geachte heer, mevrouw, op 3 november heb ik een wasmachine besteld die niet is geleverd. Ik verzoek u het aankoopbedrag van € 499 terug te betalen.', ['complaint']],
    ['a calm, formal complaint (en)', 'Dear Sir or Madam, my order 4471 of 3 November was never delivered. I would like a full refund of the 89 pounds I paid.', ['complaint']],
    ['praise with a small suggestion (nl)', 'Top service, snel geholpen! Het zou wel handig zijn als de app ook een donkere modus had.', ['feedback']],
    ['an occasional failure with a suggestion (nl)', 'De app crasht soms bij het betalen. Misschien iets voor de volgende update?', ['feedback']],
    ['praise with a small suggestion (en)', 'Great service, the engineer was quick and friendly. It would be nice if the app showed the arrival time.', ['feedback']],
    ['a polite question that says again (nl)', 'Goedemiddag, ik vraag het nog maar een keer: wanneer wordt mijn nieuwe pas opgestuurd?', ['signal']],
    ['a polite question that says again (en)', 'Hi, just asking again: has my address change gone through yet?', ['signal']],
    ['sarcasm aimed at the company (nl)', 'Geweldig, alweer geen internet 🙄 Echt top service van jullie.', ['complaint', 'escalation']],
    ['sarcasm aimed at the company (en)', 'Great job losing my bag again, really impressive work 🙄', ['complaint', 'escalation']],
    ['a lawyer (nl)', 'Ik heb mijn advocaat ingeschakeld en stel u aansprakelijk voor de schade.', ['dispute']],
    ['a chargeback (en)', 'If the refund is not in my account by Friday I will file a chargeback with my bank.', ['dispute']],
    ['a manager (nl)', 'Dit is nu de vierde keer. Ik wil een leidinggevende spreken, want zo gaat het niet langer.', ['escalation']],
    ['switching (en)', 'Still no working broadband after two weeks. I am cancelling and switching to another provider.', ['escalation']],
    ['thanks (nl)', 'Dank je wel, het werkt weer!', ['none']],
    ['bad luck of the writer, with a curse (nl)', 'Wat een rotdag, mijn telefoon is kapot gevallen en ik ben mijn sleutels kwijt. Kan ik een nieuwe simkaart bestellen?', ['none']],
    ['bad luck of the writer, with a curse (en)', 'Bloody awful week, I broke my phone and lost my keys. Can I order a new SIM card?', ['none']],
    ['bad luck of the writer, but the company failed too (en)', 'Awful week, I broke my leg, and you delivered the wrong wheelchair.', ['complaint', 'escalation']],
    ['a question (en)', 'How do I change the email address on my account?', ['none']],
  ])('%s', (_name, text, levels) => {
    expect(levels).toContain(analyze({ text }).level);
  });
});

describe('analyze: mild frustration (a let-down hope) is in the spans but does not raise the level', () => {
  it.each<[string, string]>([
    ['Hi, checking in again on my refund request from last week.', ' Hopefully someone actually replies this time.'],
    ['Just following up on my order 55120, any update?', ' Hopefully it actually ships this time.'],
  ])('%j + %j', (text, hope) => {
    const without = analyze({ text });
    const withHope = analyze({ text: text + hope });
    expect(withHope.frustration.map((s) => s.text)).toContain(hope.trim().replace(/\.$/, ''));
    expect(withHope.level).toBe(without.level);
  });
});
