/**
 * Issue keys: what a message is about, as same-issue matching compares it. Content words become
 * stems ({@link issueStem}), words of one topic class become the class ("refund", "terugbetaling"
 * and "money back" are all `@refund`), Dutch compounds are split into their parts, and order,
 * ticket and invoice numbers and amounts become identifiers, the strongest evidence there is.
 */
import { MAX_COMPOUND, splitCompound } from '../text/compound.js';
import { stem } from '../text/stem.js';
import type { Token } from '../text/tokenize.js';
import type { Language } from '../types.js';

/**
 * Dutch separable-verb prefixes: a past participle puts "ge" after them ("opgezegd", "teruggebeld",
 * "ingesteld"), so the participle and the infinitive stem differ in the middle as well as the end.
 */
const SEPARABLE_PREFIXES = ['terug', 'door', 'over', 'voor', 'aan', 'mee', 'uit', 'weg', 'toe', 'op', 'af', 'in', 'na', 'om'];
/** A participle body ("beld" in "gebeld") must keep at least this many letters: "get" or "ged" are no participles. */
const MIN_PARTICIPLE_BODY = 3;

/**
 * The stem as same-issue matching compares it. natural's Dutch Porter stemmer leaves participles and
 * doubled letters alone ("gebeld" vs "bell" from "bellen", "opgezegd" vs "opzegg", "gestuurd" vs
 * "stur"), so the same issue told twice in different verb forms never matched. Here a participle
 * (ge- after an optional separable prefix, ending in -d/-t) loses its "ge" and its ending, and every
 * doubled letter is collapsed. Both sides of a comparison go through it, so the only cost is a rare
 * collision of two stems that differ only in a doubled letter.
 */
export function issueStem(s: string): string {
  let w = s;
  for (const pre of ['', ...SEPARABLE_PREFIXES]) {
    if (!w.startsWith(`${pre}ge`)) continue;
    const body = w.slice(pre.length + 2);
    if (body.length >= MIN_PARTICIPLE_BODY && (body.endsWith('d') || body.endsWith('t'))) {
      w = pre + body.slice(0, -1);
      break;
    }
  }
  // collapse doubled letters ("bell" -> "bel", "stuur" -> "stur"); a loop, not a back-reference regex
  let out = '';
  for (let i = 0; i < w.length; i++) if (i === 0 || w[i] !== w[i - 1]) out += w[i];
  return out;
}

/** The key of a word for same-issue matching, without topic classes: its issue stem in `lang`. */
export function wordStem(w: string, lang: Language): string {
  return issueStem(stem(w, lang));
}

/** The topic classes of one language, compiled from `lexicons/<lang>/history.json`. */
export interface IssueLexicon {
  /** issue stem of a topic word -> `@topic` */
  topics: ReadonlyMap<string, string>;
  /** first word of a topic phrase -> the rest of each phrase starting with it, and its `@topic` */
  phrases: ReadonlyMap<string, ReadonlyArray<{ rest: readonly string[]; key: string }>>;
  /** Stop words of the language (natural's list): never content, never a compound part. */
  stop: ReadonlySet<string>;
}

/** A long Dutch word that may be a compound, with its cut once {@link splitCompounds} has tried it. */
export interface CompoundWord {
  word: string;
  /** Its issue stem as a whole word. */
  stem: string;
  /** [head, tail], null when it has no cut; undefined until tried (once per call). */
  cut?: readonly [string, string] | null;
}

/** The issue keys of one message. */
export interface IssueText {
  /**
   * Topic (`@...`), stem and number (`#...`) keys, each with a count: a topic counts once for each
   * different word or phrase of it ("inloggen" and "wachtwoord" are `@login` twice), any other key once.
   */
  keys: Map<string, number>;
  /** Identifiers (`id:...`) and amounts (`amount:...`): one shared is enough. Absent when none. */
  ids?: Set<string>;
  /** Long Dutch words that may be compounds, until {@link splitCompounds} has split them. */
  compounds?: CompoundWord[];
  language: Language;
}

