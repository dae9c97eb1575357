import type { Span } from 'complaint-signal';

/** A stretch of the message as shown: plain, or one of the two highlighted kinds. */
export interface Piece {
  text: string;
  kind?: 'fact' | 'frustration';
}

/**
 * Cuts `text` into pieces at the facts and frustration spans the library returned (their
 * offsets point into the original text, and the two lists do not overlap). A span that
 * overlaps one already placed is shown plain rather than twice.
 */
export function pieces(text: string, facts: Span[], frustration: Span[]): Piece[] {
  const spans = [
    ...facts.map((s) => ({ ...s, kind: 'fact' as const })),
    ...frustration.map((s) => ({ ...s, kind: 'frustration' as const })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Piece[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at || s.end > text.length || s.end <= s.start) continue;
    if (s.start > at) out.push({ text: text.slice(at, s.start) });
    out.push({ text: text.slice(s.start, s.end), kind: s.kind });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}
