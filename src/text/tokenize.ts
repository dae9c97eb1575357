/**
 * The tokenizer: one left-to-right pass over the text (linear time, no backtracking), producing
 * tokens that point into the original string. Words keep their diacritics and contractions
 * (geïrriteerd, don't, z'n, 't); emoji sequences, emoticons, @handles, #hashtags, URLs, e-mail
 * addresses, numbers with units, money, times and dates each come out as one token.
 */
import {
  cpLength, foldSlice, isApostrophe, isDigit, isEmojiModifier, isLetter, isPictographic,
  isRegionalIndicator, isSpace,
} from './chars.js';
import type { Segment } from './normalize.js';

/** What a token is. */
export type TokenKind =
  | 'word' | 'number' | 'money' | 'time' | 'date' | 'ref'
  | 'emoji' | 'emoticon' | 'url' | 'email' | 'handle' | 'hashtag' | 'punct' | 'symbol';

/** One token, with offsets into the original text. */
export interface Token {
  /** `input.slice(start, end)` */
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Lower-cased, diacritics folded; for entities the decoded character. */
  norm: string;
  /** ALL CAPS word of two or more letters. */
  caps: boolean;
  /** A line break, a removed block or the start of a segment lies before this token. */
  breakBefore: boolean;
}

/** A number, amount, time, date or reference: a figure, as concrete as a fact gets. */
export function isFigure(t: Token): boolean {
  const k = t.kind;
  return k === 'number' || k === 'money' || k === 'time' || k === 'date' || k === 'ref';
}

/** € $ £ ¥ */
function isCurrency(c: number): boolean {
  return c === 0x20ac || c === 36 || c === 0xa3 || c === 0xa5;
}
const CURRENCY_WORDS = new Set(['eur', 'euro', 'usd', 'gbp']);
/** Longest emoticon considered, in characters. */
const MAX_EMOTICON = 4;
const EMOTICONS = new Set([
  ':)', ':-)', ':(', ':-(', ';)', ';-)', ':d', ':-d', ':p', ':-p', ':/', ':-/', ':\\', ":'(", ':s', ':-s',
  ':o', ':-o', ':|', ':-|', '=)', '=(', ':]', ':[', ':@', ':$', '<3', '</3', '^^', '^_^', '-_-', 'xd', ':*', ':-*', ';p', '>:(',
]);
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', euro: '€', eacute: 'é', euml: 'ë',
  iuml: 'ï', ouml: 'ö', uuml: 'ü', egrave: 'è', agrave: 'à', ccedil: 'ç', hellip: '…', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”',
};
/** Characters that end a URL or e-mail when they trail it. */
const TRAILING_URL_PUNCT = new Set([46, 44, 33, 63, 59, 58, 41, 93, 39, 34]);

/** {@link readWord}'s verdict on a word of ASCII characters only: its normalized form and capitals follow. */
const enum AsciiCase { Unknown, Lower, Mixed, Caps }

function isWordChar(cp: number): boolean {
  return isLetter(cp) || isDigit(cp);
}

/** ASCII case-insensitive `startsWith` at offset `i` (prefix given in lower case). */
function startsWithAt(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) if ((text.charCodeAt(i + k) | 32) !== prefix.charCodeAt(k)) return false;
  return true;
}

/**
 * Tokenizes `text`. With `segments` (from {@link normalize}) only the content segments are
 * tokenized; offsets always refer to the full original text.
 */
export function tokenize(text: string, segments?: readonly Segment[]): Token[] {
  const out: Token[] = [];
  const segs = segments ?? [{ start: 0, end: text.length, breakBefore: false }];
  // where the next @ is: looked up once and moved forward only, so e-mail detection stays linear
  const at = { next: text.indexOf('@') };
  for (const seg of segs) tokenizeRange(text, seg.start, seg.end, seg.breakBefore, out, at);
  return out;
}

