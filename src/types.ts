/**
 * The public data shapes of complaint-signal, as promised in CONTRACT.md.
 * The zod schemas in `schema.ts` validate the same shapes at run time.
 * @packageDocumentation
 */

/** Where a message came in. */
export type Channel = 'email' | 'chat' | 'phone' | 'social' | 'form' | 'review' | 'other';

/** A language the library analyses. */
export type Language = 'nl' | 'en';

/** A point in time: ISO 8601 string, epoch milliseconds, or a Date. */
export type TimeInput = string | number | Date;

/** One customer message. Only `text` is required. */
export interface Message {
  /** The message as the customer wrote it; may be long (e-mails with quoted history). */
  text: string;
  /** Echoed in the result. */
  id?: string;
  customerId?: string;
  /** Default `'other'`. */
  channel?: Channel;
  /** When the message was sent. */
  at?: TimeInput;
  /** A hint: skips language detection. */
  language?: Language;
  /** Reach of the author on social channels. */
  followers?: number;
}

/** Options for {@link analyze}. */
export interface AnalyzeOptions {
  /** Earlier contacts of the same customer, any order. */
  history?: Message[];
  /** Reference time for contact windows; else the message's `at`, else the latest `at` in history. */
  now?: TimeInput;
  /** How the suggested reply is written. */
  reply?: { formality?: 'formal' | 'informal'; agentName?: string; companyName?: string };
}

/** The ladder a dissatisfied customer climbs, lowest first. */
export type Level = 'none' | 'signal' | 'feedback' | 'complaint' | 'escalation' | 'dispute';

/** A stretch of the original input: `text === input.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Evidence: something that fired, where, of what kind, and how much it weighed. */
export interface Cue extends Span {
  kind: string;
  weight: number;
}

/** How urgently a team should pick the message up. */
export type Priority = 'low' | 'normal' | 'high' | 'urgent';

/** The suggested empathy-first reply. */
export interface Reply {
  language: Language;
  /** The filled reply. */
  text: string;
  /** The reply with `{slot}` placeholders. */
  template: string;
  /** The values of the placeholders. */
  slots: Record<string, string>;
  /** The parts used, in order (`acknowledge`, `commit`, `restate`, `ask`, ...). */
  steps: string[];
}

/** Everything the library says about one message. */
export interface Analysis {
  id?: string;
  language: Language | 'und';
  /** 0..1 */
  languageConfidence: number;
  level: Level;
  /** `level` is complaint, escalation or dispute. */
  isComplaint: boolean;
  /** 0..1, confidence in `level`. */
  confidence: number;
  /** 0..1, overall strength of dissatisfaction. */
  score: number;
  /** valence -1..1, anger 0..1, intensity 0..1. */
  tone: { valence: number; anger: number; intensity: number };
  /** `repeats`: ids (or `#index`) of history messages on the same issue. */
  repetition: { score: number; cues: Cue[]; repeats: string[] };
  contact: { score: number; last24h: number; last7d: number; last30d: number; sameIssue: number };
  profile: { contacts: number; complaints: number; complaintRate: number; perpetual: boolean };
  priority: Priority;
  facts: Span[];
  frustration: Span[];
  /** Every cue that fired, in text order. */
  cues: Cue[];
  reply: Reply;
}

/** One turn of a conversation thread. */
export interface Turn extends Message {
  role: 'customer' | 'agent';
}
