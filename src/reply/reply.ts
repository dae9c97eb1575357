/**
 * The suggested reply, empathy first: acknowledge the frustration in concrete terms (mirroring the
 * wait, the repeated contacts, the urgency), commit to act, restate the facts, then a next step.
 * Templates are data (`lexicons/<lang>/replies.json`); slots are filled only from what the
 * message says (never invented), HTML-escaped, and never from a clause with swearing in it.
 */
import { fnv1a } from '../hash.js';
import { REPLY_SLOTS, type RepliesFile } from '../lexicon/replies-schema.js';
import type { Token } from '../text/tokenize.js';
import type { WordEntry } from '../lexicon/words.js';
import type { AnalyzeOptions, Channel, Cue, Language, Level, Reply, Span } from '../types.js';

/** A template with its slot names, parsed once. */
export interface Template {
  text: string;
  slots: readonly string[];
  /** The position of each of `slots` in `REPLY_SLOTS`: values are kept in an array, not looked up by name. */
  slotIds: readonly number[];
  /** The text cut at its slots: literal text at even indices, slot names at odd ones. */
  pieces: readonly string[];
}

/** The variants of one template key, per register. */
export interface Part {
  formal: readonly Template[];
  informal: readonly Template[];
}

/** One step of a reply plan: the template keys to try, most specific first, resolved to their parts. */
export interface PlanStep {
  step: string;
  parts: readonly Part[];
}

/** Reply templates compiled for use: slot names parsed once per template, plans resolved per case. */
export interface CompiledReplies {
  parts: ReadonlyMap<string, Part>;
  plans: RepliesFile['plans'];
  socialPlans: RepliesFile['socialPlans'];
  /** The resolved plan of each case, at {@link planIndex}. */
  resolved: ReadonlyArray<readonly PlanStep[]>;
}

const SLOT = /\{(\w+)\}/g;
const LEVELS: readonly Level[] = ['none', 'signal', 'feedback', 'complaint', 'escalation', 'dispute'];
const CHANNELS: readonly Channel[] = ['email', 'chat', 'phone', 'social', 'form', 'review', 'other'];

/** What, besides level and channel, changes which templates a reply tries. */
interface PlanCase {
  level: Level;
  channel: Channel;
  /** An urgency cue of weight 0.5 or more. */
  urgent: boolean;
  /** Anger at or above ACK_ANGER. */
  angry: boolean;
}

/** Where the plan of a case is in {@link CompiledReplies.resolved}: a number, so finding it hashes no string. */
function planIndex(c: PlanCase): number {
  return ((LEVELS.indexOf(c.level) * CHANNELS.length + CHANNELS.indexOf(c.channel)) * 2 + (c.urgent ? 1 : 0)) * 2 + (c.angry ? 1 : 0);
}

/** The template keys a step tries, most specific first. */
function keysFor(step: string, { level, channel, urgent, angry }: PlanCase): string[] {
  const complaintOrMore = level === 'complaint' || level === 'escalation';
  switch (step) {
    case 'greeting':
      return ['greeting.name', 'greeting'];
    case 'acknowledge':
      // a dispute mirrors the wait or the contacts neutrally ("you say"), admitting nothing
      if (level === 'dispute') return ['acknowledge.dispute-repeat', 'acknowledge.dispute-wait', 'acknowledge.dispute', 'acknowledge'];
      if (level === 'feedback') return ['acknowledge.feedback', 'acknowledge'];
      if (level === 'none') return ['thank'];
      // a signal is a warm check-in: the wait is mirrored, without the anger of a complaint
      if (level === 'signal') return ['acknowledge.signal-repeat', 'acknowledge.signal-wait', 'acknowledge.signal'];
      return [
        ...(complaintOrMore ? ['acknowledge.wait', 'acknowledge.repeat'] : []),
        ...(urgent ? ['acknowledge.urgent'] : []),
        ...(angry ? ['acknowledge.anger'] : []),
        'acknowledge.problem',
        'acknowledge',
      ];
    case 'commit':
      // an escalation names who takes it on: the agent when named (the `-named` variants need
      // {agentName}, so they are skipped without one), else "I"
      return level === 'escalation' ? ['commit.escalation-named', 'commit.escalation', 'commit'] : [`commit.${level}`, 'commit'];
    case 'restate':
      // social is public and short: one quote at most
      if (channel === 'social') return ['restate', 'restate.need'];
      return complaintOrMore || level === 'dispute' ? ['restate.both', 'restate.need', 'restate'] : ['restate'];
    case 'private':
      return [`private.${level}`, 'private'];
    case 'ask':
      // chat asks for what can be looked up while the customer is still there, not for a call back
      return level === 'none' ? ['ask.none', 'ask'] : [`ask.${channel}`, 'ask'];
    case 'closing':
      return ['closing.signed', 'closing.agent', 'closing.company', 'closing'];
    default:
      return [step];
  }
}

