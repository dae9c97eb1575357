/** Matching a word list (a phrase of the split's lexicons) at a token, shared by the split's shape readers. */
import type { Token } from '../text/tokenize.js';

/**
 * Phrases (word lists, lower case) filed under their first word. A token is tested against the few
 * phrases that start with it, found with one hash lookup, instead of comparing its form with the
 * first word of every phrase (a string comparison each: it was most of a shape reader's time).
 */
export class Phrases {
  private readonly byFirst = new Map<string, Array<readonly string[]>>();
  /** How many phrases there are. */
  readonly size: number;

  /** `phrases`: each a space-separated word list ("elke keer", "should never have"). */
  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const words = p.split(' ');
      const list = this.byFirst.get(words[0]!);
      if (list) list.push(words);
      else this.byFirst.set(words[0]!, [words]);
    }
    this.size = phrases.length;
  }

  /** The phrases whose first word is `word`, in the order given, or undefined when none. */
  startingWith(word: string): ReadonlyArray<readonly string[]> | undefined {
    return this.byFirst.get(word);
  }

  /** The first word of every phrase. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }
}

/** The index of the clause's first token that is not punctuation, or -1 when it holds none. */
export function firstNonPunct(tokens: readonly Token[], cl: { from: number; to: number }): number {
  for (let i = cl.from; i < cl.to; i++) if (tokens[i]!.kind !== 'punct') return i;
  return -1;
}

/**
 * Where one of `phrases` that starts at token `i` ends (the token after it), within `[i, to)`; -1
 * if none. Its words must be consecutive word tokens.
 */
export function phraseEnd(tokens: readonly Token[], i: number, to: number, phrases: Phrases): number {
  const list = phrases.startingWith(tokens[i]!.norm);
  if (list === undefined) return -1;
  for (const p of list) {
    let m = 1;
    while (m < p.length && i + m < to && tokens[i + m]!.kind === 'word' && tokens[i + m]!.norm === p[m]) m++;
    if (m === p.length) return i + m;
  }
  return -1;
}
