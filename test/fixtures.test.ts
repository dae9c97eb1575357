/**
 * The labelled corpora keep the contract's corpus format: a bench figure is only as good as its gold.
 * Every levels file is checked line by line, so a hand-edited fixture with a span that drifted from
 * its text, an overlap, or a duplicate id fails here instead of quietly lowering a score.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../src/index.js';

const dir = new URL('../fixtures/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.startsWith('levels-') && f.endsWith('.jsonl'));

interface GoldRecord {
  id: string;
  text: string;
  level: string;
  facts?: string[];
  frustration?: string[];
}

function records(file: string): GoldRecord[] {
  return readFileSync(new URL(file, dir), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldRecord);
}

/** What is wrong with one record's gold, as readable lines; empty when it is sound. */
function problems(r: GoldRecord): string[] {
  const out: string[] = [];
  if (typeof r.id !== 'string' || typeof r.text !== 'string') out.push('id and text must be strings');
  if (!(LEVELS as readonly string[]).includes(r.level)) out.push(`level "${r.level}" is not on the ladder`);
  const taken = new Array<string | undefined>(r.text.length);
  for (const [kind, spans] of [['facts', r.facts ?? []], ['frustration', r.frustration ?? []]] as const) {
    for (const s of spans) {
      const at = r.text.indexOf(s);
      if (s.trim() === '' || at < 0) {
        out.push(`${kind} span "${s}" is not a substring of the text`);
        continue;
      }
      for (let i = at; i < at + s.length; i++) {
        if (taken[i] !== undefined) {
          out.push(`${kind} span "${s}" overlaps ${taken[i]}`);
          break;
        }
      }
      for (let i = at; i < at + s.length; i++) taken[i] ??= `${kind} span "${s}"`;
    }
  }
  if (r.level === 'none' && (r.facts?.length ?? 0) + (r.frustration?.length ?? 0) > 0) out.push('a none message carries spans');
  return out;
}

describe('labelled corpora', () => {
  it('there are levels corpora to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s: every record has sound gold and a unique id', (file) => {
    const rs = records(file);
    const bad = rs.flatMap((r) => problems(r).map((p) => `${r.id}: ${p}`));
    expect(bad).toEqual([]);
    const ids = rs.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the checker finds what it is for', () => {
    const base = { id: 'x', text: 'Het pakket is kwijt. Belachelijk!', level: 'complaint' };
    expect(problems({ ...base, facts: ['Het pakket is kwijt.'], frustration: ['Belachelijk!'] })).toEqual([]);
    expect(problems({ ...base, facts: ['Het pakket is zoek.'] })[0]).toMatch(/not a substring/);
    expect(problems({ ...base, facts: ['Het pakket is kwijt.'], frustration: ['kwijt. Belachelijk'] })[0]).toMatch(/overlaps/);
    expect(problems({ ...base, level: 'angry' })[0]).toMatch(/not on the ladder/);
    expect(problems({ ...base, level: 'none', facts: ['Het pakket is kwijt.'] })).toEqual(['a none message carries spans']);
  });
});