/** Parses the templates of a replies file and resolves the plan of every case once. */
export function compileReplies(file: RepliesFile): CompiledReplies {
  const parse = (text: string): Template => {
    const pieces: string[] = [];
    let from = 0;
    for (const m of text.matchAll(SLOT)) {
      pieces.push(text.slice(from, m.index), m[1]!);
      from = m.index + m[0].length;
    }
    pieces.push(text.slice(from));
    const slots = pieces.filter((_, i) => i % 2 === 1);
    return { text, slots, slotIds: slots.map((n) => (REPLY_SLOTS as readonly string[]).indexOf(n)), pieces };
  };
  const parts = new Map<string, Part>();
  for (const [key, part] of Object.entries(file.parts)) parts.set(key, { formal: part.formal.map(parse), informal: part.informal.map(parse) });
  const resolved: PlanStep[][] = [];
  for (const level of LEVELS) {
    for (const channel of CHANNELS) {
      for (const urgent of [false, true]) {
        for (const angry of [false, true]) {
          const c: PlanCase = { level, channel, urgent, angry };
          const plan = (channel === 'social' ? file.socialPlans : file.plans)[level].filter(
            (s) => !(SPOKEN.has(channel) && (s === 'greeting' || s === 'closing')),
          );
          resolved[planIndex(c)] = plan.map((step) => ({ step, parts: keysFor(step, c).flatMap((k) => parts.get(k) ?? []) }));
        }
      }
    }
  }
  return { parts, plans: file.plans, socialPlans: file.socialPlans, resolved };
}

/** What the reply is built from. */
export interface ReplyInput {
  language: Language;
  level: Level;
  channel: Channel;
  tokens: readonly Token[];
  facts: readonly Span[];
  cues: readonly Cue[];
  anger: number;
  options?: AnalyzeOptions['reply'];
  /** Seed for choosing among variants: the same message always gets the same reply. */
  seed: string;
  /** Word-table entry of each token, parallel to `tokens`: says which words are numbers ("drie", "third"). */
  words: ReadonlyArray<WordEntry | undefined>;
}

/** Anger at or above this is acknowledged as anger. */
const ACK_ANGER = 0.35;
/** A fact longer than this is shortened at a word boundary before it is quoted. */
const MAX_QUOTE = 140;
/** On social channels the reply is public and short: a quote is kept to about half a tweet. */
const MAX_QUOTE_SOCIAL = 90;
/** A fallback fact (one with no problem cue) is quoted only when it has at least this many words: a subject line ("suggestie reisplanner") says too little. */
const MIN_FALLBACK_WORDS = 4;
/** Closing marks a clause may have been cut just before (`'in sorteercentrum'`, `(deuk ...)`). */
const CLOSERS: Record<string, string> = { ')': '(', "'": "'", '"': '"', '’': '‘', '”': '“' };
/** Units of a wait. Years are left out: "12 jaar klant", "member 9 years" are a tenure, not a wait. */
const TIME_UNITS = new Set([
  'minuut', 'minuten', 'min', 'kwartier', 'uur', 'uren', 'dag', 'dagen', 'week', 'weken', 'maand', 'maanden',
  'minute', 'minutes', 'mins', 'hour', 'hours', 'hrs', 'day', 'days', 'weeks', 'month', 'months',
]);
const TIMES_WORDS = new Set(['keer', 'maal', 'x', 'times', 'time', 'keren']);
/** Ordinals, written out or in digits: "derde", "twintigste", "3e", "third", "umpteenth", "3rd". */
const ORDINAL = /^(?:\d+(?:e|de|ste|st|nd|rd|th)|eerste|\p{L}+(?:de|ste)|first|second|third|\p{L}+th)$/u;
const SPOKEN = new Set<Channel>(['chat', 'phone', 'social']);

