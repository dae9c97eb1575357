/**
 * The suggested reply, empathy first: acknowledge the frustration in concrete terms (mirroring the
 * wait, the repeated contacts, the urgency), commit to act, restate the facts, then a next step.
 * Templates are data (`lexicons/<lang>/replies.json`); slots are filled only from what the
 * message says (never invented), HTML-escaped, and never from a clause with swearing in it.
 */
import type { RepliesFile } from '../lexicon/replies-schema.js';

/** A template with its slot names, parsed once. */
export interface Template {
  text: string;
  slots: readonly string[];
}

/** Reply templates compiled for use: slot names parsed once per template. */
export interface CompiledReplies {
  parts: ReadonlyMap<string, { formal: readonly Template[]; informal: readonly Template[] }>;
  plans: RepliesFile['plans'];
  socialPlans: RepliesFile['socialPlans'];
}

const SLOT = /\{(\w+)\}/g;

/** Parses the templates of a replies file. */
export function compileReplies(file: RepliesFile): CompiledReplies {
  const parse = (text: string): Template => ({ text, slots: [...text.matchAll(SLOT)].map((m) => m[1]!) });
  const parts = new Map<string, { formal: Template[]; informal: Template[] }>();
  for (const [key, part] of Object.entries(file.parts)) parts.set(key, { formal: part.formal.map(parse), informal: part.informal.map(parse) });
  return { parts, plans: file.plans, socialPlans: file.socialPlans };
}
import type { Token } from '../text/tokenize.js';
import type { AnalyzeOptions, Channel, Cue, Language, Level, Reply, Span } from '../types.js';

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
  /** Number words of the language ("drie", "third"), for mirroring counts. */
  numberWords: ReadonlySet<string>;
}

/** Anger at or above this is acknowledged as anger. */
const ACK_ANGER = 0.35;
/** A fact longer than this is shortened at a word boundary before it is quoted. */
const MAX_QUOTE = 140;
const TIME_UNITS = new Set([
  'minuut', 'minuten', 'min', 'uur', 'uren', 'dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'jaar',
  'minute', 'minutes', 'mins', 'hour', 'hours', 'hrs', 'day', 'days', 'weeks', 'month', 'months', 'year', 'years',
]);
const TIMES_WORDS = new Set(['keer', 'maal', 'x', 'times', 'time', 'keren']);
const SPOKEN = new Set<Channel>(['chat', 'phone', 'social']);

/** FNV-1a: a small, stable string hash for choosing variants. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length && i < 2000; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

function shorten(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_QUOTE) return flat;
  const cut = flat.lastIndexOf(' ', MAX_QUOTE);
  return `${flat.slice(0, cut > 40 ? cut : MAX_QUOTE)}…`;
}

function isNum(t: Token | undefined, words: ReadonlySet<string>): boolean {
  return !!t && (t.kind === 'number' || (t.kind === 'word' && words.has(t.norm)));
}

/** The wait the customer mentions ("20 minuten", "three weeks"), as written. */
function findWait(text: string, tokens: readonly Token[], words: ReadonlySet<string>): string | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (isNum(tokens[i], words) && tokens[i + 1]!.kind === 'word' && TIME_UNITS.has(tokens[i + 1]!.norm)) {
      return text.slice(tokens[i]!.start, tokens[i + 1]!.end);
    }
    if (tokens[i]!.kind === 'number' && /\d(min|u|h|d)$/i.test(tokens[i]!.text)) return tokens[i]!.text;
  }
  return undefined;
}

