/**
 * Normalize: find the customer's own words in a message. Quoted earlier replies, signatures,
 * "sent from my iPhone" lines and HTML markup are left out; nothing is copied or rewritten, so
 * every later offset still points into the original text. One pass over the lines, linear time.
 */
import { isSpaceCode } from './chars.js';

/** A stretch of the original text that holds the customer's own words. */
export interface Segment {
  start: number;
  end: number;
  /** Something was left out just before this segment, or it starts a new block. */
  breakBefore: boolean;
}

/** Markers of text that is not the customer's own (from `lexicons/<lang>/normalize.json`). */
export interface NormalizeMarkers {
  quoteHeaders: ReadonlyArray<{ startsWith: string; contains: string }>;
  separators: readonly string[];
  fieldBlocks: ReadonlyArray<readonly [string, string] | readonly string[]>;
  signoffs: readonly string[];
  devices: readonly string[];
  /** Line-opening speaker labels of the organisation's side in a transcript ("medewerker", "agent"). */
  agentLabels: readonly string[];
  /** Line-opening speaker labels of the customer's side ("klant", "caller"). */
  customerLabels: readonly string[];
}

/** What {@link normalize} found. */
export interface Normalized {
  segments: Segment[];
  /** The text contained HTML markup. */
  html: boolean;
  /** Where a quoted earlier message starts, or -1. */
  quoteAt: number;
  /** Where a signature starts, or -1. */
  signatureAt: number;
}

/** How far into a line we look for markers: headers and sign-offs are short. */
const MARKER_PREFIX = 240;
/** A sign-off cuts to the end only if at most this many short lines follow it (name, phone, company). */
const MAX_SIGNATURE_LINES = 6;
/** ... and each of them is at most this long. */
const MAX_SIGNATURE_LINE = 80;
/** A field block ("From:" ... "Sent:") must close within this many lines. */
const FIELD_BLOCK_SPAN = 4;
/**
 * An inline citation ("Op 3 mei schreef uw collega:" / "> ..." / the customer's answer) is looked
 * for only this many lines past its header: a cited promise is a sentence or a short paragraph,
 * and the bound keeps a text of many headers linear.
 */
const MAX_CITED_LINES = 20;
/** Longest HTML tag considered; a lone '<' in prose never makes us skip more than this. */
const MAX_TAG = 2000;

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'section', 'article', 'header', 'footer', 'body', 'html', 'head', 'title',
]);
/** Elements whose whole content is not the customer's words. */
const SKIP_CONTENT = new Set(['script', 'style', 'blockquote', 'head', 'title']);

interface Line {
  start: number;
  end: number;
  /**
   * Lower-cased, trimmed start of the line. For a plain line only its first character: no marker
   * starts with it, so every marker test on it fails as on the whole key (see {@link keyOf}).
   */
  key: string;
  /** No marker can match the line: it opens with a character no marker (nor '>' or '--') opens with. */
  plain: boolean;
}

/** Bytes of {@link MarkerStarts}: one per ASCII code. */
const ASCII = 128;

/**
 * Which ASCII characters open a marker, per markers object: a line opening with any other ASCII
 * character is plain and needs no lower-cased key, which saves copying and lower-casing most lines.
 * Undefined when some marker is empty (it matches every line, so no line is plain).
 */
type MarkerStarts = Uint8Array | undefined;

let startsFor: NormalizeMarkers | undefined;
let starts: MarkerStarts;

/** The {@link MarkerStarts} of `markers`, remembered for the last markers object (an analyzer keeps one). */
function markerStarts(markers: NormalizeMarkers): MarkerStarts {
  if (markers === startsFor) return starts;
  const table = new Uint8Array(ASCII);
  let all = false;
  const add = (m: string): void => {
    if (m.length === 0) all = true;
    else if (m.charCodeAt(0) < ASCII) table[m.charCodeAt(0)] = 1;
  };
  // '>' opens a quoted line and '--' a signature
  add('>');
  add('--');
  for (const h of markers.quoteHeaders) add(h.startsWith);
  markers.separators.forEach(add);
  // a field block with an empty field is skipped by isQuoteHeader; its second field is read on the lines below
  for (const [first, second] of markers.fieldBlocks) {
    if (first && second) {
      add(first);
      add(second);
    }
  }
  markers.signoffs.forEach(add);
  markers.devices.forEach(add);
  markers.agentLabels.forEach(add);
  markers.customerLabels.forEach(add);
  startsFor = markers;
  starts = all ? undefined : table;
  return starts;
}

/** The line's lower-cased, trimmed start. */
function lineKey(text: string, s: number, e: number): string {
  return text.slice(s, Math.min(e, s + MARKER_PREFIX)).trim().toLowerCase();
}

/** The whole key of `line`, also of a plain one (a wrapped quote header reads its next line's). */
function keyOf(text: string, line: Line): string {
  if (line.plain) {
    line.key = lineKey(text, line.start, line.end);
    line.plain = false;
  }
  return line.key;
}

