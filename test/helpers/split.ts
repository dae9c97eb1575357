/** Assertions on `splitFacts` shared by the split's test files (one language per file). */
import { expect } from 'vitest';
import { splitFacts } from '../../src/index.js';
import type { Language } from '../../src/types.js';

/** The texts of some spans. */
export const texts = (spans: Array<{ text: string }>): string[] => spans.map((s) => s.text);

/** The split assertions for texts in `lang`. */
export function splitExpectations(lang: Language): {
  expectFrustration: (text: string, frustration: string, fact?: string) => void;
  expectFact: (text: string, fact: string) => void;
} {
  return {
    /** `frustration` is a frustration span of `text` and `fact`, when given, a fact span. */
    expectFrustration(text, frustration, fact) {
      const s = splitFacts(text, lang);
      expect(texts(s.frustration)).toContain(frustration);
      if (fact !== undefined) expect(texts(s.facts)).toContain(fact);
    },
    /** `fact` is a fact span of `text`, and nothing in it is frustration. */
    expectFact(text, fact) {
      const s = splitFacts(text, lang);
      expect(texts(s.facts)).toContain(fact);
      expect(texts(s.frustration)).toEqual([]);
    },
  };
}
