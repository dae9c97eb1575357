/**
 * complaint-signal: reads Dutch and English customer messages and tells a support team how unhappy
 * the customer is, why, and how to answer.
 *
 * The core is pure: no file system, network, clock or environment reads, and no console output.
 * @module complaint-signal
 */
import * as z from 'zod';
import { analyze as analyzeOne, readMessage } from './analyze.js';
import { analyzeThread, type ConversationAnalysis } from './conversation/thread.js';
import { findTrends, type Trend, type TrendItem } from './conversation/trends.js';
import { InvalidInputError } from './errors.js';
import { compile, type Compiled } from './lexicon/compile.js';
import { defaultLexicons } from './lexicon/defaults.js';
import { TurnSchema } from './schema.js';
import { contentTopics } from './text/stem.js';
import { toMillis } from './time.js';
import type { AnalyzeOptions, Message, Turn } from './types.js';
import { validateMessage, validateOptions } from './validate.js';

export { analyze, createAnalyzer } from './analyze.js';
export type { Analyzer, AnalyzerConfig } from './analyze.js';
export { ComplaintSignalError, InvalidInputError } from './errors.js';
export type { ErrorCode, InputIssue } from './errors.js';
export { AnalysisSchema, AnalyzeOptionsSchema, MessageSchema, TurnSchema, MAX_TEXT_LENGTH } from './schema.js';
export type {
  Analysis, AnalyzeOptions, Channel, Cue, Language, Level, Message, Priority, Reply, Span, TimeInput, Turn,
} from './types.js';
export {
  clauseFeatures, decideLevel, detectLanguage, findCues, normalize, scoreHistory, scoreTone, similarity, splitFacts, splitSentences,
  suggestReply, tokenize,
} from './stages.js';
export type { ClauseFeatures } from './stages.js';
export { trainClauseModel } from './train.js';
export type { LabelledMessage, TrainClauseOptions } from './train.js';
export type { ClauseModelFile } from './complaint/clause-model.js';
export type { ClauseLabel } from './complaint/split.js';
export type { Token, TokenKind } from './text/tokenize.js';
export type { Normalized, Segment } from './text/normalize.js';
export type { LevelDecision, LevelEvidence } from './complaint/level.js';
export { LEVELS } from './complaint/level.js';
export type { HistorySignals } from './signals/history.js';
export type { ConversationAnalysis } from './conversation/thread.js';
export type { Trend } from './conversation/trends.js';
export type { LexiconOverrides, LanguageOverrides } from './lexicon/merge.js';

/**
 * Analyses one thread of customer and agent turns: an analysis per customer turn (earlier customer
 * turns are its history), the highest level reached, the peak of frustration, the end, the
 * trajectory, and whether it ended well.
 *
 * @throws {InvalidInputError} when `turns` is not an array of turns or `options` is malformed.
 */
export function analyzeConversation(turns: Turn[], options?: AnalyzeOptions): ConversationAnalysis {
  if (!Array.isArray(turns)) {
    throw new InvalidInputError('invalid_input', `Invalid turns: expected an array of turns, found ${turns === null ? 'null' : typeof turns}`);
  }
  turns.forEach((t, i) => {
    const r = TurnSchema.safeParse(t);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      throw new InvalidInputError(
        'invalid_input',
        `Invalid turns[${i}].${issue.path.join('.')}: ${issue.message}`,
        r.error.issues.map((q) => ({ code: q.code, path: [i, ...q.path], message: q.message })),
      );
    }
  });
  return analyzeThread(turns, validateOptions(options), analyzeOne);
}

const TrendOptionsSchema = z.object({
  windowHours: z.number().positive().finite().optional(),
  minCustomers: z.number().int().min(1).optional(),
});

let compiled: Compiled | undefined;

/**
 * Finds the same issue reported by several customers within a time window (default 24 hours,
 * at least 3 customers), most customers first. Messages without a readable `at` are left out;
 * a message without `customerId` counts as its own customer.
 *
 * @throws {InvalidInputError} when `messages` is not an array of messages or options are malformed.
 */
export function detectTrends(
  messages: Message[],
  options?: { windowHours?: number; minCustomers?: number },
): Trend[] {
  if (!Array.isArray(messages)) {
    throw new InvalidInputError('invalid_input', `Invalid messages: expected an array of messages, found ${messages === null ? 'null' : typeof messages}`);
  }
  const parsed = TrendOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InvalidInputError('invalid_options', `Invalid options.${issue.path.join('.')}: ${issue.message}`, []);
  }
  const c = (compiled ??= compile(defaultLexicons));
  const items: TrendItem[] = [];
  messages.forEach((raw, i) => {
    const m = validateMessage(raw, `messages[${i}]`);
    const at = toMillis(m.at);
    if (at === undefined) return;
    const r = readMessage(c, m);
    items.push({ id: m.id ?? `#${i}`, customer: m.customerId ?? `#${i}`, at, topics: contentTopics(r.tokens, r.lang, r.pack.topicIgnore) });
  });
  return findTrends(items, parsed.data.windowHours ?? 24, parsed.data.minCustomers ?? 3);
}
