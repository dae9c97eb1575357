/**
 * `analyze()`: one message through the stages, in order. Each stage is a pure function in its own
 * file; this one only composes them.
 */
import { decideLevel } from './complaint/level.js';
import { decidePriority } from './complaint/priority.js';
import { splitClauses, type Split } from './complaint/split.js';
import { compile, type Compiled, type CompiledLanguage, type Lexicons } from './lexicon/compile.js';
import { defaultLexicons } from './lexicon/defaults.js';
import { mergeLexicons, type LexiconOverrides } from './lexicon/merge.js';
import { buildReply } from './reply/reply.js';
import { findMessageCues, type CueSet } from './signals/cues.js';
import { starRating } from './signals/rating.js';
import { historyCues, readHistory, type PastContact } from './signals/history.js';
import { createIssueMemo, emptyIssue, readIssue, splitCompounds, type IssueMemo, type IssueText } from './signals/issue.js';
import { scoreTone, type Tone } from './signals/tone.js';
import { detectLanguage, type LanguageGuess } from './text/language.js';
import { normalize } from './text/normalize.js';
import { clauses as splitClausesOf, sentences, type Clause, type TokenRange } from './text/sentences.js';
import { tokenize, type Token } from './text/tokenize.js';
import { lookupWords, type WordEntry } from './lexicon/words.js';
import { regradeDegreeJudgements } from './lexicon/degree.js';
import { toMillis } from './time.js';
import { sortStable } from './sort.js';
import type { Analysis, AnalyzeOptions, Cue, Language, Message } from './types.js';
import { validateMessage, validateOptions } from './validate.js';
import type { LevelDecision } from './complaint/level.js';

/** Configuration of {@link createAnalyzer}. */
export interface AnalyzerConfig {
  /** Extra or replacement lexicon entries, merged over the bundled ones into a fresh object. */
  lexicons?: LexiconOverrides;
}

/** An analyzer with its own (possibly custom) lexicons. */
export interface Analyzer {
  /** Analyses one message. */
  analyze(message: Message, options?: AnalyzeOptions): Analysis;
  /** Analyses many messages with the same options; each is independent. */
  analyzeMany(messages: readonly Message[], options?: AnalyzeOptions): Analysis[];
}

/** Everything the single-message stages produce, before history is read. */
export interface MessageReading {
  guess: LanguageGuess;
  lang: Language;
  pack: CompiledLanguage;
  tokens: Token[];
  /** Word-table entry of each token. */
  words: Array<WordEntry | undefined>;
  sents: TokenRange[];
  clauses: Clause[];
  cueSet: CueSet;
  tone: Tone;
  split: Split;
}

/**
 * Runs the single-message stages: normalize, language, tokens, cues, tone, split. `withSettled`
 * has the split say which clauses its rules settle (`Split.settled`) even without a clause model.
 */
export function readMessage(c: Compiled, message: Message, withSettled = false): MessageReading {
  const { text } = message;
  const norm = normalize(text, c.markers);
  const tokens = tokenize(text, norm.segments);
  const words = lookupWords(tokens, c.words);
  const guess = detectLanguage(text, tokens, words, c.languages, message.language);
  const lang: Language = guess.language === 'und' ? 'en' : guess.language;
  const pack = lang === 'nl' ? c.nl : c.en;
  // after the language vote, which reads the words as written
  regradeDegreeJudgements(tokens, words, lang, c.degreeStandIn[lang]);
  const rules = guess.language === 'und' ? c.both.split : pack.split;
  const sents = sentences(tokens, rules);
  // an undetermined language splits on the conjunctions of both (`rules`), looked up by string
  const clauses = splitClausesOf(tokens, sents, rules, words, guess.language === 'und' ? undefined : lang);
  const cueSet = findMessageCues(
    { text, tokens, words, sents, language: lang },
    { cues: pack.cues, vocab: c.words, negators: pack.tone.negators, irony: c.irony, superlative: pack.tone.superlative },
  );
  const tone = scoreTone(text, tokens, words, lang, sents, clauses, pack.tone, c.emoji, cueSet.problemSentences, c.irony);
  const split = splitClauses(text, tokens, clauses, tone.clauses, tone.cues, cueSet.cues, pack.splitWords, words, lang, pack.clauseModel, withSettled);
  return { guess, lang, pack, tokens, words, sents, clauses, cueSet, tone, split };
}

