import { describe, expect, it } from 'vitest';
import { analyzeConversation, detectTrends, InvalidInputError, LEVELS, type Message, type Turn } from '../src/index.js';

const t0 = Date.parse('2026-11-20T10:00:00Z');
const turn = (role: Turn['role'], text: string, minutes: number): Turn => ({
  role,
  text,
  at: new Date(t0 + minutes * 60_000).toISOString(),
  channel: 'chat',
});

const endsWell: Turn[] = [
  turn('customer', 'Mijn internet doet het al drie dagen niet! Dit is echt belachelijk, ik wil dat het nu wordt opgelost!', 0),
  turn('agent', 'Wat vervelend. Ik kijk direct met u mee.', 2),
  turn('customer', 'Het modem knippert rood, ik heb hem al opnieuw opgestart.', 4),
  turn('agent', 'Ik heb de lijn gereset. Kunt u het nog eens proberen?', 8),
  turn('customer', 'Het werkt weer! Super, heel erg bedankt voor de snelle hulp.', 10),
];
const endsBadly: Turn[] = [
  turn('customer', 'Hello, could you tell me when my new phone will be shipped?', 0),
  turn('agent', 'Please wait 5 more working days.', 2),
  turn('customer', 'I have already waited two weeks for the phone. This is not good enough, I want a refund.', 4),
  turn('agent', 'We cannot refund before the investigation ends.', 8),
  turn('customer', 'This is ridiculous! I want to speak to a manager, otherwise I will cancel my account and post this on Twitter.', 10),
];
const steady: Turn[] = [
  turn('customer', 'Hoe laat gaat de winkel in Amersfoort open op zaterdag?', 0),
  turn('agent', 'Om negen uur.', 1),
  turn('customer', 'En op zondag, hoe laat dan?', 2),
];

describe('analyzeConversation', () => {
  it.each([
    ['ends well', endsWell, { level: 'complaint', peak: 0, end: 4, trajectory: 'improving', endedWell: true }],
    ['ends badly', endsBadly, { level: 'escalation', peak: 4, end: 4, trajectory: 'worsening', endedWell: false }],
    ['steady questions', steady, { level: 'none', peak: 0, end: 2, trajectory: 'steady', endedWell: true }],
  ] as const)('%s', (_name, turns, want) => {
    const r = analyzeConversation(turns);
    expect(r.level).toBe(want.level);
    expect(r.peak.index).toBe(want.peak);
    expect(r.end.index).toBe(want.end);
    expect(r.trajectory).toBe(want.trajectory);
    expect(r.endedWell).toBe(want.endedWell);
    expect(r.peak.frustration).toBeGreaterThanOrEqual(0);
    expect(r.peak.frustration).toBeLessThanOrEqual(1);
    // the level is the highest any customer turn reached
    const levels = r.turns.flatMap((t) => (t.analysis ? [LEVELS.indexOf(t.analysis.level)] : []));
    expect(LEVELS.indexOf(r.level)).toBe(Math.max(...levels));
    expect(r.end.valence).toBe(r.turns[want.end]!.analysis!.tone.valence);
  });

  it('the peak is the most frustrated customer turn and the end valence is the last turn\'s', () => {
    const r = analyzeConversation(endsWell);
    expect(r.peak.frustration).toBeGreaterThan(0.4);
    expect(r.end.valence).toBeGreaterThan(0);
    const bad = analyzeConversation(endsBadly);
    expect(bad.end.valence).toBeLessThan(0);
  });

  it('agent turns carry no analysis; customer turns do, in order', () => {
    const r = analyzeConversation(endsBadly);
    expect(r.turns.map((t) => t.index)).toEqual([0, 1, 2, 3, 4]);
    for (const t of r.turns) {
      expect(t.role).toBe(endsBadly[t.index]!.role);
      if (t.role === 'agent') expect(t.analysis).toBeUndefined();
      else expect(t.analysis).toBeDefined();
    }
  });

  it('earlier customer turns are history for later ones (agent turns are not)', () => {
    const r = analyzeConversation(endsBadly);
    expect(r.turns[0]!.analysis!.profile.contacts).toBe(0);
    expect(r.turns[2]!.analysis!.profile.contacts).toBe(1);
    expect(r.turns[4]!.analysis!.profile.contacts).toBe(2);
    expect(r.turns[2]!.analysis!.contact.last24h).toBe(1);
  });

  it('is deterministic', () => {
    expect(analyzeConversation(endsWell)).toEqual(analyzeConversation(endsWell));
  });

  it('a thread with no customer turn', () => {
    const r = analyzeConversation([turn('agent', 'Hallo, kan ik helpen?', 0)]);
    expect(r).toMatchObject({ level: 'none', peak: { index: -1, frustration: 0 }, end: { index: -1 }, endedWell: false });
  });

  it('rejects what is not a list of turns', () => {
    expect(() => analyzeConversation('hi' as never)).toThrow(InvalidInputError);
    expect(() => analyzeConversation([{ text: 'x', role: 'boss' } as never])).toThrow(InvalidInputError);
  });
});

