import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** What analyze() throws for this input, or undefined. */
function thrownBy(message: unknown, options: unknown): unknown {
  try {
    analyze(message as Message, options as never);
  } catch (e) {
    return e;
  }
  return undefined;
}
import { AnalysisSchema, analyze, InvalidInputError, type Analysis, type Message, type Span } from '../src/index.js';
import { readHistory, type PastContact } from '../src/signals/history.js';
import { emptyIssue } from '../src/signals/issue.js';

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
    const error = thrownBy(message, options);
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

describe('analyze: NUL and control characters', () => {
  it.each<[string, string, 'nl' | 'en' | 'und']>([
    ['NUL between words', 'Ik\u0000wacht\u0000al\u0000drie\u0000weken', 'nl'],
    ['NUL inside a sentence', 'Ik wacht al drie weken op mijn geld\u0000\u0000!', 'nl'],
    ['ANSI colour escapes and a bell', 'I want a refund\u0007\u001b[31m now\u001b[0m, this is the third time!', 'en'],
    ['backspace, form feed, vertical tab', 'Where is my order\u0008\u0008?\u000c\u000bStill nothing after two weeks.', 'en'],
    ['C1 controls and DEL', 'Mijn factuur\u0085klopt niet\u009b\u007f en niemand belt terug', 'nl'],
    ['only control characters', '\u0000\u0001\u0002\u001b\u007f\u0085', 'und'],
  ])('%s: a result, spans into the text, and no control character in the reply', (_name, text, language) => {
    const a = analyze({ text });
    expect(AnalysisSchema.safeParse(a).success).toBe(true);
    checkSpans(text, a);
    expect(a.language).toBe(language);
    // the reply is pasted by an agent into a mail or a chat: line breaks only
    expect(a.reply.text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/u);
    for (const v of Object.values(a.reply.slots)) expect(v).not.toMatch(/\p{Cc}/u);
  });
});

describe('analyze: other languages are und or a low-confidence guess, never a sure wrong one', () => {
  /** Barely above a coin toss: a caller routing on language sends such a message to a person. */
  const LOW_CONFIDENCE = 0.6;
  it.each([
    ['de', 'Ich warte seit drei Wochen auf meine Rückerstattung und niemand antwortet mir.'],
    ['de', 'Ich möchte mich über den schlechten Service beschweren.'],
    ['de', 'Das ist eine Frechheit!'],
    ['de', 'Wo ist meine Bestellung?'],
    ['fr', "J'attends mon remboursement depuis trois semaines et personne ne me répond."],
    ['fr', 'Je voudrais me plaindre du mauvais service.'],
    ['fr', 'Où est ma commande ?'],
    ['es', 'Llevo tres semanas esperando mi reembolso y nadie me contesta.'],
    ['es', '¡Es una vergüenza!'],
    ['es', '¿Dónde está mi pedido?'],
    ['tr', 'Üç haftadır iade bekliyorum ve kimse bana cevap vermiyor.'],
    ['tr', 'Kötü hizmetten şikayet etmek istiyorum.'],
    ['tr', 'Siparişim nerede?'],
    ['pl', 'Od trzech tygodni czekam na zwrot pieniędzy i nikt mi nie odpowiada.'],
    ['pl', 'Gdzie jest moje zamówienie?'],
    ['pl', 'To skandal!'],
  ])('%s: %s', (_lang, text) => {
    const a = analyze({ text });
    expect(a.language === 'und' || a.languageConfidence <= LOW_CONFIDENCE, `${a.language} at ${a.languageConfidence}`).toBe(true);
    checkSpans(text, a);
  });

  it('the cap leaves Dutch and English with known words sure', () => {
    expect(analyze({ text: 'Waar blijft mijn pakket?' }).languageConfidence).toBeGreaterThan(0.8);
    expect(analyze({ text: 'Where is my parcel?' }).languageConfidence).toBeGreaterThan(0.8);
  });
});

describe('analyze: history with bad dates or after the reference time', () => {
  const text = 'Mijn internet werkt nog steeds niet, de router knippert rood.';
  const at = '2026-11-20T12:00:00Z';
  const issue = (id: string, when?: Message['at']): Message => ({ id, text: 'Internet werkt niet, router knippert', ...(when === undefined ? {} : { at: when }) });
  it.each<[string, Message[], { last24h: number; last7d: number; last30d: number }, string[]]>([
    ['unreadable dates: counted in no window, still the same issue', [issue('a', 'not a date'), issue('b', ''), issue('c', '31/12/2026')], { last24h: 0, last7d: 0, last30d: 0 }, ['a', 'b', 'c']],
    ['after the reference time: left out', [issue('a', '2026-11-20T12:00:01Z'), issue('b', Date.parse('2026-12-01T00:00:00Z'))], { last24h: 0, last7d: 0, last30d: 0 }, []],
    ['at the reference time itself: not before it', [issue('a', at)], { last24h: 0, last7d: 0, last30d: 0 }, []],
    ['epoch ms, Date and ISO mixed with a bad one', [issue('a', Date.parse('2026-11-20T06:00:00Z')), issue('b', new Date('2026-11-15T12:00:00Z')), issue('c', '2026-10-25T12:00:00Z'), issue('d', 'soon')], { last24h: 1, last7d: 2, last30d: 3 }, ['a', 'b', 'c', 'd']],
    ['no dates at all', [issue('a'), issue('b')], { last24h: 0, last7d: 0, last30d: 0 }, ['a', 'b']],
  ])('%s', (_name, history, windows, repeats) => {
    const a = analyze({ text, at }, { history });
    expect(a.contact).toMatchObject(windows);
    expect([...a.repetition.repeats].sort()).toEqual(repeats);
  });
});

