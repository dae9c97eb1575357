/**
 * A stand-in for the library's `analyze` in CLI tests, so they test the CLI and not the core's
 * accuracy. Level by keyword: "lawyer" dispute, "manager" escalation, "refund" complaint,
 * "bad" feedback, "again" signal, else none. Text "THROW" fails like a rejected message.
 * The facts are the words "order N", the frustration is "!!!"; every call is recorded.
 */
import { InvalidInputError } from '../../src/errors.js';
import type { Analysis, AnalyzeOptions, Level, Message, Span } from '../../src/index.js';

export interface StubCall {
  message: Message;
  options: AnalyzeOptions | undefined;
}

function spansOf(text: string, re: RegExp): Span[] {
  return [...text.matchAll(re)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

export function levelOf(text: string): Level {
  const t = text.toLowerCase();
  if (t.includes('lawyer')) return 'dispute';
  if (t.includes('manager')) return 'escalation';
  if (t.includes('refund')) return 'complaint';
  if (t.includes('bad')) return 'feedback';
  if (t.includes('again')) return 'signal';
  return 'none';
}

export function createStub(): { analyze: (m: Message, o?: AnalyzeOptions) => Analysis; calls: StubCall[] } {
  const calls: StubCall[] = [];
  const analyze = (message: Message, options?: AnalyzeOptions): Analysis => {
    calls.push({ message, options });
    if (message.text === 'THROW') throw new InvalidInputError('invalid_input', 'Invalid message.text: stub says no');
    if (message.id !== undefined && typeof message.id !== 'string') {
      throw new InvalidInputError('invalid_input', `Invalid message.id: expected string, found ${typeof message.id}`);
    }
    const level = levelOf(message.text);
    const severe = ['complaint', 'escalation', 'dispute'].includes(level);
    const cues = spansOf(message.text, /refund|manager|lawyer/giu).map((s) => ({ ...s, kind: 'demand', weight: 0.7 }));
    const out: Analysis = {
      language: message.language ?? (/\b(ik|niet|geen)\b/iu.test(message.text) ? 'nl' : 'en'),
      languageConfidence: 0.9,
      level,
      isComplaint: severe,
      confidence: 0.8,
      score: severe ? 0.7 : 0.1,
      tone: { valence: severe ? -0.6 : 0.2, anger: severe ? 0.6 : 0, intensity: 0.5 },
      repetition: { score: 0, cues: [], repeats: (options?.history ?? []).map((h, i) => h.id ?? `#${i}`) },
      contact: { score: 0, last24h: 0, last7d: 0, last30d: options?.history?.length ?? 0, sameIssue: 0 },
      profile: { contacts: options?.history?.length ?? 0, complaints: 0, complaintRate: 0, perpetual: false },
      priority: severe ? 'high' : 'normal',
      facts: spansOf(message.text, /order \d+/giu),
      frustration: spansOf(message.text, /!!!/gu),
      cues,
      reply: {
        language: 'en',
        text: `Sorry about that${options?.reply?.agentName ? `, ${options.reply.agentName} here` : ''}. We will look into it.`,
        template: 'Sorry about that. We will look into it.',
        slots: {},
        steps: ['acknowledge', 'commit'],
      },
    };
    return message.id === undefined ? out : { id: message.id, ...out };
  };
  return { analyze, calls };
}
