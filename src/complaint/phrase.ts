/** Matching a word list (a phrase of the split's lexicons) at a token, shared by the split's shape readers. */
import type { Token } from '../text/tokenize.js';

/**
 * Where one of `phrases` (word lists, lower case) that starts at token `i` ends (the token after
 * it), within `[i, to)`; -1 if none. Its words must be consecutive word tokens.
 */
export function phraseEnd(tokens: readonly Token[], i: number, to: number, phrases: ReadonlyArray<readonly string[]>): number {
  for (const p of phrases) {
    if (p[0] !== tokens[i]!.norm) continue;
    let m = 1;
    while (m < p.length && i + m < to && tokens[i + m]!.kind === 'word' && tokens[i + m]!.norm === p[m]) m++;
    if (m === p.length) return i + m;
  }
  return -1;
}