function lines(text: string, table: MarkerStarts): Line[] {
  const out: Line[] = [];
  let s = 0;
  for (;;) {
    let e = text.indexOf('\n', s);
    const last = e === -1;
    if (last) e = text.length;
    // the first character after the ASCII white space that trim() removes
    const limit = Math.min(e, s + MARKER_PREFIX);
    let f = s;
    let c = 32;
    while (f < limit && ((c = text.charCodeAt(f)) === 32 || (c >= 9 && c <= 13))) f++;
    if (table !== undefined && f < limit && c < ASCII) {
      const lower = c >= 65 && c <= 90 ? c + 32 : c;
      if (table[lower] === 0) out.push({ start: s, end: e, key: String.fromCharCode(lower), plain: true });
      else out.push({ start: s, end: e, key: lineKey(text, s, e), plain: false });
    } else out.push({ start: s, end: e, key: lineKey(text, s, e), plain: false });
    if (last) break;
    s = e + 1;
  }
  return out;
}

function stripTrailing(key: string): string {
  let e = key.length;
  while (e > 0 && ',.!:;-'.includes(key[e - 1]!)) e--;
  return key.slice(0, e).trimEnd();
}

/** The speaker a line opens with (`label:`), if it is one of `labels`. */
function opensWith(key: string, labels: readonly string[]): boolean {
  for (const l of labels) if (key.startsWith(l) && key.charCodeAt(l.length) === 58) return true;
  return false;
}

/**
 * Finds the customer's own words in `text`. `markers` are the merged markers of all languages:
 * normalization runs before language detection.
 */
export function normalize(text: string, markers: NormalizeMarkers): Normalized {
  const ls = lines(text, markerStarts(markers));
  const keep = new Uint8Array(ls.length).fill(1);
  let quoteAt = -1;
  let signatureAt = -1;
  let cutFrom = ls.length;
  // in a transcript (a text with a customer label), the agent's turns run from an agent label to
  // the next customer label; without a customer label, "Support: ..." is the customer's own line
  let transcript = false;
  for (const l of ls) if (opensWith(l.key, markers.customerLabels)) transcript = true;
  let agentTurn = false;

  for (let n = 0; n < cutFrom; n++) {
    const { key } = ls[n]!;
    if (transcript && opensWith(key, markers.agentLabels)) agentTurn = true;
    else if (agentTurn && opensWith(key, markers.customerLabels)) agentTurn = false;
    if (key.startsWith('>') || agentTurn) {
      keep[n] = 0;
      continue;
    }
    // no marker opens with the line's first character: none of the tests below can match
    if (ls[n]!.plain) continue;
    if (isQuoteHeader(text, ls, n, markers)) {
      // the customer cites a line and answers below it: only the header and the '>' lines go
      if (citesInline(ls, n)) {
        keep[n] = 0;
        if (quoteAt === -1) quoteAt = ls[n]!.start;
        continue;
      }
      cutFrom = n;
      quoteAt = ls[n]!.start;
      break;
    }
    if (markers.devices.some((d) => key.startsWith(d))) {
      keep[n] = 0;
      if (signatureAt === -1) signatureAt = ls[n]!.start;
      continue;
    }
    const bare = stripTrailing(key);
    if (bare === '--' || markers.signoffs.includes(bare)) {
      keep[n] = 0;
      if (signatureAt === -1) signatureAt = ls[n]!.start;
      if (signatureTailFits(text, ls, n + 1, cutFrom, markers)) {
        for (let m = n + 1; m < cutFrom; m++) keep[m] = 0;
        break;
      }
    }
  }
  for (let m = cutFrom; m < ls.length; m++) keep[m] = 0;

  // merge kept lines into segments
  const segments: Segment[] = [];
  let dropped = false;
  for (let n = 0; n < ls.length; n++) {
    const line = ls[n]!;
    if (!keep[n]) {
      dropped = true;
      continue;
    }
    const prev = segments[segments.length - 1];
    if (prev && !dropped && prev.end + 1 === line.start) prev.end = line.end;
    else segments.push({ start: line.start, end: line.end, breakBefore: dropped || segments.length > 0 });
    dropped = false;
  }

  const html = hasMarkup(text);
  const kept = html ? stripTags(text, segments) : segments;
  // a message that is nothing but a sign-off ("groetjes") or a quote is still the customer's text
  if (!kept.some((seg) => hasNonSpace(text, seg.start, Math.min(seg.end, seg.start + MARKER_PREFIX)))) {
    return { segments: [{ start: 0, end: text.length, breakBefore: false }], html, quoteAt: -1, signatureAt: -1 };
  }
  return { segments: kept, html, quoteAt, signatureAt };
}

/** Whether `text[start, end)` holds a character that is not white space as `\s` and `trim()` define it (no slice, no regex). */
function hasNonSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