/** Words shorter than this carry no topic (as for content stems). */
const MIN_CONTENT_LENGTH = 3;
/** Content words and numbers read per message: enough for any complaint, and keeps long e-mails cheap. */
const MAX_KEYS = 200;
/** A number with at least this many digits is an identifier (order, ticket, customer number). */
export const ID_DIGITS = 5;
/** A code of letters and digits with at least this many digits is an identifier ("KL1602", "INV2093"). */
export const CODE_DIGITS = 3;
/** Whole numbers with fewer digits than this say too little to match on ("4 uur", "3x"). */
const MIN_NUMBER_DIGITS = 2;
/** Currency words that make the number before them an amount ("212 euro"). */
const CURRENCY_WORDS = new Set(['euro', 'eur', 'pond', 'pound', 'pounds', 'gbp', 'dollar', 'dollars', 'usd']);
/** Years are dates, not identifiers nor amounts. */
const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

function onlyDigits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) out += s[i];
  return out;
}

/**
 * The canonical form of a number: currency signs dropped, a decimal comma or a time colon read as a
 * point, leading zeros dropped ("€45,80", "45.80" -> "45.80"; "07:12", "7.12" -> "7.12").
 */
export function canonicalNumber(s: string): string {
  let out = '';
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') out += ch;
    else if ((ch === ',' || ch === '.' || ch === ':') && out !== '') out += '.';
  }
  while (out.endsWith('.')) out = out.slice(0, -1);
  while (out.length > 1 && out.startsWith('0') && out[1] !== '.') out = out.slice(1);
  return out;
}

/**
 * A source of keys (a stem, a number, a phrase) within one call: `seen` is the number of the last
 * message that counted it, so the same word twice in one message counts once without a set per message.
 */
interface Source {
  seen: number;
}

/** What a word adds to an issue text: worked out once per word and call, then reused. */
interface WordInfo {
  /** Topic phrases that start with this word. */
  phrases?: ReadonlyArray<{ rest: readonly string[]; key: string }>;
  /** An identifier ("kl1602"). */
  id?: string;
  /** Keys it adds, each with its source (a hyphenated word adds one per part). */
  keys: ReadonlyArray<{ key: string; source: Source }>;
  compound?: CompoundWord;
}

/** The memo of one call: stems, word readings and sources per language, shared by all its messages. */
export interface IssueMemo {
  stems: Record<Language, Map<string, string>>;
  words: Record<Language, Map<string, WordInfo>>;
  /** source key (a stem, `#number`, or a phrase) -> its {@link Source} */
  sources: Map<string, Source>;
  /** Every content stem read in the call: the vocabulary compounds are split against. */
  vocab: Set<string>;
  /** Number of the message being read. */
  message: number;
}

/**
 * Stems per language, kept by an analyzer across calls. A stem depends on the word alone, so the
 * cache changes no result; it spares re-running the Porter stemmer (most of the cost of a history)
 * over the same customer's words on every call. Bounded: cleared when it reaches STEM_CACHE_LIMIT.
 */
export type StemCache = Record<Language, Map<string, string>>;

/** Words kept per language in a {@link StemCache}: a few megabytes at most. */
export const STEM_CACHE_LIMIT = 50_000;

/** An empty {@link StemCache}. */
export function createStemCache(): StemCache {
  return { nl: new Map(), en: new Map() };
}

/**
 * A fresh {@link IssueMemo}: one per analyze call, so no reading of a message outlives the call.
 * `stems` may be an analyzer's {@link StemCache}, shared across calls (it holds only word -> stem).
 */
export function createIssueMemo(stems: StemCache = createStemCache()): IssueMemo {
  return { stems, words: { nl: new Map(), en: new Map() }, sources: new Map(), vocab: new Set(), message: 0 };
}

/** An issue text with nothing in it. */
export function emptyIssue(language: Language): IssueText {
  return { keys: new Map(), language };
}

function sourceOf(memo: IssueMemo, key: string): Source {
  let s = memo.sources.get(key);
  if (!s) memo.sources.set(key, (s = { seen: -1 }));
  return s;
}

/** Counts `key` once per message for `source`. */
function addKey(out: IssueText, key: string, source: Source, message: number): void {
  if (source.seen === message) return;
  source.seen = message;
  out.keys.set(key, (out.keys.get(key) ?? 0) + 1);
}

function addId(out: IssueText, id: string): void {
  (out.ids ??= new Set()).add(id);
}

/**
 * Adds the key of a number token: an identifier (many digits, or a code of letters and digits), an
 * amount (money, a decimal number, or a number before a currency word), or a plain number key.
 */
