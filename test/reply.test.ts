import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, suggestReply, type Analysis, type Channel, type Message } from '../src/index.js';
import { escapeHtml } from '../src/reply/reply.js';
import { REPLY_SLOTS } from '../src/lexicon/replies-schema.js';

type Line = Message & { level?: string };

function load(file: string): Line[] {
  return readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Line);
}

// every fixture with messages (the held-out files are checked for these invariants only, never tuned on)
const FILES = ['sample.jsonl', 'levels-nl.dev.jsonl', 'levels-en.dev.jsonl', 'levels-nl.heldout.jsonl', 'levels-en.heldout.jsonl', 'history-nl.jsonl', 'history-en.jsonl'];
const COMPLAINT_OR_MORE = new Set(['complaint', 'escalation', 'dispute']);

// without the gold level or language label: detection runs as it does for callers
const analysed = FILES.flatMap((f) =>
  load(f).map(({ level: _gold, language: _lang, ...m }) => ({ file: f, m, a: analyze(m) })),
);
const complaints = analysed.filter(({ a }) => COMPLAINT_OR_MORE.has(a.level));

const fill = (template: string, slots: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (_, k: string) => slots[k] ?? `{${k}}`);
/** A whole-word, case-insensitive test (a swear word inside "Hello" is no swear word). */
const hasWord = (text: string, word: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(text);
/** The facts the reply may quote: those that hold no swearing cue. */
const cleanFacts = (a: Analysis) => {
  const swearing = a.cues.filter((c) => c.kind === 'swearing');
  return a.facts.filter((f) => !swearing.some((c) => c.start >= f.start && c.end <= f.end));
};

describe('reply: every complaint, escalation and dispute of the dev corpora', () => {
  it('the corpora hold enough of them to mean something', () => {
    expect(complaints.length).toBeGreaterThan(150);
  });

  it.each(complaints.map(({ file, m, a }) => [`${file} ${m.id} (${a.level}, ${m.channel ?? 'other'})`, m, a] as const))('%s', (_name, m, a) => {
    const r = a.reply;
    if (a.language === 'nl' || a.language === 'en') expect(r.language).toBe(a.language);
    // steps: after an optional greeting, the acknowledgement comes first
    const steps = r.steps[0] === 'greeting' ? r.steps.slice(1) : r.steps;
    expect(steps[0]).toBe('acknowledge');
    // a fact is restated, or quoted in the acknowledgement
    if (cleanFacts(a).length > 0) expect(r.steps.includes('restate') || /\{(fact|need)\}/.test(r.template)).toBe(true);
    // every slot is filled, and the text is the template filled with the slots
    expect(r.text).not.toMatch(/\{\w+\}/);
    expect(fill(r.template, r.slots)).toBe(r.text);
    for (const k of Object.keys(r.slots)) expect(REPLY_SLOTS as readonly string[]).toContain(k);
    // swearing is never repeated
    for (const c of a.cues.filter((q) => q.kind === 'swearing')) expect(hasWord(r.text, c.text), c.text).toBe(false);
    // slot values are safe inside HTML
    for (const v of Object.values(r.slots)) expect(v).not.toMatch(/[<>"]/);
    // nothing blames the customer, nothing gives a date
    expect(r.text).not.toMatch(/your (own )?fault|uw (eigen )?schuld|je (eigen )?schuld|you should have/i);
    const templateOnly = r.template.replace(/\{\w+\}/g, '');
    expect(templateOnly).not.toMatch(/\d/);
    expect(m.text.length).toBeGreaterThan(0);
  });
});

describe('reply: by level', () => {
  const byLevel = (level: string) => analysed.filter(({ a }) => a.level === level).map(({ a }) => a);

  it('disputes are formal, name the complaints procedure and never apologise', () => {
    const disputes = byLevel('dispute');
    expect(disputes.length).toBeGreaterThan(5);
    for (const a of disputes) {
      // the template, not the text: a quoted fact may hold the customer's own "je"
      expect(a.reply.template, a.reply.template).not.toMatch(/sorry|excuse|spijt|apolog|\bje\b|\bjij\b/i);
      expect(a.reply.text.replace(/"[^"]*"/g, '')).not.toMatch(/sorry|excuse|spijt|apolog/i);
      expect(a.reply.text).toMatch(/klachtenprocedure|complaints procedure/i);
    }
  });

  it('escalations name who takes the case on and by when, relatively', () => {
    const esc = byLevel('escalation');
    expect(esc.length).toBeGreaterThan(5);
    for (const a of esc) {
      expect(a.reply.template).toMatch(/\b(ik|I)\b/i);
      expect(a.reply.text).toMatch(/uiterlijk morgen|morgen|volgende werkdag|next working day|tomorrow/i);
    }
    // in chat there is no closing to sign: the name comes from the commitment
    for (const text of ['Dit is al de derde keer dat ik bel. Ik wil nu een leidinggevende spreken!', 'This is the third time I have called. I want to speak to a manager now!']) {
      const named = analyze({ text, channel: 'chat' }, { reply: { agentName: 'Sanne' } });
      expect(named.level).toBe('escalation');
      expect(named.reply.text).toContain('Sanne');
      expect(named.reply.text).not.toMatch(/\d/);
    }
  });

  it('a signal gets a warm check-in, feedback a thank-you and what happens with it', () => {
    for (const a of byLevel('signal')) expect(a.reply.steps).toContain('acknowledge');
    for (const a of byLevel('feedback')) {
      expect(a.reply.text).toMatch(/dank|bedankt|fijn|thank|thanks|appreciate/i);
      expect(a.reply.steps).toContain('commit');
    }
  });

  it('mirrors the wait and the repeated contacts in the customer\'s words', () => {
    const wait = analyze({ text: 'Ik hang nu al 20 minuten in de wacht en mijn internet doet het nog steeds niet!', channel: 'email' });
    expect(wait.reply.text).toContain('20 minuten');
    const repeat = analyze({ text: 'I have called three times about my broken router and nobody fixes it. This is ridiculous.', channel: 'email' });
    expect(repeat.reply.text).toContain('three times');
  });

  it.each([
    // [message, the wait mirrored (or undefined), the count mirrored (or undefined)]
    ['Ik heb om elf uur een afspraak en mijn internet doet het al drie dagen niet! Dit is belachelijk.', 'drie dagen', undefined],
    ['Drie kwartier heb ik moeten wachten en mijn internet doet het nog steeds niet. Ik wil dat het vandaag wordt opgelost!', 'drie kwartier', undefined],
    ['Ik verwacht binnen 14 dagen mijn geld terug, anders stap ik naar de Geschillencommissie.', undefined, undefined],
    ['Ik ben al 12 jaar klant en nu doet mijn internet het niet. Ik wil een oplossing.', undefined, undefined],
    ['@SkyLinkAir lost my bag AGAIN, second time this year. Absolutely useless.', undefined, 'for the second time'],
    ['I was promised a refund 3 WEEKS AGO and nothing has arrived. Unacceptable.', '3 weeks', undefined],
  ])('mirrors only a real wait or count: %s', (text, wait, repeat) => {
    const a = analyze({ text, channel: 'email' });
    const ack = a.reply;
    // a complaint or more: its acknowledgement is the one that looks for a wait and a count
    expect(COMPLAINT_OR_MORE.has(a.level)).toBe(true);
    if (wait) expect(ack.slots.wait).toBe(wait);
    else expect(ack.slots.wait).toBeUndefined();
    if (repeat) expect(ack.slots.repeat).toBe(repeat);
    else expect(ack.slots.repeat).toBeUndefined();
  });
});

describe('reply: options and channels', () => {
  const nl = 'Mijn pakket is al twee weken niet geleverd en niemand reageert op mijn mails. Ik wil mijn geld terug.';
  const en = 'My parcel has not been delivered for two weeks and nobody answers my emails. I want my money back.';

  it.each(['email', 'chat', 'phone', 'form'] as Channel[])('formality switches u and je (%s)', (channel) => {
    const formal = analyze({ text: nl, channel }, { reply: { formality: 'formal' } }).reply.text;
    const informal = analyze({ text: nl, channel }, { reply: { formality: 'informal' } }).reply.text;
    expect(formal).toMatch(/ u |\buw\b/);
    expect(formal).not.toMatch(/\b(je|jij|jou|jouw)\b/i);
    expect(informal).toMatch(/\b(je|jij)\b/i);
    expect(informal).not.toMatch(/ u |\buw\b/);
  });

  it('the English registers differ', () => {
    const formal = analyze({ text: en, channel: 'email' }, { reply: { formality: 'formal' } }).reply.text;
    const warm = analyze({ text: en, channel: 'email' }, { reply: { formality: 'informal' } }).reply.text;
    expect(formal).not.toBe(warm);
  });

  it.each([
    [nl, 'email'], [nl, 'form'], [en, 'email'], [en, 'form'],
  ] as const)('agentName and companyName appear when given (%s, %s)', (text, channel) => {
    const r = analyze({ text, channel }, { reply: { agentName: 'Sanne de Vries', companyName: 'Acme & Zn' } }).reply;
    expect(r.text).toContain('Sanne de Vries');
    expect(r.text).toContain('Acme &amp; Zn');
    expect(r.slots.agentName).toBe('Sanne de Vries');
  });

  it.each([nl, en])('social replies are shorter than email replies and invite to a private channel: %s', (text) => {
    const social = analyze({ text, channel: 'social' }).reply.text;
    const email = analyze({ text, channel: 'email' }).reply.text;
    expect(social.length).toBeLessThan(email.length);
    expect(social).toMatch(/\bDM\b|privébericht|direct message|private message/i);
  });

  it('every social complaint of the corpora invites to a private channel', () => {
    const social = complaints.filter(({ m }) => m.channel === 'social');
    expect(social.length).toBeGreaterThan(10);
    for (const { a } of social) expect(a.reply.text).toMatch(/\bDM\b|privébericht|direct message|private message/i);
  });

  it('chat and phone replies have no greeting or closing; email has both', () => {
    for (const channel of ['chat', 'phone'] as Channel[]) {
      const r = analyze({ text: nl, channel }).reply;
      expect(r.steps).not.toContain('greeting');
      expect(r.steps).not.toContain('closing');
    }
    const r = analyze({ text: nl, channel: 'email' }).reply;
    expect(r.steps[0]).toBe('greeting');
    expect(r.steps.at(-1)).toBe('closing');
  });

  it('HTML in the message never reaches the reply raw', () => {
    for (const channel of ['email', 'chat', 'social', 'phone'] as Channel[]) {
      const r = suggestReply({ text: '<script>alert(1)</script> mijn pakket is al 3 weken niet geleverd', channel });
      expect(r.text).not.toMatch(/<script/i);
      expect(r.text).not.toContain('<');
    }
    const r = suggestReply({ text: 'Mijn pakket "<b>X</b>" is al 3 weken niet geleverd & niemand reageert!', channel: 'email' });
    expect(r.text).not.toContain('<b>');
    expect(escapeHtml('<a href="x">\'&')).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  });

  it('the same message always gets the same reply, and different messages read differently', () => {
    for (const { m, a } of complaints.slice(0, 20)) expect(analyze(m).reply).toEqual(a.reply);
    const openings = new Set(complaints.map(({ a }) => a.reply.template.replace(/^[^\n]*,\n\n/, '').slice(0, 30)));
    expect(openings.size).toBeGreaterThan(15);
  });
});

describe('reply: the template files', () => {
  const file = (lang: string) =>
    JSON.parse(readFileSync(new URL(`../lexicons/${lang}/replies.json`, import.meta.url), 'utf8')) as {
      parts: Record<string, { formal: string[]; informal: string[] }>;
    };

  it.each(['nl', 'en'])('%s: every acknowledge, commit, restate and ask part has at least three variants per register', (lang) => {
    for (const [key, part] of Object.entries(file(lang).parts)) {
      if (!/^(acknowledge|commit|restate|ask)(\.|$)/.test(key)) continue;
      expect(part.formal.length, `${key} formal`).toBeGreaterThanOrEqual(3);
      expect(part.informal.length, `${key} informal`).toBeGreaterThanOrEqual(3);
      expect(new Set(part.formal).size, `${key} formal distinct`).toBe(part.formal.length);
      expect(new Set(part.informal).size, `${key} informal distinct`).toBe(part.informal.length);
    }
  });

  it('Dutch formal parts never use je, informal parts never use u', () => {
    for (const [key, part] of Object.entries(file('nl').parts)) {
      for (const t of part.formal) expect(t, key).not.toMatch(/\b(je|jij|jou|jouw|jullie)\b/i);
      for (const t of part.informal) expect(t, key).not.toMatch(/(^|[^\p{L}])(u|uw)([^\p{L}]|$)/u);
    }
  });

  it.each(['nl', 'en'])('%s: no template invents a number or a date', (lang) => {
    for (const part of Object.values(file(lang).parts)) for (const t of [...part.formal, ...part.informal]) expect(t).not.toMatch(/\d/);
  });

  it('dispute parts never apologise or promise an outcome', () => {
    for (const lang of ['nl', 'en']) {
      for (const [key, part] of Object.entries(file(lang).parts)) {
        if (!key.endsWith('.dispute')) continue;
        for (const t of [...part.formal, ...part.informal]) expect(t).not.toMatch(/sorry|excuse|spijt|apolog|oplossen|resolve|fix|refund|terugbetal/i);
      }
    }
  });
});
