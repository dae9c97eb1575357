/**
 * The suggested reply, empathy first: acknowledge the frustration in concrete terms (mirroring the
 * wait, the repeated contacts, the urgency), commit to act, restate the facts, then a next step.
 * Templates are data (`lexicons/<lang>/replies.json`); slots are filled only from what the
 * message says (never invented), HTML-escaped, and never from a clause with swearing in it.
 */
import { fnv1a } from '../hash.js';
import { hasWords, HTML_TEXT, ODD_TEXT, scanQuote } from './scan.js';
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
  /** A multiple of every variant count ({@link seedModulus}), or 0: the variant seed is reduced by it first. */
  seedModulus: number;
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
  return planAt(c.level, c.channel, c.urgent, c.angry);
}

/** {@link planIndex} from the case's parts: per reply no case object is built. */
function planAt(level: Level, channel: Channel, urgent: boolean, angry: boolean): number {
  return ((LEVELS.indexOf(level) * CHANNELS.length + CHANNELS.indexOf(channel)) * 2 + (urgent ? 1 : 0)) * 2 + (angry ? 1 : 0);
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
  return { parts, plans: file.plans, socialPlans: file.socialPlans, resolved, seedModulus: seedModulus(parts) };
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

/**
 * Whether a quote starting with character code `c` may start with a word of LEADING_JOIN: one of its
 * words' first letters, in either case (without the u flag no other letter folds to them).
 */
function mayStartWithJoin(c: number): boolean {
  const lower = c | 0x20;
  return lower === 0x6d || lower === 0x64 || lower === 0x77 || lower === 0x6f || lower === 0x62 || lower === 0x61 || lower === 0x65 || lower === 0x73;
}

/**
 * A quote on one line, without a leading joining word, cut to `max` characters. `plain` says that
 * `s` is known to hold no white space but single ASCII spaces ({@link scanQuote}).
 */
function shorten(s: string, max = MAX_QUOTE, plain = false): string {
  // most quotes are one line of plain text: the regular expression only runs when it can change something
  const trimmed = (plain || !ODD_SPACE.test(s) ? s : s.replace(/\s+/g, ' ')).trim();
  // the replace runs only for quotes that can start with a joining word
  const flat = mayStartWithJoin(trimmed.charCodeAt(0)) ? trimmed.replace(LEADING_JOIN, '') : trimmed;
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > 40 ? cut : max)}…`;
}

/** Control characters (NUL, ESC, BEL, ...): never passed on into a reply an agent pastes into a mail or chat. */
const CONTROL = /\p{Cc}+/gu;

/** A control character or two spaces in a row: where cleaning a slot value changes something. */
const CONTROL_OR_RUN = /\p{Cc}| {2}/u;

/**
 * A slot value without control characters; `undefined` when nothing printable is left. `plain`
 * says that `s` is known to hold no control character and no two spaces in a row.
 */
function printable(s: string | undefined, plain = false): string | undefined {
  if (s === undefined) return undefined;
  const clean = (!plain && CONTROL_OR_RUN.test(s) ? s.replace(CONTROL, ' ').replace(/ {2,}/g, ' ') : s).trim();
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

/**
 * The places of the tokens that are numbers or number words of the message's language, in text
 * order: a wait and a count both start at one, so both are looked for from this one list.
 */
function numberTokens(input: ReplyInput): number[] {
  const { tokens, words } = input;
  const nl = input.language === 'nl';
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i]!.kind;
    if (kind === 'number') out.push(i);
    else if (kind === 'word') {
      const e = words[i];
      if (e !== undefined && (nl ? e.nl.number : e.en.number)) out.push(i);
    }
  }
  return out;
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

/** A sentence end inside a punctuation token: a wait's words are looked for up to it. */
const SENTENCE_END = /[.!?]/;
/** A number token that is a wait on its own ("20min", "3u", "2h", "5d"). */
const SHORT_WAIT = /\d(min|u|h|d)$/i;
/** A number token that is a count of contacts on its own ("3x"). */
const SHORT_TIMES = /^\d+x$/i;
/** The Dutch words for "time(s)", against the English ones: "voor de derde keer", "for the third time". */
const DUTCH_TIMES = /keer|maal|keren/;

/**
 * Whether tokens `from`..`to` are a wait. `cues` are the message's cues in text order, of which only
 * the waiting cues count, and `cursor` the first cue that may still reach the span; spans are asked
 * about in text order, so the cursor only moves forward and a whole message stays linear.
 */
function credibleWait(tokens: readonly Token[], from: number, to: number, cues: readonly Cue[], cursor: { i: number }): boolean {
  const prev = tokens[from - 1];
  if (prev && prev.kind === 'word' && NOT_WAIT_BEFORE.has(prev.norm)) return false;
  const a = tokens[from]!.start;
  const b = tokens[to]!.end;
  // the other kinds are stepped over here rather than filtered out into a new list first
  while (cursor.i < cues.length && (cues[cursor.i]!.kind !== 'waiting' || cues[cursor.i]!.end < a)) cursor.i++;
  const c = cues[cursor.i];
  if (c && c.start <= b) return true;
  for (let k = from - 1, seen = 0; k >= 0 && seen < WAIT_REACH_BEFORE; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (WAIT_BEFORE.has(t.norm)) return true;
    seen++;
  }
  for (let k = to + 1, seen = 0; k < tokens.length && seen < WAIT_REACH_AFTER; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && SENTENCE_END.test(t.text)) break;
    if (t.kind !== 'word') continue;
    if (WAIT_AFTER.has(t.norm)) return true;
    seen++;
  }
  return false;
}

/**
 * The wait the customer mentions ("20 minuten", "three weeks"), as written; `numbers` from
 * {@link numberTokens} (a wait starts at one of them), `cues` in text order.
 */
function findWait(text: string, tokens: readonly Token[], numbers: readonly number[], cues: readonly Cue[]): string | undefined {
  const cursor = { i: 0 };
  for (let n = 0; n < numbers.length && numbers[n]! + 1 < tokens.length; n++) {
    const i = numbers[n]!;
    if (tokens[i + 1]!.kind === 'word' && TIME_UNITS.has(tokens[i + 1]!.norm)) {
      if (!credibleWait(tokens, i, i + 1, cues, cursor)) continue;
      return text.slice(tokens[phraseStart(tokens, i)]!.start, tokens[i + 1]!.end);
    }
    if (tokens[i]!.kind === 'number' && SHORT_WAIT.test(tokens[i]!.text) && credibleWait(tokens, i, i, cues, cursor)) return tokens[i]!.text;
  }
  return undefined;
}

/**
 * How often the customer says they got in touch ("3x", "drie keer", "for the third time"), as
 * written; `numbers` from {@link numberTokens} (a count starts at one of them).
 */
function findRepeat(text: string, tokens: readonly Token[], numbers: readonly number[]): string | undefined {
  for (let n = 0; n < numbers.length; n++) {
    const i = numbers[n]!;
    const t = tokens[i]!;
    if (t.kind === 'number' && SHORT_TIMES.test(t.text)) return t.text;
    const next = tokens[i + 1];
    if (next && next.kind === 'word' && TIMES_WORDS.has(next.norm)) {
      let from = i;
      const a = tokens[i - 2];
      const b = tokens[i - 1];
      if (a && b && ((a.norm === 'voor' && b.norm === 'de') || (a.norm === 'for' && b.norm === 'the'))) from = i - 2;
      else from = phraseStart(tokens, i);
      const phrase = text.slice(tokens[from]!.start, next.end);
      // "second time" reads as a count only with its article: "for the second time"
      if (from === i && ORDINAL.test(t.norm)) {
        if (b && b.kind === 'word' && (b.norm === 'de' || b.norm === 'the')) return `${b.norm === 'de' ? 'voor' : 'for'} ${text.slice(b.start, next.end)}`;
        return `${DUTCH_TIMES.test(next.norm) ? 'voor de' : 'for the'} ${phrase}`;
      }
      return phrase;
    }
  }
  return undefined;
}

function within(c: Cue, s: Span): boolean {
  return c.start >= s.start && c.end <= s.end;
}

/** Whether a cue of this kind makes the clean fact holding it the one quoted as the fact. */
function isFactKind(kind: string): boolean {
  return kind === 'problem' || kind === 'waiting' || kind === 'repeat';
}

/**
 * The spans that hold no swearing cue. Both lists are in text order: one walk, linear time. Without
 * any swearing cue `spans` itself is returned: most messages swear not at all, and then no list is built.
 */
function withoutSwearing(spans: readonly Span[], cues: readonly Cue[]): readonly Span[] {
  let swears = false;
  for (let k = 0; k < cues.length && !swears; k++) swears = cues[k]!.kind === 'swearing';
  if (!swears) return spans;
  const swearing = cues.filter((c) => c.kind === 'swearing');
  const out: Span[] = [];
  let j = 0;
  for (const s of spans) {
    while (j < swearing.length && swearing[j]!.end <= s.start) j++;
    let hit = false;
    for (let k = j; k < swearing.length && swearing[k]!.start < s.end; k++) if (within(swearing[k]!, s)) hit = true;
    if (!hit) out.push(s);
  }
  return out;
}

/**
 * The first span that holds a cue of the fact kinds ({@link isFactKind}), or with `need` a demand cue
 * (both lists in text order); cues of other kinds are stepped over in place, not filtered out first.
 */
function firstHolding(spans: readonly Span[], cues: readonly Cue[], need: boolean): Span | undefined {
  let j = 0;
  for (const s of spans) {
    while (j < cues.length && ((need ? cues[j]!.kind !== 'demand' : !isFactKind(cues[j]!.kind)) || cues[j]!.start < s.start)) j++;
    if (j < cues.length && within(cues[j]!, s)) return s;
  }
  return undefined;
}

/** Every slot not yet worked out (null), one per REPLY_SLOTS entry: copied per reply. */
const UNSET: ReadonlyArray<string | undefined | null> = REPLY_SLOTS.map(() => null);

/**
 * The slot values of one reply, each worked out when a template first asks for it. A class, not
 * closures over the reply's locals: its methods are shared, so a reply allocates one object.
 */
class SlotValues {
  /** Per slot (by its place in REPLY_SLOTS): null until worked out, then the value or undefined. */
  private readonly vals = UNSET.slice();
  /** Bit `id` set: slot `id`'s value is known to hold nothing {@link escapeHtml} changes. */
  private htmlSafe = 0;
  private picked = false;
  private fact: Span | undefined = undefined;
  private need: Span | undefined = undefined;
  /** {@link numberTokens}, once the wait or the count is first asked for. */
  private numbers: number[] | undefined = undefined;
  private readonly text: string;
  private readonly input: ReplyInput;
  private readonly maxQuote: number;

  constructor(text: string, input: ReplyInput, maxQuote: number) {
    this.text = text;
    this.input = input;
    this.maxQuote = maxQuote;
  }

  /** The value of slot `id` (its place in REPLY_SLOTS; -1 for a name not there): undefined when there is none. */
  value(id: number): string | undefined {
    if (id < 0) return undefined;
    let v = this.vals[id];
    if (v === null) this.vals[id] = v = this.compute(id);
    return v;
  }

  /** Slot `id`'s value `v`, escaped for HTML. */
  escaped(id: number, v: string): string {
    return (this.htmlSafe & (1 << id)) !== 0 ? v : escapeHtml(v);
  }

  /** Whether every slot of `cand` has a value, and none of its quotes is one of `usedFacts`. */
  usable(cand: Template, usedFacts: readonly string[]): boolean {
    const ids = cand.slotIds;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const v = this.value(id);
      if (v === undefined) return false;
      // never quote the same fact twice: the acknowledgement may already have
      if ((id === FACT_SLOT || id === NEED_SLOT) && usedFacts.includes(v)) return false;
    }
    return true;
  }

  private compute(id: number): string | undefined {
    const { text, input } = this;
    switch (REPLY_SLOTS[id]) {
      case 'wait':
        return printable(calm(findWait(text, input.tokens, this.numbers ??= numberTokens(input), input.cues)));
      case 'repeat':
        return printable(calm(findRepeat(text, input.tokens, this.numbers ??= numberTokens(input))));
      case 'fact':
        this.pickFacts();
        return this.quote(id, this.fact);
      case 'need':
        this.pickFacts();
        return this.quote(id, this.need);
      case 'agentName':
        return printable(input.options?.agentName?.trim() || undefined);
      case 'companyName':
        return printable(input.options?.companyName?.trim() || undefined);
      default:
        return undefined;
    }
  }

  /** The quote of `span` for slot `id`, printable and shortened. */
  private quote(id: number, span: Span | undefined): string | undefined {
    if (!span) return undefined;
    const raw = quoteOf(this.text, span);
    // one scan tells whether the regular expressions of shorten, printable and escapeHtml can change anything
    const flags = scanQuote(raw);
    if ((flags & ODD_TEXT) !== 0) return printable(shorten(raw, this.maxQuote));
    // the value is a piece of `raw` (and maybe "…"): plain too, and as free of HTML as `raw`
    if ((flags & HTML_TEXT) === 0) this.htmlSafe |= 1 << id;
    return printable(shorten(raw, this.maxQuote, true), true);
  }

  /** The fact and the need to quote: the first clean facts holding a problem and a demand cue. */
  private pickFacts(): void {
    if (this.picked) return;
    this.picked = true;
    const cues = this.input.cues;
    const cleanFacts = withoutSwearing(this.input.facts, cues);
    let fact = firstHolding(cleanFacts, cues, false);
    if (fact === undefined) {
      // a fallback fact says enough only with MIN_FALLBACK_WORDS words (counted without a split)
      for (let i = 0; i < cleanFacts.length && fact === undefined; i++) if (hasWords(cleanFacts[i]!.text, MIN_FALLBACK_WORDS)) fact = cleanFacts[i];
      fact ??= cleanFacts[0];
    }
    const need = firstHolding(cleanFacts, cues, true);
    this.fact = fact;
    this.need = need !== fact ? need : undefined;
  }
}

/**
 * A multiple of every variant count of `parts` (their least common multiple), or 0 when that is
 * past MAX_SEED_MODULUS. The variant choice takes the seed modulo a variant count; reduced once by
 * this first, the rest of the arithmetic stays in small integers.
 */
function seedModulus(parts: ReadonlyMap<string, Part>): number {
  let m = 1;
  for (const part of parts.values()) {
    for (const n of [part.formal.length, part.informal.length]) {
      if (n === 0) continue;
      let a = m;
      let b = n;
      while (b !== 0) [a, b] = [b, a % b];
      m = (m / a) * n;
      if (m > MAX_SEED_MODULUS) return 0;
    }
  }
  return m;
}

/** Above this the seed is not reduced ({@link seedModulus}): far past any template file's counts, still a small integer. */
const MAX_SEED_MODULUS = 1 << 20;

/** Builds the suggested reply. */
export function buildReply(text: string, input: ReplyInput, replies: CompiledReplies): Reply {
  const { level, channel, cues } = input;
  const formality = level === 'dispute' ? 'formal' : input.options?.formality ?? (channel === 'chat' || channel === 'social' ? 'informal' : 'formal');
  const slots: Record<string, string> = {};
  // slot values are worked out only when a template asks for them
  const values = new SlotValues(text, input, channel === 'social' ? MAX_QUOTE_SOCIAL : MAX_QUOTE);
  let urgent = false;
  for (let i = 0; i < cues.length && !urgent; i++) urgent = cues[i]!.kind === 'urgency' && cues[i]!.weight >= 0.5;

  const plan = replies.resolved[planAt(level, channel, urgent, input.anger >= ACK_ANGER)] ?? [];
  const hash = fnv1a(input.seed, SEED_CHARS);
  // the hash is past 2^31 for most messages, and a remainder of a number that large is a float division
  const seed = replies.seedModulus > 0 ? hash % replies.seedModulus : hash;
  const templates: Template[] = [];
  const steps: string[] = [];
  // the facts and needs quoted so far (two at most)
  const usedFacts: string[] = [];
  for (let n = 0; n < plan.length; n++) {
    const { step, parts } = plan[n]!;
    for (let p = 0; p < parts.length; p++) {
      // the variants are tried in a rotation that starts at a place fixed by the message
      const variants = parts[p]![formality];
      let tpl: Template | undefined;
      for (let k = 0; k < variants.length && !tpl; k++) {
        const cand = variants[(seed + n * 7 + k) % variants.length]!;
        if (values.usable(cand, usedFacts)) tpl = cand;
      }
      if (!tpl) continue;
      for (let i = 0; i < tpl.slotIds.length; i++) {
        const id = tpl.slotIds[i]!;
        const v = values.value(id)!;
        slots[tpl.slots[i]!] = values.escaped(id, v);
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