function numberKey(t: Token, next: Token | undefined, out: IssueText, memo: IssueMemo): void {
  const digits = digitCount(t.norm);
  const decimalPart = /[.,]\d\d$/.test(t.norm);
  if (digits >= ID_DIGITS && !decimalPart) {
    addId(out, `id:${onlyDigits(t.norm)}`);
    return;
  }
  const n = canonicalNumber(t.norm);
  if (n === '') return;
  const whole = Number(n);
  if (Number.isInteger(whole) && whole >= YEAR_MIN && whole <= YEAR_MAX) return;
  const money = t.kind === 'money' || (next?.kind === 'word' && CURRENCY_WORDS.has(next.norm));
  if (money || decimalPart) addId(out, `amount:${n}`);
  else if (t.kind === 'time' || digits >= MIN_NUMBER_DIGITS) addKey(out, `#${n}`, sourceOf(memo, `#${n}`), memo.message);
}

const NO_KEYS: WordInfo['keys'] = [];
const HAS_DIGIT = /\d/;

/** Reads one word: topic or stem key, identifier, hyphen parts, compound candidate. */
function wordInfo(w: string, lang: Language, lex: IssueLexicon, contact: ReadonlySet<string>, ignore: ReadonlySet<string> | undefined, memo: IssueMemo): WordInfo {
  const info: WordInfo = { keys: NO_KEYS };
  const phrases = lex.phrases.get(w);
  if (phrases) info.phrases = phrases;
  if (HAS_DIGIT.test(w)) {
    const digits = digitCount(w);
    if (digits >= CODE_DIGITS && digits < w.length) {
      info.id = `id:${w}`;
      return info;
    }
  }
  if (w.length < MIN_CONTENT_LENGTH || lex.stop.has(w)) return info;
  const keyOf = (stem: string, topic: string | undefined) => {
    memo.vocab.add(stem);
    return { key: topic ?? stem, source: sourceOf(memo, stem) };
  };
  if (ignore?.has(w) || w.includes('-')) {
    // cue and tone words say how, unless the topic lexicon names them ("herinnering", "reminder");
    // "cv-ketel", "ov-chipkaart": the whole when it is a topic word, else each part on its own
    const s = stemOf(w, lang, memo);
    const topic = lex.topics.get(s);
    if (topic) info.keys = [keyOf(s, topic)];
    else if (!ignore?.has(w)) {
      const keys: Array<WordInfo['keys'][number]> = [];
      for (const part of w.split('-')) {
        if (part.length < MIN_CONTENT_LENGTH || lex.stop.has(part) || ignore?.has(part)) continue;
        const ps = stemOf(part, lang, memo);
        if (!contact.has(ps)) keys.push(keyOf(ps, lex.topics.get(ps)));
      }
      info.keys = keys;
    }
    return info;
  }
  const s = stemOf(w, lang, memo);
  if (contact.has(s)) return info;
  const topic = lex.topics.get(s);
  info.keys = [keyOf(s, topic)];
  if (lang === 'nl' && !topic && w.length >= MIN_SPLIT_LENGTH && w.length <= MAX_COMPOUND) info.compound = { word: w, stem: s };
  return info;
}

/** Dutch words from this length on are tried as compounds. */
const MIN_SPLIT_LENGTH = 7;

/**
 * Reads the issue keys of a message's tokens. `ignore` holds words that say how, not what (cue and
 * tone vocabulary); `contact` the issue stems of the contact and generic vocabulary; `memo` (one per
 * call) saves reading the same word again across a customer's history.
 */
