/**
 * Terminal text helpers: display width, padding, truncation, word wrapping and aligned tables.
 * Pure functions; colours are ANSI escapes and take no width.
 */

const ANSI = /\u001b\[[0-9;]*m/g;
const ZERO_WIDTH = /[\p{M}\p{Cc}\p{Cf}\u200b-\u200f\ufe00-\ufe0f]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
// East Asian wide and fullwidth blocks: Hangul Jamo, CJK, Hangul syllables, compatibility ideographs, fullwidth forms.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Removes ANSI colour escapes. */
export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

function charWidth(ch: string): number {
  if (ZERO_WIDTH.test(ch)) return 0;
  // Digits, '#' and '*' are Extended_Pictographic only as keycap bases; they print one cell wide.
  if (ch.codePointAt(0)! > 0xff && PICTOGRAPHIC.test(ch)) return 2;
  if (WIDE.test(ch)) return 2;
  return 1;
}

/** Columns `s` takes in a terminal: colours take none, emoji and CJK take two. An approximation. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of stripAnsi(s)) w += charWidth(ch);
  return w;
}

/** Collapses line breaks and tabs to single spaces, so a cell stays on one line. */
export function oneLine(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** Cuts plain text (no ANSI) to at most `width` columns, ending in `…` when cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  if (width <= 0) return '';
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** Pads to `width` columns on the right (`'left'` alignment) or on the left (`'right'`). */
export function pad(s: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'left' ? s + fill : fill + s;
}

/**
 * Word-wraps plain text to `width` columns, each line prefixed by `indent`. Paragraphs (line
 * breaks in the input) are kept; a word longer than the width gets a line of its own.
 */
export function wrap(text: string, width: number, indent = ''): string[] {
  const room = Math.max(10, width - displayWidth(indent));
  const out: string[] = [];
  for (const para of text.split(/\r?\n/u)) {
    const words = para.split(/[ \t]+/u).filter((w) => w !== '');
    if (words.length === 0) {
      out.push('');
      continue;
    }
    let line = '';
    for (const word of words) {
      if (line === '') line = word;
      else if (displayWidth(line) + 1 + displayWidth(word) <= room) line += ` ${word}`;
      else {
        out.push(indent + line);
        line = word;
      }
    }
    out.push(indent + line);
  }
  return out;
}

/** Column alignment for {@link formatTable}. */
export type Align = 'left' | 'right';

/**
 * Lays out rows as aligned columns separated by `gap` spaces; cells may carry colours.
 * Trailing spaces are trimmed. The first row is usually the header.
 */
export function formatTable(rows: readonly (readonly string[])[], aligns: readonly Align[] = [], gap = 2): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  const sep = ' '.repeat(gap);
  return rows.map((row) =>
    row
      .map((cell, i) => pad(cell, widths[i] ?? 0, aligns[i] ?? 'left'))
      .join(sep)
      .trimEnd(),
  );
}

/** A number with a fixed count of decimals; `-0.00` prints as `0.00`. */
export function fixed(n: number, digits = 2): string {
  const s = n.toFixed(digits);
  return /^-0\.?0*$/u.test(s) ? s.slice(1) : s;
}

/** A signed number with a fixed count of decimals: `+0.42`, `-0.61`, `0.00`. */
export function signed(n: number, digits = 2): string {
  const s = fixed(n, digits);
  return n > 0 && Number(s) !== 0 ? `+${s}` : s;
}

/** An integer with thousands separators: `12,345`. */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
