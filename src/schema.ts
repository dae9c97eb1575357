/**
 * zod schemas of the public shapes. Used at the public boundary only (validating what callers
 * pass in), never inside the per-token loops.
 */
import * as z from 'zod';
import { toMillis } from './time.js';
import type { Analysis, AnalyzeOptions, Message, Turn } from './types.js';

/** The longest `text` accepted. A megabyte of text is fine; ten is a whole mailbox, not a message. */
export const MAX_TEXT_LENGTH = 10_000_000;

const channel = z.enum(['email', 'chat', 'phone', 'social', 'form', 'review', 'other']);
const TIME_EXPECTED = 'expected an ISO 8601 string, epoch milliseconds or a valid Date';
const time = z.union([z.string(), z.number().finite(), z.date()], { error: TIME_EXPECTED });
/**
 * `now` is the caller's own reference time, so a string that cannot be read as a time is a
 * mistake to report; an unreadable `at` on a message or in history (data from a CRM) is only
 * left out of the contact windows.
 */
const referenceTime = time.refine((t) => toMillis(t) !== undefined, { error: `${TIME_EXPECTED}, not text that cannot be read as a time` });
const language = z.enum(['nl', 'en']);

/** Schema of {@link Message}. Unknown fields are stripped, so labelled corpus lines pass. */
export const MessageSchema = z.object({
  text: z.string(),
  id: z.string().optional(),
  customerId: z.string().optional(),
  channel: channel.optional(),
  at: time.optional(),
  language: language.optional(),
  followers: z.number().finite().nonnegative().optional(),
}) satisfies z.ZodType<Message>;

/** Schema of {@link AnalyzeOptions}. */
export const AnalyzeOptionsSchema = z.object({
  history: z.array(MessageSchema).optional(),
  now: referenceTime.optional(),
  reply: z
    .object({
      formality: z.enum(['formal', 'informal']).optional(),
      agentName: z.string().optional(),
      companyName: z.string().optional(),
    })
    .optional(),
}) satisfies z.ZodType<AnalyzeOptions>;

/** Schema of a conversation {@link Turn}. */
export const TurnSchema = MessageSchema.extend({ role: z.enum(['customer', 'agent']) }) satisfies z.ZodType<Turn>;

const unit = z.number().min(0).max(1);
const span = z.object({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const cue = span.extend({ kind: z.string(), weight: z.number().finite() });
const level = z.enum(['none', 'signal', 'feedback', 'complaint', 'escalation', 'dispute']);

/** Schema of {@link Analysis}: what `analyze()` returns. */
export const AnalysisSchema = z.object({
  id: z.string().optional(),
  language: z.enum(['nl', 'en', 'und']),
  languageConfidence: unit,
  level,
  isComplaint: z.boolean(),
  confidence: unit,
  score: unit,
  tone: z.object({ valence: z.number().min(-1).max(1), anger: unit, intensity: unit }),
  repetition: z.object({ score: unit, cues: z.array(cue), repeats: z.array(z.string()) }),
  contact: z.object({
    score: unit,
    last24h: z.number().int().nonnegative(),
    last7d: z.number().int().nonnegative(),
    last30d: z.number().int().nonnegative(),
    sameIssue: z.number().int().nonnegative(),
  }),
  profile: z.object({
    contacts: z.number().int().nonnegative(),
    complaints: z.number().int().nonnegative(),
    complaintRate: unit,
    perpetual: z.boolean(),
  }),
  priority: z.enum(['low', 'normal', 'high', 'urgent']),
  facts: z.array(span),
  frustration: z.array(span),
  cues: z.array(cue),
  reply: z.object({
    language,
    text: z.string(),
    template: z.string(),
    slots: z.record(z.string(), z.string()),
    steps: z.array(z.string()),
  }),
}) satisfies z.ZodType<Analysis>;