export function readIssue(
  tokens: readonly Token[],
  lang: Language,
  lex: IssueLexicon,
  contact: ReadonlySet<string>,
  ignore?: ReadonlySet<string>,
  memo: IssueMemo = createIssueMemo(),
): IssueText {
  const out = emptyIssue(lang);
  const message = ++memo.message;
  const words = memo.words[lang];
  // topic -> the token index its last phrase reached: a topic counts once for overlapping phrases
  // ("still doesn't work", "doesn't work") and for a word inside its own phrase ("in behandeling")
  let covered: Map<string, number> | undefined;
  let read = 0;
  for (let i = 0; i < tokens.length && read < MAX_KEYS; i++) {
    const t = tokens[i]!;
    if (t.kind === 'number' || t.kind === 'money' || t.kind === 'time' || t.kind === 'ref') {
      numberKey(t, tokens[i + 1], out, memo);
      read++;
      continue;
    }
    if (t.kind !== 'word' && t.kind !== 'hashtag') continue;
    const w = t.kind === 'hashtag' ? t.norm.slice(1) : t.norm;
    let info = words.get(w);
    if (info === undefined) {
      info = wordInfo(w, lang, lex, contact, ignore, memo);
      words.set(w, info);
    }
    if (info.phrases) {
      // a phrase of the topic lexicon ("geld terug", "no power") starts here: its words are still read one by one
      for (const p of info.phrases) {
        if ((covered?.get(p.key) ?? -1) >= i || !phraseAt(tokens, i + 1, p.rest)) continue;
        addKey(out, p.key, sourceOf(memo, `${w} ${p.rest.join(' ')}`), message);
        (covered ??= new Map()).set(p.key, i + p.rest.length);
      }
    }
    if (info.id) addId(out, info.id);
    for (const k of info.keys) if (covered === undefined || (covered.get(k.key) ?? -1) < i) addKey(out, k.key, k.source, message);
    if (info.compound) (out.compounds ??= []).push(info.compound);
    if (info.keys.length > 0) read++;
  }
  return out;
}

function phraseAt(tokens: readonly Token[], from: number, rest: readonly string[]): boolean {
  let j = from;
  for (const want of rest) {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || t.norm !== want) return false;
    j++;
  }
  return true;
}

/** Dutch endings a light stem drops, longest first ("vergunning" -> "vergun", "storingen" -> "stor"). */
const LIGHT_SUFFIXES = ['ingen', 'ing', 'en', 'e', 's', 'n'];

/**
 * Light stems of a Dutch compound part, for cheap lookups: the part with doubled letters collapsed
 * (as {@link issueStem} does), as it is and less each ending in LIGHT_SUFFIXES.
 */
export function lightStems(part: string): string[] {
  const p = issueStem(part);
  const out = [p];
  for (const suf of LIGHT_SUFFIXES) if (p.length - suf.length >= MIN_CONTENT_LENGTH && p.endsWith(suf)) out.push(p.slice(0, -suf.length));
  return out;
}

/** The issue stem of a word in `lang`, memoised per call. */
function stemOf(w: string, lang: Language, memo: IssueMemo): string {
  const m = memo.stems[lang];
  let s = m.get(w);
  if (s === undefined) {
    s = wordStem(w, lang);
    if (m.size >= STEM_CACHE_LIMIT) m.clear();
    m.set(w, s);
  }
  return s;
}

/**
 * Splits the Dutch compounds of `texts` (the messages of one call, read with `memo`) against the
 * stems the call knows: every content stem read and the topic words. A compound is replaced by its
 * parts, so "internetstoring" and "storing op mijn internet" share both. Changes `texts` in place.
 */
export function splitCompounds(texts: readonly IssueText[], nl: IssueLexicon, contact: ReadonlySet<string>, memo: IssueMemo): void {
  let whole = '';
  // Porter stemming costs microseconds a word and every cut point would need one: a part is known
  // when its light stem is a stem of the call or a topic word; only the parts chosen are Porter-stemmed
  const known = (part: string): boolean => {
    if (nl.stop.has(part)) return false;
    for (const s of lightStems(part)) {
      if (s !== whole && s.length >= MIN_CONTENT_LENGTH && !contact.has(s) && (nl.topics.has(s) || memo.vocab.has(s))) return true;
    }
    return false;
  };
  for (const t of texts) {
    if (!t.compounds) continue;
    let parts: Set<string> | undefined;
    for (const cw of t.compounds) {
      if (cw.cut === undefined) {
        whole = cw.stem;
        cw.cut = splitCompound(cw.word, known) ?? null;
      }
      if (!cw.cut) continue;
      const n = t.keys.get(cw.stem) ?? 0;
      if (n <= 1) t.keys.delete(cw.stem);
      else t.keys.set(cw.stem, n - 1);
      for (const part of cw.cut) {
        const ps = stemOf(part, 'nl', memo);
        if (contact.has(ps) || ps.length < MIN_CONTENT_LENGTH || (parts ??= new Set()).has(ps)) continue;
        parts.add(ps);
        const key = nl.topics.get(ps) ?? ps;
        // a part already in the text as a word of its own counts once
        if (key === ps && t.keys.has(ps)) continue;
        t.keys.set(key, (t.keys.get(key) ?? 0) + 1);
      }
    }
    t.compounds = undefined;
  }
}