function tokenizeRange(text: string, from: number, to: number, breakFirst: boolean, out: Token[], at: { next: number }): void {
  let i = from;
  let pendingBreak = breakFirst;

  // `ascii` is given by readWord, which already knows the case of every letter of an ASCII word
  const push = (start: number, end: number, kind: TokenKind, norm?: string, ascii = AsciiCase.Unknown): void => {
    const t = text.slice(start, end);
    let caps = ascii === AsciiCase.Caps;
    if (ascii === AsciiCase.Lower) norm = t;
    else if (ascii !== AsciiCase.Unknown) norm = toLowerCase.call(t);
    else {
      // characters are read from `text`, not from the slice `t`: see foldSlice
      const c0 = text.charCodeAt(start);
      // a word starting with a lower-case ASCII letter is not in capitals: most words stop here
      if (kind === 'word' && !(c0 >= 97 && c0 <= 122)) {
        let letters = 0;
        let upper = 0;
        for (let k = start; k < end; k++) {
          const c = text.charCodeAt(k);
          if (c >= 65 && c <= 90) { upper++; letters++; } else if (c >= 97 && c <= 122) letters++;
          else if (c > 127 && isLetter(c)) { letters++; if (text[k] !== text[k]!.toLowerCase()) upper++; }
        }
        caps = letters >= 2 && upper === letters;
      }
    }
    // an indexed store, not out.push(): the push builtin was not inlined here
    out[out.length] = {
      text: t, start, end, kind,
      norm: norm ?? foldSlice(text, start, end, t),
      caps, breakBefore: pendingBreak,
    };
    pendingBreak = false;
  };

  while (i < to) {
    const u0 = text.charCodeAt(i);
    // a high surrogate starts an astral code point (emoji); everything else is one unit
    const cp = u0 >= 0xd800 && u0 <= 0xdbff ? text.codePointAt(i)! : u0;
    if (isSpace(cp)) {
      if (cp === 10 || cp === 13 || cp === 0x2028 || cp === 0x2029) pendingBreak = true;
      i++;
      continue;
    }
    const prev = i > from ? text.charCodeAt(i - 1) : 32;
    const atBoundary = !isWordChar(prev);

    // URLs and www. addresses
    if (atBoundary && (cp === 104 || cp === 72 || cp === 119 || cp === 87)) {
      if (startsWithAt(text, i, 'http://') || startsWithAt(text, i, 'https://') || startsWithAt(text, i, 'www.')) {
        let j = i;
        while (j < to) {
          const c = text.charCodeAt(j);
          if (isSpace(c) || c === 60 || c === 62 || c === 34) break;
          j++;
        }
        while (j > i + 4 && TRAILING_URL_PUNCT.has(text.charCodeAt(j - 1))) j--;
        push(i, j, 'url');
        i = j;
        continue;
      }
    }

    // @handles
    if (cp === 64 && atBoundary && i + 1 < to && (isWordChar(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 95)) {
      let j = i + 1;
      while (j < to && (isWordChar(text.charCodeAt(j)) || text.charCodeAt(j) === 95)) j++;
      push(i, j, 'handle');
      i = j;
      continue;
    }

    // #hashtags and #1234 references
    if (cp === 35 && atBoundary && i + 1 < to) {
      const next = text.codePointAt(i + 1)!;
      if (isDigit(next)) {
        let j = i + 1;
        while (j < to && (isDigit(text.charCodeAt(j)) || isLetter(text.charCodeAt(j)) || text.charCodeAt(j) === 45)) j++;
        push(i, j, 'ref');
        i = j;
        continue;
      }
      if (isLetter(next)) {
        let j = i + 1;
        while (j < to) {
          const c = text.codePointAt(j)!;
          if (!(isWordChar(c) || c === 95)) break;
          j += cpLength(c);
        }
        push(i, j, 'hashtag');
        i = j;
        continue;
      }
    }

    // HTML entities left in the text: &amp; &#39; &nbsp;
    if (cp === 38) {
      const end = entityEnd(text, i, to);
      if (end > 0) {
        const decoded = decodeEntity(text.slice(i + 1, end - 1));
        if (decoded !== undefined && !isSpace(decoded.codePointAt(0) ?? 32)) push(i, end, 'symbol', decoded);
        i = end;
        continue;
      }
    }

    // emoticons :) :-( <3 xD
    if (!isLetter(cp) || cp === 120 || cp === 88) {
      const len = emoticonAt(text, i, to, atBoundary);
      if (len > 0) {
        push(i, i + len, 'emoticon');
        i += len;
        continue;
      }
    }

    // words (and e-mail addresses, contractions, abbreviations like z.s.m.)
    if (isLetter(cp) || (isApostrophe(cp) && isLeadingClitic(text, i, to))) {
      // most words are not e-mail addresses: look for one only with an @ close ahead
      if (at.next !== -1 && at.next < i) at.next = text.indexOf('@', i);
      i = readWord(text, i, to, push, at.next !== -1 && at.next < to && at.next - i <= MAX_LOCAL_PART);
      continue;
    }

    // numbers, money, times, dates, 3x, 2nd
    // the currency sign by its code, without making a one-character string per mark
    if (isDigit(cp) || (isCurrency(cp) && i + 1 < to && isDigit(text.charCodeAt(i + 1)))) {
      i = readNumber(text, i, to, push);
      continue;
    }

    // emoji sequences
    if (isPictographic(cp) || isRegionalIndicator(cp)) {
      let j = i + cpLength(cp);
      if (isRegionalIndicator(cp) && j < to && isRegionalIndicator(text.codePointAt(j)!)) j += 2;
      while (j < to) {
        const c = text.codePointAt(j)!;
        if (isEmojiModifier(c)) {
          j += cpLength(c);
          if (c === 0x200d && j < to && isPictographic(text.codePointAt(j)!)) j += cpLength(text.codePointAt(j)!);
        } else break;
      }
      push(i, j, 'emoji');
      i = j;
      continue;
    }

    if (isEmojiModifier(cp) || (cp >= 0xd800 && cp <= 0xdfff) || cp < 32 || cp === 0xfffd) {
      // stray modifiers, lone surrogates, control characters: skipped, they carry nothing
      i += cpLength(cp);
      continue;
    }

    // punctuation: runs of the same mark (!!!, ???, ...) are one token
    const len = cpLength(cp);
    let j = i + len;
    if (cp === 33 || cp === 63 || cp === 46) {
      while (j < to && (text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63 || (cp === 46 && text.charCodeAt(j) === 46))) j++;
    }
    push(i, j, isPunct(cp) ? 'punct' : 'symbol');
    i = j;
  }
}

function isPunct(cp: number): boolean {
  return (
    (cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126) ||
    (cp >= 0x2010 && cp <= 0x2027) || cp === 0xab || cp === 0xbb || cp === 0xbf || cp === 0xa1
  );
}

/** Dutch clitics: 't, 's, 'k, 'n, 'm followed by a non-letter. */
function isLeadingClitic(text: string, i: number, to: number): boolean {
  if (i + 1 >= to) return false;
  const c = text.charCodeAt(i + 1);
  if (!(c === 116 || c === 115 || c === 107 || c === 110 || c === 109 || c === 84 || c === 83 || c === 75)) return false;
  return i + 2 >= to || !isLetter(text.charCodeAt(i + 2));
}

function readWord(
  text: string,
  i: number,
  to: number,
  push: (s: number, e: number, k: TokenKind, n?: string, ascii?: AsciiCase) => void,
  mailPossible: boolean,
): number {
  const start = i;
  const mail = mailPossible ? emailEnd(text, i, to) : 0;
  if (mail > 0) {
    push(start, mail, 'email');
    return mail;
  }
  let j = i;
  // the case of the ASCII letters seen, so that a plain ASCII word needs no second pass for its
  // normalized form and its capitals; `ascii` turns false at the first other code point
  let upper = 0;
  let lower = 0;
  let ascii = true;
  const c0 = text.charCodeAt(j);
  if (isApostrophe(c0)) {
    if (c0 > 127) ascii = false;
    j++;
  }
  let letters = 0;
  for (;;) {
    while (j < to) {
      const u = text.charCodeAt(j);
      if (u >= 97 && u <= 122) lower++;
      else if (u >= 65 && u <= 90) upper++;
      else if (u < 128) {
        if (!(u >= 48 && u <= 57)) break;
      } else {
        // other code points (é, ï, letters of any script) by their property
        const c = text.codePointAt(j)!;
        if (!isWordChar(c)) break;
        ascii = false;
        j += cpLength(c) - 1;
      }
      j++;
      letters++;
    }
    if (j + 1 >= to) break;
    const c = text.charCodeAt(j);
    const next = text.codePointAt(j + 1)!;
    // internal apostrophe (don't, z'n, da's) and hyphen (e-mail, heen-en-weer)
    if ((isApostrophe(c) || c === 45) && isLetter(next)) {
      if (c > 127) ascii = false;
      j++;
      continue;
    }
    // dotted abbreviations: z.s.m., o.a., e.g., d.w.z.
    if (c === 46 && letters <= 3 && isLetter(next)) {
      let k = j + 1;
      let run = 0;
      while (k < to && isLetter(text.charCodeAt(k))) { k++; run++; }
      if (run <= 3 && k < to && text.charCodeAt(k) === 46) {
        j = k + 1;
        letters = run;
        // keep going for d.w.z.
        while (j + 1 < to && isLetter(text.charCodeAt(j))) {
          let m = j;
          let r = 0;
          while (m < to && isLetter(text.charCodeAt(m))) { m++; r++; }
          if (r <= 3 && m < to && text.charCodeAt(m) === 46) j = m + 1;
          else break;
        }
        push(start, j, 'word');
        return j;
      }
    }
    break;
  }
  // the common case: lower-cased only when it has capitals, and in capitals when it has no small letters
  if (ascii) push(start, j, 'word', undefined, upper === 0 ? AsciiCase.Lower : upper >= 2 && lower === 0 ? AsciiCase.Caps : AsciiCase.Mixed);
  else push(start, j, 'word');
  return j;
}

/** Called through `.call` so the lookup does not depend on which string representation the slice has. */
const toLowerCase = String.prototype.toLowerCase;

/** Longest local part of an e-mail address we look for (RFC 5321 allows 64). */
const MAX_LOCAL_PART = 64;

function isLocalChar(c: number): boolean {
  return (c < 128 && isWordChar(c)) || c === 46 || c === 95 || c === 45 || c === 43 || c === 37;
}

/** The end of an e-mail address starting at `i` (jan.de.vries@example.com), or 0. */
function emailEnd(text: string, i: number, to: number): number {
  let j = i;
  const limit = Math.min(to, i + MAX_LOCAL_PART);
  while (j < limit && isLocalChar(text.charCodeAt(j))) j++;
  if (j >= to || text.charCodeAt(j) !== 64 || j === i) return 0;
  let k = j + 1;
  let dot = false;
  while (k < to) {
    const d = text.charCodeAt(k);
    if ((d < 128 && isWordChar(d)) || d === 45 || d === 95) k++;
    else if (d === 46 && k + 1 < to && isWordChar(text.charCodeAt(k + 1))) {
      dot = true;
      k++;
    } else break;
  }
  return dot ? k : 0;
}

function readNumber(
  text: string,
  i: number,
  to: number,
  push: (s: number, e: number, k: TokenKind, n?: string) => void,
): number {
  const start = i;
  let j = i;
  let money = false;
  if (!isDigit(text.charCodeAt(j))) {
    money = true;
    j++;
  }
  let colons = 0;
  let dateSeps = 0;
  let sep = -1;
  while (j < to) {
    const c = text.charCodeAt(j);
    if (isDigit(c)) { j++; continue; }
    if ((c === 44 || c === 46 || c === 58 || c === 45 || c === 47) && j + 1 < to && isDigit(text.charCodeAt(j + 1))) {
      if (c === 58) colons++;
      if (c === 45 || c === 47 || c === 46) {
        if (sep === -1 || sep === c) dateSeps++;
        sep = c;
      }
      j++;
      continue;
    }
    break;
  }
  // ,- and ,= after an amount (€20,-)
  if (money && j + 1 < to && text.charCodeAt(j) === 44 && (text.charCodeAt(j + 1) === 45 || text.charCodeAt(j + 1) === 61)) j += 2;
  // a directly attached unit or ordinal: 3x, 2nd, 10min, 4G, 5e
  let k = j;
  while (k < to && isLetter(text.charCodeAt(k)) && k - j < 4) k++;
  if (k > j && (k >= to || !isLetter(text.charCodeAt(k)))) {
    const unit = text.slice(j, k).toLowerCase();
    if (CURRENCY_WORDS.has(unit)) money = true;
    j = k;
  }
  if (!money && j < to && isCurrency(text.charCodeAt(j))) {
    money = true;
    j++;
  }
  let kind: TokenKind = 'number';
  if (money) kind = 'money';
  else if (colons > 0) kind = 'time';
  else if (dateSeps >= 2 || (dateSeps === 1 && sep === 47)) kind = 'date';
  push(start, j, kind);
  return j;
}

/** First characters of the emoticons above (: ; = < ^ - x X >): anything else is not an emoticon, without slicing. */
function isEmoticonStart(c: number): boolean {
  return c === 58 || c === 59 || c === 61 || c === 60 || c === 94 || c === 45 || c === 120 || c === 88 || c === 62;
}

function emoticonAt(text: string, i: number, to: number, atBoundary: boolean): number {
  if (!atBoundary || !isEmoticonStart(text.charCodeAt(i))) return 0;
  for (let len = Math.min(MAX_EMOTICON, to - i); len >= 2; len--) {
    const cand = text.slice(i, i + len).toLowerCase();
    if (!EMOTICONS.has(cand)) continue;
    const after = i + len < to ? text.codePointAt(i + len)! : 32;
    if (isWordChar(after)) continue;
    return len;
  }
  return 0;
}

function entityEnd(text: string, i: number, to: number): number {
  let j = i + 1;
  const limit = Math.min(to, i + 10);
  if (j < to && text.charCodeAt(j) === 35) j++;
  const bodyStart = j;
  while (j < limit && (isDigit(text.charCodeAt(j)) || (text.charCodeAt(j) < 128 && isLetter(text.charCodeAt(j))))) j++;
  if (j > bodyStart && j < to && text.charCodeAt(j) === 59) return j + 1;
  return 0;
}

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const n = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
    return Number.isFinite(n) && n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : undefined;
  }
  return ENTITIES[body.toLowerCase()];
}