function isQuoteHeader(text: string, ls: Line[], n: number, markers: NormalizeMarkers): boolean {
  const { key } = ls[n]!;
  if (key.length === 0) return false;
  if (markers.separators.some((s) => key.startsWith(s))) return true;
  for (const h of markers.quoteHeaders) {
    if (!key.startsWith(h.startsWith)) continue;
    if (key.includes(h.contains) && key.endsWith(':')) return true;
    // a header wrapped over two lines: "On Tue ... Support <" / "support@x.com> wrote:"
    const nextLine = ls[n + 1];
    const next = nextLine === undefined ? undefined : keyOf(text, nextLine);
    if (next !== undefined && next.includes(h.contains.trim()) && next.endsWith(':') && key.length + next.length < MARKER_PREFIX) return true;
  }
  for (const block of markers.fieldBlocks) {
    const [first, second] = block;
    if (!first || !second || !key.startsWith(first)) continue;
    for (let m = n + 1; m <= n + FIELD_BLOCK_SPAN && m < ls.length; m++) if (ls[m]!.key.startsWith(second)) return true;
  }
  return false;
}

/**
 * The quote header at `n` opens an inline citation: its next non-empty line starts with '>', and
 * after the '>' lines the customer's own words go on ("Op 3 mei schreef u:" / "> binnen 10
 * werkdagen" / "We zijn nu 6 juni ..."). A reply quoted to the end is not one.
 */
function citesInline(ls: Line[], n: number): boolean {
  let m = n + 1;
  const last = Math.min(ls.length, n + 1 + MAX_CITED_LINES);
  while (m < last && ls[m]!.key.length === 0) m++;
  if (m >= last || !ls[m]!.key.startsWith('>')) return false;
  for (; m < last; m++) {
    const { key } = ls[m]!;
    if (key.length > 0 && !key.startsWith('>')) return true;
  }
  return false;
}

function signatureTailFits(text: string, ls: Line[], from: number, to: number, markers: NormalizeMarkers): boolean {
  let count = 0;
  for (let m = from; m < to; m++) {
    const line = ls[m]!;
    if (line.key.length === 0) continue;
    if (isQuoteHeader(text, ls, m, markers) || line.key.startsWith('>')) return true;
    if (line.end - line.start > MAX_SIGNATURE_LINE) return false;
    if (++count > MAX_SIGNATURE_LINES) return false;
  }
  return true;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function hasMarkup(text: string): boolean {
  let i = text.indexOf('<');
  while (i !== -1 && i + 1 < text.length) {
    const c = text.charCodeAt(i + 1);
    if (isAsciiLetter(c) || c === 47 || c === 33) {
      const close = text.indexOf('>', i);
      if (close !== -1 && close - i < MAX_TAG) return true;
    }
    i = text.indexOf('<', i + 1);
  }
  return false;
}

function tagName(text: string, i: number): { name: string; closing: boolean } | undefined {
  let j = i + 1;
  let closing = false;
  if (text.charCodeAt(j) === 47) {
    closing = true;
    j++;
  }
  if (text.startsWith('!--', j)) return { name: '!--', closing: false };
  if (text.charCodeAt(j) === 33) return { name: '!', closing: false };
  const s = j;
  while (j < text.length && (isAsciiLetter(text.charCodeAt(j)) || (j > s && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57))) j++;
  if (j === s) return undefined;
  const after = text.charCodeAt(j);
  if (!(after === 62 || after === 47 || after === 32 || after === 9 || after === 10 || after === 13)) return undefined;
  return { name: text.slice(s, j).toLowerCase(), closing };
}

/** Removes tags (and script, style, blockquote content) from the segments; block tags become breaks. */
function stripTags(text: string, segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  let skipUntil: string | undefined;
  for (const seg of segments) {
    let cur = seg.start;
    let brk = seg.breakBefore;
    let i = text.indexOf('<', cur);
    while (i !== -1 && i < seg.end) {
      const tag = tagName(text, i);
      let close = -1;
      if (tag) close = tag.name === '!--' ? text.indexOf('-->', i) : text.indexOf('>', i);
      if (!tag || close === -1 || close - i > MAX_TAG) {
        i = text.indexOf('<', i + 1);
        continue;
      }
      const tagEnd = tag.name === '!--' ? close + 3 : close + 1;
      if (!skipUntil && i > cur) {
        out.push({ start: cur, end: i, breakBefore: brk });
        brk = false;
      }
      if (skipUntil) {
        if (tag.closing && tag.name === skipUntil) skipUntil = undefined;
      } else if (!tag.closing && SKIP_CONTENT.has(tag.name)) {
        skipUntil = tag.name;
      }
      if (BLOCK_TAGS.has(tag.name) || SKIP_CONTENT.has(tag.name)) brk = true;
      cur = Math.min(tagEnd, seg.end);
      i = text.indexOf('<', cur);
    }
    if (!skipUntil && cur < seg.end) out.push({ start: cur, end: seg.end, breakBefore: brk });
  }
  return out;
}
