import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnalysisSchema, analyze, InvalidInputError, type Analysis, type Message, type Span } from '../src/index.js';

function spansOf(a: Analysis): Span[] {
  return [...a.facts, ...a.frustration, ...a.cues, ...a.repetition.cues];
}

function checkSpans(text: string, a: Analysis): void {
  for (const s of spansOf(a)) expect(text.slice(s.start, s.end)).toBe(s.text);
  const parts = [...a.facts, ...a.frustration].sort((x, y) => x.start - y.start);
  for (let i = 1; i < parts.length; i++) expect(parts[i]!.start).toBeGreaterThanOrEqual(parts[i - 1]!.end);
}

const sample = readFileSync(new URL('../fixtures/sample.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Message & { level: string; history?: Message[] });

describe('analyze: the whole Analysis', () => {
  it.each(sample.map((m) => [m.id!, m] as const))('%s matches the schema and its spans point into the text', (_id, m) => {
    const a = analyze(m, { history: m.history });
    expect(AnalysisSchema.safeParse(a).success).toBe(true);
    expect(a.id).toBe(m.id);
    checkSpans(m.text, a);
    expect(a.isComplaint).toBe(['complaint', 'escalation', 'dispute'].includes(a.level));
    expect(a.reply.text.length).toBeGreaterThan(0);
    expect(a.reply.text).not.toMatch(/\{\w+\}/);
  });

  it('no field is a constant across the sample corpus', () => {
    // without the corpus's language label, so detection runs
    const all = sample.map(({ language: _gold, ...m }) => analyze(m, { history: m.history }));
    const distinct = (f: (a: Analysis) => unknown) => new Set(all.map((a) => JSON.stringify(f(a)))).size;
    expect(distinct((a) => a.level)).toBeGreaterThanOrEqual(5);
    expect(distinct((a) => a.language)).toBe(2);
    for (const [name, f] of [
      ['languageConfidence', (a: Analysis) => a.languageConfidence], ['confidence', (a: Analysis) => a.confidence],
      ['score', (a: Analysis) => a.score], ['valence', (a: Analysis) => a.tone.valence], ['anger', (a: Analysis) => a.tone.anger],
      ['intensity', (a: Analysis) => a.tone.intensity], ['repetition', (a: Analysis) => a.repetition.score],
      ['priority', (a: Analysis) => a.priority], ['facts', (a: Analysis) => a.facts.length],
      ['frustration', (a: Analysis) => a.frustration.length], ['cues', (a: Analysis) => a.cues.length],
      ['steps', (a: Analysis) => a.reply.steps], ['contact', (a: Analysis) => a.contact], ['profile', (a: Analysis) => a.profile],
    ] as const) {
      expect([name, distinct(f)]).not.toEqual([name, 1]);
    }
  });

  it('is deterministic', () => {
    for (const m of sample.slice(0, 8)) expect(analyze(m, { history: m.history })).toEqual(analyze(m, { history: m.history }));
  });

  it('uses the language hint', () => {
    expect(analyze({ text: 'ok', language: 'nl' }).language).toBe('nl');
    expect(analyze({ text: 'ok', language: 'nl' }).languageConfidence).toBe(1);
  });
});

describe('analyze: odd text never throws', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t  '],
    ['emoji only', '😡😡😡'],
    ['binary noise', '\u0000\u0001\u0002\uffff\ufffe\u0007'],
    ['lone surrogates', 'abc \ud800 def \udc00'],
    ['a megabyte', 'Ik wacht al 3 weken. '.repeat(50_000)],
    ['one long word', 'a'.repeat(100_000)],
    ['exclamation marks', '!'.repeat(10_000)],
    ['right-to-left', 'مرحبا، أين طلبي؟'],
    ['html', '<script>alert("x")</script><p>Het werkt niet &amp; niemand belt</p>'],
  ])('%s', (_name, text) => {
    const a = analyze({ text });
    expect(AnalysisSchema.safeParse(a).success).toBe(true);
    checkSpans(text, a);
  });

  it('gives und for text with nothing to go on', () => {
    expect(analyze({ text: '' }).language).toBe('und');
    expect(analyze({ text: '😡😡' }).language).toBe('und');
  });

  it('never throws on any string, and its spans always point into it (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const a = analyze({ text });
        checkSpans(text, a);
        expect(analyze({ text })).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('handles words and phrases from our lexicons in any order (property)', () => {
    const words = ['niet', 'geen', 'maar', 'alweer', 'klacht', 'advocaat', 'not', 'but', 'refund', 'still', '!!!', '?', '😡', 'al', '3x', 'gebeld', 'geweldig', 'great', 'never', 'again', ',', '.'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (ws) => {
        const text = ws.join(' ');
        checkSpans(text, analyze({ text }));
      }),
      { numRuns: 300 },
    );
  });
});

