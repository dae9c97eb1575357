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

/** The issue keys of one message. */
export interface IssueText {
  /**
   * Topic (`@...`), stem and number (`#...`) keys, each with a count: a topic counts once for each
   * different word or phrase of it ("inloggen" and "wachtwoord" are `@login` twice), any other key once.
   */
  keys: Map<string, number>;
  /** The stems and phrases already counted, so a word repeated in one message counts once. */
  sources: Set<string>;
  /** Identifiers (`id:...`) and amounts (`amount:...`): one shared is enough. */
  ids: Set<string>;
  /** Long Dutch words that may be compounds, with the key they gave as a whole. */
  compounds: Array<[word: string, key: string]>;
  language: Language;
}

/** Words shorter than this carry no topic (as for content stems). */
const MIN_CONTENT_LENGTH = 3;
/** Topic keys considered per message: enough for any complaint, and keeps long e-mails cheap. */
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
 * Adds the key of a number token: an identifier (many digits, or a code of letters and digits), an
 * amount (money, a decimal number, or a number before a currency word), or a plain number key.
 */
function numberKey(t: Token, next: Token | undefined, out: IssueText): void {
  const digits = digitCount(t.norm);
  const decimalPart = /[.,]\d\d$/.test(t.norm);
  if (digits >= ID_DIGITS && !decimalPart) {
    out.ids.add(`id:${onlyDigits(t.norm)}`);
    return;
  }
  const n = canonicalNumber(t.norm);
  if (n === '') return;
  const whole = Number(n);
  if (Number.isInteger(whole) && whole >= YEAR_MIN && whole <= YEAR_MAX) return;
  const money = t.kind === 'money' || (next?.kind === 'word' && CURRENCY_WORDS.has(next.norm));
  if (money || decimalPart) out.ids.add(`amount:${n}`);
  else if (t.kind === 'time' || digits >= MIN_NUMBER_DIGITS) addKey(out, `#${n}`, `#${n}`);
}

/** Counts `key` once for `source` (a stem or phrase): the same source twice counts once. */
function addKey(out: IssueText, key: string, source: string): void {
  if (out.sources.has(source)) return;
  out.sources.add(source);
  out.keys.set(key, (out.keys.get(key) ?? 0) + 1);
}

/** An issue text with nothing in it. */
export function emptyIssue(language: Language): IssueText {
  return { keys: new Map(), sources: new Set(), ids: new Set(), compounds: [], language };
}

/** What a word adds to an issue text: worked out once per word and call, then reused. */
interface WordInfo {
  /** Topic phrases that start with this word. */
  phrases?: ReadonlyArray<{ rest: readonly string[]; key: string }>;
  /** An identifier ("kl1602"). */
  id?: string;
  /** Keys it adds, each with its source stem (a hyphenated word adds one per part). */
  keys: ReadonlyArray<readonly [key: string, source: string]>;
  /** A Dutch word that may be a compound (its issue stem), tried by {@link splitCompounds}. */
  compound?: string;
}

/** The memo of one call: stems and word readings per language, shared by every message of the call. */
export interface IssueMemo {
  stems: Record<Language, Map<string, string>>;
  words: Record<Language, Map<string, WordInfo>>;
}

/** A fresh {@link IssueMemo}: one per analyze call, so the core keeps no state between calls. */
export function createIssueMemo(): IssueMemo {
  return { stems: { nl: new Map(), en: new Map() }, words: { nl: new Map(), en: new Map() } };
}