describe('analyze: options and fields of the wrong type name the field and what was expected', () => {
  it.each<[string, unknown, unknown, string, RegExp]>([
    ['now a boolean', { text: 'x' }, { now: true }, 'invalid_options', /options\.now: expected an ISO 8601 string, epoch milliseconds or a valid Date \(found boolean true\)/],
    ['now NaN', { text: 'x' }, { now: Number.NaN }, 'invalid_options', /options\.now: expected an ISO 8601 string.*\(found number NaN\)/],
    ['now an invalid Date', { text: 'x' }, { now: new Date('nope') }, 'invalid_options', /options\.now: expected .*valid Date \(found an invalid Date\)/],
    ['now text that is no time', { text: 'x' }, { now: 'yesterday' }, 'invalid_options', /options\.now: expected an ISO 8601 string.*not text that cannot be read as a time/],
    ['reply a string', { text: 'x' }, { reply: 'formal' }, 'invalid_options', /options\.reply: .*expected object/],
    ['agentName a number', { text: 'x' }, { reply: { agentName: 5 } }, 'invalid_options', /options\.reply\.agentName: .*expected string.*found number 5/],
    ['history an object', { text: 'x' }, { history: {} }, 'invalid_options', /options\.history: .*expected array/],
    ['a history item null', { text: 'x' }, { history: [null] }, 'invalid_options', /options\.history\.0: .*expected object.*found null/],
    ['a history time a boolean', { text: 'x' }, { history: [{ text: 'a', at: false }] }, 'invalid_options', /options\.history\.0\.at: expected an ISO 8601 string/],
    ['options an array', { text: 'x' }, [], 'invalid_options', /options: expected an object, found an array/],
    ['options null', { text: 'x' }, null, 'invalid_options', /options: expected an object, found null/],
    ['id a number', { text: 'x', id: 7 }, undefined, 'invalid_input', /message\.id: .*expected string.*found number 7/],
    ['customerId a number', { text: 'x', customerId: 7 }, undefined, 'invalid_input', /message\.customerId: .*expected string/],
    ['followers negative', { text: 'x', followers: -1 }, undefined, 'invalid_input', /message\.followers: .*>=0.*found number -1/],
    ['followers a string', { text: 'x', followers: '10' }, undefined, 'invalid_input', /message\.followers: .*expected number/],
    ['at an object', { text: 'x', at: {} }, undefined, 'invalid_input', /message\.at: expected an ISO 8601 string.*found an object/],
    ['text too long', { text: 'a'.repeat(10_000_001) }, undefined, 'text_too_long', /message\.text: found 10000001 characters, expected at most 10000000/],
  ])('%s', (_name, message, options, code, pattern) => {
    const error = thrownBy(message, options);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).code).toBe(code);
    expect((error as InvalidInputError).message).toMatch(pattern);
  });
});

describe('readHistory: no earlier contact', () => {
  const CHANNELS = ['email', 'chat', 'phone', 'social', 'form', 'review', 'other'] as const;
  const REFS = [0, Date.parse('2024-03-01T10:00:00Z')];
  // a contact after the reference time does not count: read the long way, it leaves no contact either
  const later = (ref: number, language: 'en' | 'nl'): PastContact => ({ ref: 'later', at: ref + 1, channel: 'email', issue: emptyIssue(language), isComplaint: true });
  it.each(CHANNELS.flatMap((ch) => REFS.map((ref) => [ch, ref] as const)))('none says what only later contacts say, on %s at %s', (ch, ref) => {
    expect(readHistory(emptyIssue('en'), ch, [], ref)).toStrictEqual(readHistory(emptyIssue('en'), ch, [later(ref, 'en')], ref));
    expect(readHistory(emptyIssue('nl'), ch, [], ref)).toStrictEqual(readHistory(emptyIssue('nl'), ch, [later(ref, 'nl')], ref));
  });

  it('is built fresh per call: one result never shares an object with another', () => {
    const a = readHistory(emptyIssue('en'), 'email', [], undefined);
    const b = readHistory(emptyIssue('en'), 'email', [], undefined);
    expect(a.contact).not.toBe(b.contact);
    expect(a.profile).not.toBe(b.profile);
    expect(a.repeats).not.toBe(b.repeats);
  });
});