/** A question cue at this weight, or a question mark, makes the message a question. */
const QUESTION_CUE = 0.35;

function levelOf(text: string, r: MessageReading, sameIssue: number, sameIssueComplaints: number): LevelDecision {
  let worstClause = 0;
  for (const c of r.tone.clauses) if (c.valence < worstClause) worstClause = c.valence;
  return decideLevel({
    cues: r.cueSet.strength,
    askedDemand: r.cueSet.askedDemand,
    tone: r.tone,
    // (mild frustration, a shrug or a let-down hope, does not raise the level)
    frustrationClauses: r.split.frustration.length - r.split.mildFrustration,
    sameIssue,
    sameIssueComplaints,
    question: (r.cueSet.strength.get('question') ?? 0) >= QUESTION_CUE || hasQuestionMark(text, r.tokens),
    worstClause,
    addressedNegative: r.split.addressedNegative,
    imperative: r.split.imperative,
    rating: starRating(r.tokens),
  });
}

/** Whether a punctuation token holds a question mark. */
function hasQuestionMark(text: string, tokens: readonly Token[]): boolean {
  // tokens are slices of the text: without a "?" in it (most messages) no token is looked at
  if (!text.includes('?')) return false;
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.kind === 'punct' && tokens[i]!.text.includes('?')) return true;
  return false;
}

function byStart(a: Cue, b: Cue): number {
  return a.start - b.start || a.end - b.end;
}

/** The issue keys of a read message ({@link readIssue}); `memo` is shared by all messages of one call. */
export function issueOf(c: Compiled, r: MessageReading, memo: IssueMemo): IssueText {
  return readIssue(r.tokens, r.lang, r.pack.issue, c.contactStems, r.pack.topicIgnore, memo);
}

/**
 * Reads earlier contacts: each is analysed on its own (no history of its own). Dutch compounds are
 * split later, over the whole call ({@link splitCompounds}).
 */
export function pastContacts(c: Compiled, history: readonly Message[], memo: IssueMemo = createIssueMemo()): PastContact[] {
  return history.map((m, i) => {
    const r = readMessage(c, m);
    const d = levelOf(m.text, r, 0, 0);
    return {
      ref: m.id ?? `#${i}`,
      at: toMillis(m.at),
      channel: m.channel ?? 'other',
      issue: issueOf(c, r, memo),
      isComplaint: d.level === 'complaint' || d.level === 'escalation' || d.level === 'dispute',
    };
  });
}

/** The history signals of a read message: its issue keys against those of the earlier contacts. */
export function historyOf(c: Compiled, r: MessageReading, message: Message, options: AnalyzeOptions): ReturnType<typeof readHistory> {
  const history = options.history ?? [];
  // without history (most calls) there is no memo to make and no earlier contact to read
  if (history.length === 0) return readHistory(emptyIssue(r.lang), message.channel ?? 'other', [], referenceTime(message, options));
  // one memo per call: a customer's history repeats the same words
  const memo = createIssueMemo(c.stems);
  const past = pastContacts(c, history, memo);
  const own = issueOf(c, r, memo);
  splitCompounds([own, ...past.map((p) => p.issue)], c.nl.issue, c.contactStems, memo);
  return readHistory(own, message.channel ?? 'other', past, referenceTime(message, options));
}

/** The reference time of a message: `options.now`, else its own time, else the latest of its history. */
export function referenceTime(message: Message, options: AnalyzeOptions): number | undefined {
  const now = toMillis(options.now) ?? toMillis(message.at);
  if (now !== undefined) return now;
  let latest: number | undefined;
  for (const h of options.history ?? []) {
    const t = toMillis(h.at);
    if (t !== undefined && (latest === undefined || t > latest)) latest = t;
  }
  return latest;
}