const h = (hours: number): string => new Date(Date.parse('2026-11-20T08:00:00Z') + hours * 3_600_000).toISOString();
const outage: Message[] = [
  { id: 't1', customerId: 'c1', text: 'Sinds vanochtend geen internet in Zwolle, het modem knippert rood.', at: h(0) },
  { id: 't2', customerId: 'c3', text: 'Internet in Zwolle ligt eruit, modem knippert rood bij ons.', at: h(2) },
  { id: 't3', customerId: 'c5', text: 'No internet in Zwolle since this morning, the modem light is red.', at: h(5) },
  { id: 't4', customerId: 'c7', text: 'Wij hebben in Zwolle ook geen internet, storing?', at: h(9) },
  { id: 't5', customerId: 'c1', text: 'Nog steeds geen internet in Zwolle!', at: h(11) },
];
const noise: Message[] = [
  { id: 'n1', customerId: 'c2', text: 'Kan ik mijn adres wijzigen? Ik ben verhuisd.', at: h(1) },
  { id: 'n2', customerId: 'c4', text: 'My invoice for October is too high.', at: h(3) },
  { id: 'n3', customerId: 'c6', text: 'Bedankt voor de snelle levering van de televisie!', at: h(6) },
  { id: 'n4', customerId: 'c8', text: 'The app crashes when I open my bill.', at: h(10) },
  { id: 'n5', customerId: 'c9', text: 'Wanneer komt de monteur voor mijn cv-ketel?', at: h(12) },
  { id: 'n6', customerId: 'c10', text: 'Mijn factuur klopt niet, het bedrag is te hoog.', at: h(13) },
  { id: 'n7', customerId: 'c11', text: 'Where can I find the manual for the router?', at: h(14) },
];
const interleaved = [...outage, ...noise].sort((a, b) => Date.parse(a.at as string) - Date.parse(b.at as string));

describe('detectTrends', () => {
  it('finds the same issue from 3+ customers within 24 h, hidden among noise', () => {
    const trends = detectTrends(interleaved);
    expect(trends).toHaveLength(1);
    const [t] = trends;
    expect(t!.customers).toBe(4); // c1 twice counts once
    expect(t!.messageIds).toEqual(['t1', 't2', 't3', 't4', 't5']);
    expect(t!.topic.slice(0, 2).sort()).toEqual(['internet', 'zwolle']);
    expect(t!.from).toBe('2026-11-20T08:00:00.000Z');
    expect(t!.to).toBe('2026-11-20T19:00:00.000Z');
    expect(new Date(t!.from).toISOString()).toBe(t!.from);
  });

  it('ignores a topic shared by fewer than minCustomers', () => {
    expect(detectTrends(interleaved, { minCustomers: 5 })).toEqual([]);
    // two customers on the invoice is not a trend at the default of 3...
    expect(detectTrends(noise).length).toBe(0);
    // ... and one customer writing three times is one customer
    const one = [0, 1, 2].map((i) => ({ id: `s${i}`, customerId: 'same', text: 'Geen internet in Zwolle, modem knippert.', at: h(i) }));
    expect(detectTrends(one)).toEqual([]);
  });

  it('respects windowHours', () => {
    // within 4 h at most two customers share the outage
    expect(detectTrends(interleaved, { windowHours: 4 })).toEqual([]);
    const narrow = detectTrends(interleaved, { windowHours: 4, minCustomers: 2 });
    expect(narrow.length).toBeGreaterThan(0);
    for (const t of narrow) expect(Date.parse(t.to) - Date.parse(t.from)).toBeLessThanOrEqual(4 * 3_600_000);
    // spread over three days, the default 24 h window sees no trend, a 72 h window does
    const spread = outage.slice(0, 4).map((m, i) => ({ ...m, at: h(i * 30) }));
    expect(detectTrends(spread)).toEqual([]);
    expect(detectTrends(spread, { windowHours: 72 })[0]?.customers).toBe(3);
  });

  it('sorts most customers first', () => {
    const parcel: Message[] = ['p1', 'p2', 'p3'].map((id, i) => ({
      id,
      customerId: `p-${i}`,
      text: 'My parcel from the Utrecht depot is lost, tracking stopped.',
      at: h(1 + i),
    }));
    const trends = detectTrends([...parcel, ...interleaved]);
    expect(trends.map((t) => t.customers)).toEqual([4, 3]);
    expect(trends[1]!.messageIds).toEqual(['p1', 'p2', 'p3']);
    // input order does not matter
    expect(detectTrends([...interleaved].reverse().concat(parcel))).toEqual(trends);
  });

  it('leaves out messages without a readable time; no customerId is its own customer', () => {
    const anon = outage.slice(0, 3).map(({ customerId: _c, ...m }) => m);
    expect(detectTrends(anon)[0]?.customers).toBe(3);
    const undated = outage.slice(0, 3).map((m, i) => (i === 0 ? { ...m, at: 'soon' } : m));
    expect(detectTrends(undated)).toEqual([]);
  });

  it('rejects bad options', () => {
    expect(() => detectTrends(interleaved, { windowHours: -1 })).toThrow(InvalidInputError);
    expect(() => detectTrends(interleaved, { minCustomers: 1.5 })).toThrow(InvalidInputError);
  });
});