const FACT_SLOT = REPLY_SLOTS.indexOf('fact');
const NEED_SLOT = REPLY_SLOTS.indexOf('need');

/** The seed of the variant choice reads at most this many characters: a megabyte costs no more than an e-mail. */
const SEED_CHARS = 2000;

const HTML_SPECIAL = /[&<>"']/;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  // a regular expression test, not a loop over s.charCodeAt: slot values come in several string
  // representations, and per-character property reads on them are megamorphic lookups
  if (!HTML_SPECIAL.test(s)) return s;
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** A joining word a clause may start with ("maar daarmee...", "but nobody..."): dropped from a quote. */
const LEADING_JOIN = /^(?:maar|en|dus|want|of|but|and|so|or)\s+(?=\S)/i;

/** White space other than a single ASCII space: where collapsing white space changes something. */
const ODD_SPACE = /[^\S ]| {2}/;

function shorten(s: string, max = MAX_QUOTE): string {
  // most quotes are one line of plain text: the regular expression only runs when it can change something
  const flat = (ODD_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s).trim().replace(LEADING_JOIN, '');
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > 40 ? cut : max)}…`;
}

/** Control characters (NUL, ESC, BEL, ...): never passed on into a reply an agent pastes into a mail or chat. */
const CONTROL = /\p{Cc}+/gu;

/** A control character or two spaces in a row: where cleaning a slot value changes something. */
const CONTROL_OR_RUN = /\p{Cc}| {2}/u;

/** A slot value without control characters; `undefined` when nothing printable is left. */
function printable(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const clean = (CONTROL_OR_RUN.test(s) ? s.replace(CONTROL, ' ').replace(/ {2,}/g, ' ') : s).trim();
  return clean === '' ? undefined : clean;
}

function count(s: string, c: string): number {
  let n = 0;
  for (const x of s) if (x === c) n++;
  return n;
}

/**
 * The words of a span as the customer wrote them, with the closing bracket or quote mark that
 * follows it in the text when the span opened one and was cut just before it: a quote is never left
 * with a dangling "(" or "'".
 */
function quoteOf(text: string, span: Span): string {
  let end = span.end;
  for (let k = 0; k < 2; k++) {
    const next = text[end];
    const open = next === undefined ? undefined : CLOSERS[next];
    if (open === undefined) break;
    const s = text.slice(span.start, end);
    const unbalanced = open === next ? count(s, next) % 2 === 1 : count(s, open) > count(s, next!);
    if (!unbalanced) break;
    end++;
  }
  return text.slice(span.start, end);
}

/**
 * A mirrored count or wait in the reply's own voice: "3 WEEKS" is echoed as "3 weeks", not shouted
 * back, and "Drie kwartier" from the start of a sentence goes mid-sentence as "drie kwartier". Such a
 * phrase holds only numbers, units and articles, never a name, so lower case is always right.
 */
function calm(s: string | undefined): string | undefined {
  return s?.toLowerCase();
}

/** Says whether token `i` is a number or a number word of the message's language. */
type IsNumber = (i: number) => boolean;

function numberTest(tokens: readonly Token[], words: ReadonlyArray<WordEntry | undefined>, language: Language): IsNumber {
  return (i) => {
    const t = tokens[i];
    if (t === undefined) return false;
    if (t.kind === 'number') return true;
    if (t.kind !== 'word') return false;
    const e = words[i];
    return e !== undefined && (language === 'nl' ? e.nl.number : e.en.number);
  };
}

/**
 * Words right before a span of time that make it no wait: a clock time ("om elf uur", "at 11"), a
 * deadline ("binnen 14 dagen", "within 30 days") or an age ("een baby van vier maanden").
 */
const NOT_WAIT_BEFORE = new Set(['om', 'rond', 'tegen', 'tot', 'binnen', 'van', 'at', 'around', 'by', 'until', 'till', 'within', 'in']);
/** Articles a count or a wait is quoted with ("een paar dagen", "a few times"). */
const ARTICLES = new Set(['een', 'a', 'an']);

/** From where a number phrase at `i` is quoted: its article too, when it has one. */
function phraseStart(tokens: readonly Token[], i: number): number {
  const prev = tokens[i - 1];
  return prev && prev.kind === 'word' && ARTICLES.has(prev.norm) ? i - 1 : i;
}

/**
 * Words next to a span of time that make it a wait the customer is in ("al drie weken", "for two
 * weeks", "3 weeks ago", "drie kwartier heb ik moeten wachten", "3 dagen geen internet"). Without one
 * of them (or a waiting cue on it) a span of time is more often a deadline ("binnen 14 dagen"), a
 * tenure ("12 jaar klant"), an age or a duration ("installatie duurde tien minuten"): mirroring
 * that as a wait would put words in the customer's mouth.
 */
const WAIT_BEFORE = new Set([
  'al', 'sinds', 'na', 'ruim', 'dan', 'wacht', 'wachten', 'gewacht', 'since', 'for', 'after', 'over', 'already', 'than', 'been',
  'waited', 'waiting', 'wait', 'queued',
]);
const WAIT_AFTER = new Set([
  'geleden', 'later', 'wachten', 'gewacht', 'wacht', 'geen', 'nog', 'zonder', 'verstreken', 'voorbij',
  'ago', 'waiting', 'waited', 'wait', 'no', 'still', 'without', 'passed', 'now', 'nu',
]);
/** How far either side of a span of time such a word may stand (in word tokens). */
const WAIT_REACH_BEFORE = 2;
const WAIT_REACH_AFTER = 4;

/**
 * Whether tokens `from`..`to` are a wait. `waiting` holds the waiting cues in text order and
 * `cursor` the first one that may still reach the span; spans are asked about in text order, so the
 * cursor only moves forward and a whole message stays linear.
 */
function credibleWait(tokens: readonly Token[], from: number, to: number, waiting: readonly Cue[], cursor: { i: number }): boolean {
  const prev = tokens[from - 1];
  if (prev && prev.kind === 'word' && NOT_WAIT_BEFORE.has(prev.norm)) return false;
  const a = tokens[from]!.start;
  const b = tokens[to]!.end;
  while (cursor.i < waiting.length && waiting[cursor.i]!.end < a) cursor.i++;
  const c = waiting[cursor.i];
  if (c && c.start <= b) return true;
  for (let k = from - 1, seen = 0; k >= 0 && seen < WAIT_REACH_BEFORE; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (WAIT_BEFORE.has(t.norm)) return true;
    seen++;
  }
  for (let k = to + 1, seen = 0; k < tokens.length && seen < WAIT_REACH_AFTER; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && /[.!?]/.test(t.text)) break;
    if (t.kind !== 'word') continue;
    if (WAIT_AFTER.has(t.norm)) return true;
    seen++;
  }
  return false;
}

/** The wait the customer mentions ("20 minuten", "three weeks"), as written. */
function findWait(text: string, tokens: readonly Token[], isNum: IsNumber, waiting: readonly Cue[]): string | undefined {
  const cursor = { i: 0 };
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (isNum(i) && tokens[i + 1]!.kind === 'word' && TIME_UNITS.has(tokens[i + 1]!.norm)) {
      if (!credibleWait(tokens, i, i + 1, waiting, cursor)) continue;
      return text.slice(tokens[phraseStart(tokens, i)]!.start, tokens[i + 1]!.end);
    }
    if (tokens[i]!.kind === 'number' && /\d(min|u|h|d)$/i.test(tokens[i]!.text) && credibleWait(tokens, i, i, waiting, cursor)) return tokens[i]!.text;
  }
  return undefined;
}

/** How often the customer says they got in touch ("3x", "drie keer", "for the third time"), as written. */
function findRepeat(text: string, tokens: readonly Token[], isNum: IsNumber): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'number' && /^\d+x$/i.test(t.text)) return t.text;
    const next = tokens[i + 1];
    if (isNum(i) && next && next.kind === 'word' && TIMES_WORDS.has(next.norm)) {
      let from = i;
      const a = tokens[i - 2];
      const b = tokens[i - 1];
      if (a && b && ((a.norm === 'voor' && b.norm === 'de') || (a.norm === 'for' && b.norm === 'the'))) from = i - 2;
      else from = phraseStart(tokens, i);
      const phrase = text.slice(tokens[from]!.start, next.end);
      // "second time" reads as a count only with its article: "for the second time"
      if (from === i && ORDINAL.test(t.norm)) {
        if (b && b.kind === 'word' && (b.norm === 'de' || b.norm === 'the')) return `${b.norm === 'de' ? 'voor' : 'for'} ${text.slice(b.start, next.end)}`;
        return `${/keer|maal|keren/.test(next.norm) ? 'voor de' : 'for the'} ${phrase}`;
      }
      return phrase;
    }
  }
  return undefined;
}

function within(c: Cue, s: Span): boolean {
  return c.start >= s.start && c.end <= s.end;
}

const FACT_KINDS = new Set(['problem', 'waiting', 'repeat']);
const NEED_KINDS = new Set(['demand']);

/** The spans that hold none of `cues`. Both lists are in text order: one walk, linear time. */
function withoutCues(spans: readonly Span[], cues: readonly Cue[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const s of spans) {
    while (j < cues.length && cues[j]!.end <= s.start) j++;
    let hit = false;
    for (let k = j; k < cues.length && cues[k]!.start < s.end; k++) if (within(cues[k]!, s)) hit = true;
    if (!hit) out.push(s);
  }
  return out;
}

/** The first span that holds a cue of one of `kinds` (both lists in text order). */
function firstHolding(spans: readonly Span[], cues: readonly Cue[], kinds: ReadonlySet<string>): Span | undefined {
  const relevant = cues.filter((c) => kinds.has(c.kind));
  let j = 0;
  for (const s of spans) {
    while (j < relevant.length && relevant[j]!.start < s.start) j++;
    if (j < relevant.length && within(relevant[j]!, s)) return s;
  }
  return undefined;
}

/** Builds the suggested reply. */
export function buildReply(text: string, input: ReplyInput, replies: CompiledReplies): Reply {
  const { level, channel, cues } = input;
  const formality = level === 'dispute' ? 'formal' : input.options?.formality ?? (channel === 'chat' || channel === 'social' ? 'informal' : 'formal');
  // slot values are worked out only when a template asks for them
  const slots: Record<string, string> = {};
  // per slot (by its place in REPLY_SLOTS): null until worked out, then the value or undefined
  const vals: Array<string | undefined | null> = REPLY_SLOTS.map(() => null);
  const maxQuote = channel === 'social' ? MAX_QUOTE_SOCIAL : MAX_QUOTE;
  let facts: { fact?: Span; need?: Span } | undefined;
  const pickFacts = (): { fact?: Span; need?: Span } => {
    if (facts) return facts;
    const swearing = cues.filter((c) => c.kind === 'swearing');
    const cleanFacts = withoutCues(input.facts, swearing);
    const wordy = (f: Span): boolean => f.text.trim().split(/\s+/).length >= MIN_FALLBACK_WORDS;
    const fact = firstHolding(cleanFacts, cues, FACT_KINDS) ?? cleanFacts.find(wordy) ?? cleanFacts[0];
    const need = firstHolding(cleanFacts, cues, NEED_KINDS);
    return (facts = { fact, need: need !== fact ? need : undefined });
  };
  const compute = (id: number): string | undefined => {
    switch (REPLY_SLOTS[id]) {
      case 'wait':
        return calm(findWait(text, input.tokens, numberTest(input.tokens, input.words, input.language), cues.filter((c) => c.kind === 'waiting')));
      case 'repeat':
        return calm(findRepeat(text, input.tokens, numberTest(input.tokens, input.words, input.language)));
      case 'fact': {
        const f = pickFacts().fact;
        return f ? shorten(quoteOf(text, f), maxQuote) : undefined;
      }
      case 'need': {
        const n = pickFacts().need;
        return n ? shorten(quoteOf(text, n), maxQuote) : undefined;
      }
      case 'agentName':
        return input.options?.agentName?.trim() || undefined;
      case 'companyName':
        return input.options?.companyName?.trim() || undefined;
      default:
        return undefined;
    }
  };
  const value = (id: number): string | undefined => {
    if (id < 0) return undefined;
    let v = vals[id];
    if (v === null) vals[id] = v = printable(compute(id));
    return v;
  };
  const urgent = cues.some((c) => c.kind === 'urgency' && c.weight >= 0.5);

  const plan = replies.resolved[planIndex({ level, channel, urgent, angry: input.anger >= ACK_ANGER })] ?? [];
  const seed = fnv1a(input.seed, SEED_CHARS);
  const templates: Template[] = [];
  const steps: string[] = [];
  // the facts and needs quoted so far (two at most)
  const usedFacts: string[] = [];
  const usable = (cand: Template): boolean => {
    for (let i = 0; i < cand.slotIds.length; i++) {
      const id = cand.slotIds[i]!;
      const v = value(id);
      if (v === undefined) return false;
      // never quote the same fact twice: the acknowledgement may already have
      if ((id === FACT_SLOT || id === NEED_SLOT) && usedFacts.includes(v)) return false;
    }
    return true;
  };
  for (let n = 0; n < plan.length; n++) {
    const { step, parts } = plan[n]!;
    for (const part of parts) {
      // the variants are tried in a rotation that starts at a place fixed by the message
      const variants = part[formality];
      let tpl: Template | undefined;
      for (let k = 0; k < variants.length && !tpl; k++) {
        const cand = variants[(seed + n * 7 + k) % variants.length]!;
        if (usable(cand)) tpl = cand;
      }
      if (!tpl) continue;
      for (let i = 0; i < tpl.slotIds.length; i++) {
        const id = tpl.slotIds[i]!;
        const v = value(id)!;
        slots[tpl.slots[i]!] = escapeHtml(v);
        if (id === FACT_SLOT || id === NEED_SLOT) usedFacts.push(v);
      }
      templates.push(tpl);
      steps.push(step);
      break;
    }
  }
  // chat: one short turn per step; phone and social: one run of speech or one post; else paragraphs
  const sep = channel === 'chat' ? '\n' : SPOKEN.has(channel) ? ' ' : '\n\n';
  let template = '';
  let filled = '';
  for (let t = 0; t < templates.length; t++) {
    const { text: raw, pieces } = templates[t]!;
    if (t > 0) {
      template += sep;
      filled += sep;
    }
    template += raw;
    for (let i = 0; i < pieces.length; i++) filled += i % 2 === 0 ? pieces[i] : (slots[pieces[i]!] ?? '');
  }
  return { language: input.language, text: filled, template, slots, steps };
}