/** The analysis of an already validated message. */
export function analyzeValidated(c: Compiled, message: Message, options: AnalyzeOptions): Analysis {
  const { text } = message;
  const r = readMessage(c, message);
  const channel = message.channel ?? 'other';
  const h = historyOf(c, r, message, options);
  const decision = levelOf(text, r, h.repeats.length, h.repeatComplaints);
  const level = decision.level;

  const textRepeat = Math.max(r.cueSet.strength.get('repeat') ?? 0, 0.8 * (r.cueSet.strength.get('waiting') ?? 0));
  const repetitionScore = 1 - (1 - textRepeat) * (1 - h.historyRepetition);
  const repetitionCues: Cue[] = [];
  // a loop, not `filter`: no closure and no builtin call per message
  for (const q of r.cueSet.cues) if (q.kind === 'repeat' || q.kind === 'waiting') repetitionCues.push(q);
  const pri = decidePriority({
    level,
    channel,
    followers: message.followers,
    contact: h.contact,
    profile: h.profile,
    urgency: r.cueSet.strength.get('urgency') ?? 0,
  });
  const cues = sortStable(historyCues(h).concat(pri.cues, r.cueSet.cues, r.tone.cues), byStart);
  const reply = buildReply(
    text,
    {
      language: r.lang,
      level,
      channel,
      tokens: r.tokens,
      facts: r.split.facts,
      cues: r.cueSet.cues,
      anger: r.tone.anger,
      options: options.reply,
      seed: text,
      words: r.words,
    },
    r.pack.replies,
  );

  const language = r.guess.language;
  const languageConfidence = Math.round(r.guess.confidence * 1000) / 1000;
  const isComplaint = level === 'complaint' || level === 'escalation' || level === 'dispute';
  const { confidence, score } = decision;
  const tone = { valence: r.tone.valence, anger: r.tone.anger, intensity: r.tone.intensity };
  const repetition = { score: Math.round(repetitionScore * 1000) / 1000, cues: repetitionCues, repeats: h.repeats };
  const { contact, profile } = h;
  const priority = pri.priority;
  // the split is of a complaint's two parts: with no dissatisfaction there is nothing to split
  const facts = level === 'none' ? [] : r.split.facts;
  const frustration = level === 'none' ? [] : r.split.frustration;
  // built once, with the message's id as its first field when it has one (not built and then copied
  // with the id in front; an object spread would copy through the generic property-definition path)
  return message.id === undefined
    ? { language, languageConfidence, level, isComplaint, confidence, score, tone, repetition, contact, profile, priority, facts, frustration, cues, reply }
    : { id: message.id, language, languageConfidence, level, isComplaint, confidence, score, tone, repetition, contact, profile, priority, facts, frustration, cues, reply };
}

/** Creates an analyzer; custom lexicons are validated and merged over the bundled ones. */
export function createAnalyzer(config: AnalyzerConfig = {}): Analyzer {
  const lex: Lexicons = config.lexicons ? mergeLexicons(defaultLexicons, config.lexicons) : defaultLexicons;
  let compiled: Compiled | undefined;
  const get = (): Compiled => (compiled ??= compile(lex));
  const analyze = (message: Message, options?: AnalyzeOptions): Analysis =>
    analyzeValidated(get(), validateMessage(message), validateOptions(options));
  return {
    analyze,
    analyzeMany: (messages, options) => {
      if (!Array.isArray(messages)) return [analyze(messages as unknown as Message, options)];
      const opts = validateOptions(options);
      const c = get();
      return messages.map((m, i) => analyzeValidated(c, validateMessage(m, `messages[${i}]`), opts));
    },
  };
}

let shared: Analyzer | undefined;

/**
 * Analyses one customer message: language, tone, repetition, contact pressure, profile, the facts
 * and the frustration, the level on the ladder, the priority, and a suggested empathy-first reply.
 * Pure and deterministic: the same input and options always give the same output.
 *
 * @throws {InvalidInputError} when `message` or `options` do not have the documented shape.
 */
export function analyze(message: Message, options?: AnalyzeOptions): Analysis {
  shared ??= createAnalyzer();
  return shared.analyze(message, options);
}
