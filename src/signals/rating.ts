/**
 * A review's star rating, when the message gives one: a run of stars ("★★★☆☆", "★★★★"), a score
 * out of five ("4/5") or a count before "star(s)" ("3 stars"). Language-independent.
 */
import type { Token } from '../text/tokenize.js';

/** The top of the scale: a run of filled stars alone, or "N/5", is out of this. */
export const RATING_SCALE = 5;
const FILLED = '★';
const EMPTY = '☆';
/** The word after a count of stars, English and Dutch ("3 stars", "4 sterren"). */
const STAR_WORDS = new Set(['star', 'stars', 'ster', 'sterren']);

/** The number in "N/5", or undefined when the token is no score out of five. */
function outOfFive(t: Token): number | undefined {
  const slash = t.norm.indexOf('/');
  if (slash !== 1 || t.norm.length !== 3 || t.norm[2] !== '5') return undefined;
  const n = t.norm.charCodeAt(0) - 48;
  return n >= 0 && n <= RATING_SCALE ? n : undefined;
}

/** Whether token `i` is a star word ("stars", "sterren"). */
function isStarWord(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' && STAR_WORDS.has(t.norm);
}

/**
 * The message's first star rating (0..5), or undefined when it gives none. A score "N/5" counts
 * beside "star(s)" or at the very start or end of the message (elsewhere it may be a date: "on 4/5").
 */
export function starRating(tokens: readonly Token[]): number | undefined {
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]!.kind === 'punct') last--;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'symbol' && (t.text === FILLED || t.text === EMPTY)) {
      let filled = 0;
      while (i < tokens.length && tokens[i]!.kind === 'symbol' && (tokens[i]!.text === FILLED || tokens[i]!.text === EMPTY)) {
        if (tokens[i]!.text === FILLED) filled++;
        i++;
      }
      return Math.min(filled, RATING_SCALE);
    }
    if (t.kind === 'date') {
      const n = outOfFive(t);
      if (n !== undefined && (i === 0 || i === last || isStarWord(tokens, i + 1))) return n;
    } else if (t.kind === 'number' && isStarWord(tokens, i + 1) && t.norm.length === 1) {
      const n = t.norm.charCodeAt(0) - 48;
      if (n >= 0 && n <= RATING_SCALE) return n;
    }
  }
  return undefined;
}