/** How often the customer says they got in touch ("3x", "drie keer", "for the third time"), as written. */
function findRepeat(text: string, tokens: readonly Token[], words: ReadonlySet<string>): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'number' && /^\d+x$/i.test(t.text)) return t.text;
    const next = tokens[i + 1];
    if (isNum(t, words) && next && next.kind === 'word' && TIMES_WORDS.has(next.norm)) {
      let from = i;
      const a = tokens[i - 2];
      const b = tokens[i - 1];
      if (a && b && ((a.norm === 'voor' && b.norm === 'de') || (a.norm === 'for' && b.norm === 'the'))) from = i - 2;
      return text.slice(tokens[from]!.start, next.end);
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
  const cache = new Map<string, string | undefined>();
  let facts: { fact?: Span; need?: Span } | undefined;
  const pickFacts = (): { fact?: Span; need?: Span } => {
    if (facts) return facts;
    const swearing = cues.filter((c) => c.kind === 'swearing');
    const cleanFacts = withoutCues(input.facts, swearing);
    const fact = firstHolding(cleanFacts, cues, FACT_KINDS) ?? cleanFacts[0];
    const need = firstHolding(cleanFacts, cues, NEED_KINDS);
    return (facts = { fact, need: need !== fact ? need : undefined });
  };
  const compute = (k: string): string | undefined => {
    switch (k) {
      case 'wait':
        return findWait(text, input.tokens, input.numberWords);
      case 'repeat':
        return findRepeat(text, input.tokens, input.numberWords);
      case 'fact': {
        const f = pickFacts().fact;
        return f ? shorten(f.text) : undefined;
      }
      case 'need': {
        const n = pickFacts().need;
        return n ? shorten(n.text) : undefined;
      }
      case 'agentName':
        return input.options?.agentName?.trim() || undefined;
      case 'companyName':
        return input.options?.companyName?.trim() || undefined;
      default:
        return undefined;
    }
  };
  const value = (k: string): string | undefined => {
    if (!cache.has(k)) cache.set(k, compute(k));
    return cache.get(k);
  };
  const has = (k: string): boolean => value(k) !== undefined;
  const urgent = cues.some((c) => c.kind === 'urgency' && c.weight >= 0.5);
  const complaintOrMore = level === 'complaint' || level === 'escalation';

  const keysFor = (step: string): string[] => {
    switch (step) {
      case 'greeting':
        return ['greeting.name', 'greeting'];
      case 'acknowledge':
        if (level === 'dispute') return ['acknowledge.dispute', 'acknowledge'];
        if (level === 'feedback') return ['acknowledge.feedback', 'acknowledge'];
        if (level === 'none') return ['thank'];
        if (level === 'signal') return ['acknowledge.repeat', 'acknowledge.wait', 'acknowledge.signal'];
        return [
          ...(complaintOrMore ? ['acknowledge.wait', 'acknowledge.repeat'] : []),
          ...(urgent ? ['acknowledge.urgent'] : []),
          ...(input.anger >= ACK_ANGER ? ['acknowledge.anger'] : []),
          'acknowledge.problem',
          'acknowledge',
        ];
      case 'commit':
        return [`commit.${level}`, 'commit'];
      case 'restate':
        return level === 'complaint' || level === 'escalation' || level === 'dispute' ? ['restate.need', 'restate'] : ['restate'];
      case 'ask':
        return level === 'none' ? ['ask.none', 'ask'] : ['ask'];
      case 'closing':
        return ['closing.signed', 'closing.agent', 'closing.company', 'closing'];
      default:
        return [step];
    }
  };

  const plan = (channel === 'social' ? replies.socialPlans : replies.plans)[level].filter(
    (s) => !(SPOKEN.has(channel) && (s === 'greeting' || s === 'closing')),
  );
  const seed = hash(input.seed);
  const templates: string[] = [];
  const steps: string[] = [];
  const usedFacts = new Set<string>();
  plan.forEach((step, n) => {
    for (const key of keysFor(step)) {
      const part = replies.parts.get(key);
      if (!part) continue;
      // the variants are tried in a rotation that starts at a place fixed by the message
      const variants = part[formality];
      let tpl: Template | undefined;
      for (let k = 0; k < variants.length && !tpl; k++) {
        const cand = variants[(seed + n * 7 + k) % variants.length]!;
        const usable =
          cand.slots.every(has) &&
          // never quote the same fact twice: the acknowledgement may already have
          !cand.slots.some((x) => (x === 'fact' || x === 'need') && usedFacts.has(value(x)!));
        if (usable) tpl = cand;
      }
      if (!tpl) continue;
      for (const name of tpl.slots) {
        const v = value(name)!;
        slots[name] = escapeHtml(v);
        if (name === 'fact' || name === 'need') usedFacts.add(v);
      }
      templates.push(tpl.text);
      steps.push(step);
      break;
    }
  });
  const sep = SPOKEN.has(channel) ? ' ' : '\n\n';
  const template = templates.join(sep);
  const filled = template.replace(SLOT, (_, name: string) => slots[name] ?? '');
  return { language: input.language, text: filled, template, slots, steps };
}