const NO_KEYS: ReadonlyArray<readonly [string, string]> = [];
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
  if (ignore?.has(w) || w.includes('-')) {
    // cue and tone words say how, unless the topic lexicon names them ("herinnering", "reminder");
    // "cv-ketel", "ov-chipkaart": the whole when it is a topic word, else each part on its own
    const s = stemOf(w, lang, memo);
    const topic = lex.topics.get(s);
    if (topic) info.keys = [[topic, s]];
    else if (!ignore?.has(w)) {
      const keys: Array<readonly [string, string]> = [];
      for (const part of w.split('-')) {
        if (part.length < MIN_CONTENT_LENGTH || lex.stop.has(part) || ignore?.has(part)) continue;
        const ps = stemOf(part, lang, memo);
        if (!contact.has(ps)) keys.push([lex.topics.get(ps) ?? ps, ps]);
      }
      info.keys = keys;
    }
    return info;
  }
  const s = stemOf(w, lang, memo);
  if (contact.has(s)) return info;
  const topic = lex.topics.get(s);
  info.keys = [[topic ?? s, s]];
  if (lang === 'nl' && !topic && w.length >= MIN_SPLIT_LENGTH) info.compound = s;
  return info;
}

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
  const words = memo.words[lang];
  // topic -> the token index its last phrase reached: a topic counts once for overlapping phrases
  // ("still doesn't work", "doesn't work") and for a word inside its own phrase ("in behandeling")
  let covered: Map<string, number> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (out.sources.size >= MAX_KEYS) break;
    const t = tokens[i]!;
    if (t.kind === 'number' || t.kind === 'money' || t.kind === 'time' || t.kind === 'ref') {
      numberKey(t, tokens[i + 1], out);
      continue;
    }
    if (t.kind !== 'word' && t.kind !== 'hashtag') continue;
    const w = t.kind === 'hashtag' ? t.norm.slice(1) : t.norm;
    let info = words.get(w);
    if (info === undefined) {
      info = wordInfo(w, lang, lex, contact, ignore, memo);
      words.set(w, info);
    }
    // a phrase of the topic lexicon ("geld terug", "no power") starts here: its words are still read one by one
    if (info.phrases) {
      for (const p of info.phrases) {
        if ((covered?.get(p.key) ?? -1) >= i || !phraseAt(tokens, i + 1, p.rest)) continue;
        addKey(out, p.key, `${w} ${p.rest.join(' ')}`);
        (covered ??= new Map()).set(p.key, i + p.rest.length);
      }
    }
    if (info.id) out.ids.add(info.id);
    for (const [key, source] of info.keys) if ((covered?.get(key) ?? -1) < i) addKey(out, key, source);
    if (info.compound !== undefined && w.length <= MAX_COMPOUND) out.compounds.push([w, info.compound]);
  }
  return out;
}

/** Dutch words from this length on are tried as compounds. */
const MIN_SPLIT_LENGTH = 7;

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
    m.set(w, s);
  }
  return s;
}

/**
 * Splits the Dutch compounds of `texts` (all messages of one call) against the stems the call
 * knows: every content stem of every text and the topic words. A compound is replaced by its parts,
 * so "internetstoring" and "storing op mijn internet" share both. Changes `texts` in place.
 */
export function splitCompounds(texts: readonly IssueText[], nl: IssueLexicon, contact: ReadonlySet<string>, memo: IssueMemo = createIssueMemo()): void {
  const vocab = new Set<string>();
  for (const t of texts) for (const k of t.sources) vocab.add(k);
  let whole = '';
  // Porter stemming costs microseconds a word and every cut point would need one: a part is known
  // when its light stem is a stem of the call or a topic word; only the parts chosen are Porter-stemmed
  const known = (part: string): boolean => {
    if (nl.stop.has(part)) return false;
    for (const s of lightStems(part)) {
      if (s !== whole && s.length >= MIN_CONTENT_LENGTH && !contact.has(s) && (nl.topics.has(s) || vocab.has(s))) return true;
    }
    return false;
  };
  const cuts = new Map<string, [string, string] | null>();
  for (const t of texts) {
    if (t.compounds.length === 0) continue;
    for (const [w, s] of t.compounds) {
      let cut = cuts.get(w);
      if (cut === undefined) {
        whole = s;
        cut = splitCompound(w, known) ?? null;
        cuts.set(w, cut);
      }
      if (!cut) continue;
      const n = t.keys.get(s) ?? 0;
      if (n <= 1) t.keys.delete(s);
      else t.keys.set(s, n - 1);
      t.sources.delete(s);
      for (const part of cut) {
        const ps = stemOf(part, 'nl', memo);
        if (!contact.has(ps) && ps.length >= MIN_CONTENT_LENGTH) addKey(t, nl.topics.get(ps) ?? ps, ps);
      }
    }
    t.compounds = [];
  }
}