describe('analyze: programmer errors throw InvalidInputError', () => {
  it.each<[string, unknown, unknown, RegExp]>([
    ['no message', undefined, undefined, /expected an object with a string field "text", found undefined/],
    ['a string', 'hello', undefined, /found a string/],
    ['text a number', { text: 42 }, undefined, /message\.text: .*expected string.*found number 42/],
    ['bad channel', { text: 'x', channel: 'fax' }, undefined, /message\.channel/],
    ['bad language', { text: 'x', language: 'de' }, undefined, /message\.language/],
    ['options not an object', { text: 'x' }, 7, /options: expected an object, found number 7/],
    ['history not an array', { text: 'x' }, { history: 'x' }, /options\.history/],
    ['history item without text', { text: 'x' }, { history: [{}] }, /options\.history\.0\.text/],
    ['bad formality', { text: 'x' }, { reply: { formality: 'casual' } }, /options\.reply\.formality/],
  ])('%s', (_name, message, options, pattern) => {
    let error: unknown;
    try {
      analyze(message as Message, options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).message).toMatch(pattern);
    expect(['invalid_input', 'invalid_options']).toContain((error as InvalidInputError).code);
  });
});

describe('analyze: history and contact windows', () => {
  const now = '2026-11-20T12:00:00Z';
  const history: Message[] = [
    { id: 'h1', text: 'Mijn internet werkt niet sinds maandag', at: '2026-11-20T08:00:00Z', channel: 'phone' },
    { id: 'h2', text: 'Internet werkt nog steeds niet, de router knippert', at: '2026-11-18T12:00:00Z', channel: 'email' },
    { id: 'h3', text: 'Vraag over mijn factuur van oktober', at: '2026-11-01T12:00:00Z' },
    { id: 'h4', text: 'Hoe verander ik mijn adres?', at: '2026-09-01T12:00:00Z' },
    { id: 'h5', text: 'Internet werkt niet, router kapot', at: '2026-11-21T12:00:00Z' },
    { id: 'h6', text: 'Geen datum hier', at: 'not a date' },
  ];

  it('counts contacts before the reference time, not after', () => {
    const a = analyze({ text: 'Mijn internet werkt nog steeds niet. De router knippert rood.', at: now }, { history });
    expect(a.contact).toMatchObject({ last24h: 1, last7d: 2, last30d: 3 });
    expect(a.repetition.repeats).toEqual(['h2', 'h1']);
    expect(a.contact.sameIssue).toBe(2);
  });

  it('takes now over the message time, and the latest history time when neither is given', () => {
    expect(analyze({ text: 'x', at: now }, { history, now: '2026-11-22T12:00:00Z' }).contact.last24h).toBe(1);
    // the latest history time (h5) is the reference; h5 itself is not before it
    expect(analyze({ text: 'x' }, { history }).contact).toMatchObject({ last24h: 0, last7d: 2 });
  });

  it('uses #index for history messages without an id', () => {
    const a = analyze({ text: 'Mijn internet werkt nog steeds niet. De router knippert rood.' }, { history: history.map(({ id: _id, ...m }) => m) });
    expect(a.repetition.repeats.every((r) => r.startsWith('#'))).toBe(true);
  });
});
