/**
 * `analyze --summary`: a table with a row per record, written as the records stream by, and at the
 * end the tally per level and the suggested reply to the most severe message. Pure formatting.
 */
import { LEVELS } from '../complaint/level.js';
import type { Analysis, Cue, Level } from '../index.js';
import { isError, type OutputRecord } from './process.js';
import type { Style } from './style.js';
import { count, displayWidth, fixed, oneLine, pad, signed, truncate, wrap } from './text.js';

/** A column of the summary table. */
interface Column {
  title: string;
  width: number;
  align: 'left' | 'right';
}

/** The fixed columns; the last one (the strongest cue) takes the rest of the terminal. */
const FIXED: readonly Column[] = [
  { title: 'id', width: 12, align: 'left' },
  { title: 'lang', width: 4, align: 'left' },
  { title: 'level', width: 10, align: 'left' },
  { title: 'priority', width: 8, align: 'left' },
  { title: 'valence', width: 7, align: 'right' },
  { title: 'anger', width: 5, align: 'right' },
];
const GAP = '  ';
/** The cue column never gets narrower than this, even in a narrow terminal. */
const MIN_CUE_WIDTH = 16;

/** Column widths for a terminal `width` columns wide. */
export function summaryLayout(width: number): Column[] {
  const used = FIXED.reduce((a, c) => a + c.width + GAP.length, 0);
  // One column short of the edge: writing into the last column makes some terminals wrap.
  return [...FIXED, { title: 'strongest cue', width: Math.max(MIN_CUE_WIDTH, width - 1 - used), align: 'left' }];
}

function joinRow(cells: string[], layout: readonly Column[]): string {
  return cells
    .map((c, i) => pad(c, layout[i]!.width, layout[i]!.align))
    .join(GAP)
    .trimEnd();
}

/** The header line and the rule under it. */
export function summaryHeader(layout: readonly Column[], style: Style): string[] {
  const titles = joinRow(layout.map((c) => c.title), layout);
  const total = layout.reduce((a, c) => a + c.width, 0) + GAP.length * (layout.length - 1);
  return [style.bold(titles), style.dim('─'.repeat(Math.max(displayWidth(titles), total)))];
}

/** Kinds whose weight is a lexicon valence, not the strength of evidence. */
const VALENCE_KINDS: ReadonlySet<string> = new Set(['tone', 'emoji', 'idiom', 'negation']);

function strongest(cues: readonly Cue[], size: (c: Cue) => number): Cue | undefined {
  let best: Cue | undefined;
  for (const c of cues) if (best === undefined || size(c) > size(best)) best = c;
  return best;
}

/**
 * The cue to show for a message. Cue weights come on two scales: evidence cues (repeat, waiting,
 * demand, legal, ...) weigh 0..1, while tone cues (tone, emoji, idiom, negation) carry a lexicon
 * valence (about -3..3), so a plain maximum would show "thanks" over "ombudsman". The pick: the
 * heaviest evidence cue with text; else the cue with text of the largest absolute weight; else any (history cues have
 * no text). The first in text order wins a tie.
 */
export function strongestCue(cues: readonly Cue[]): Cue | undefined {
  const withText = cues.filter((c) => c.text.trim() !== '');
  const evidence = withText.filter((c) => !VALENCE_KINDS.has(c.kind) && c.weight >= 0 && c.weight <= 1);
  return (
    strongest(evidence, (c) => c.weight) ??
    strongest(withText, (c) => Math.abs(c.weight)) ??
    strongest(cues, (c) => Math.abs(c.weight))
  );
}

function name(out: OutputRecord): string {
  return out.id !== undefined && out.id !== '' ? out.id : `#${out.line}`;
}

/** One table row for an output record; an error record gets its code and message instead. */
export function summaryRow(out: OutputRecord, layout: readonly Column[], style: Style): string {
  const id = truncate(oneLine(name(out)), layout[0]!.width);
  if (isError(out)) {
    const rest = layout.slice(1).reduce((a, c) => a + c.width + GAP.length, 0) - GAP.length;
    return `${pad(id, layout[0]!.width)}${GAP}${style.red(truncate(oneLine(`error ${out.error.code}: ${out.error.message}`), rest))}`;
  }
  const a = out as Analysis;
  const cue = strongestCue(a.cues);
  const cueWidth = layout[6]!.width;
  let cueCell = style.dim('—');
  if (cue) {
    const label = ` (${cue.kind})`;
    const quoted = cue.text.trim() === '' ? '' : `“${oneLine(cue.text)}”`;
    const room = cueWidth - displayWidth(label);
    if (quoted === '') cueCell = style.dim(truncate(cue.kind, cueWidth));
    else cueCell = room >= 8 ? truncate(quoted, room) + style.dim(label) : truncate(quoted, cueWidth);
  }
  const valence = signed(a.tone.valence);
  const anger = fixed(a.tone.anger);
  const cells = [
    id,
    a.language,
    style.level(a.level),
    a.priority === 'urgent' || a.priority === 'high' ? style.bold(a.priority) : a.priority,
    a.tone.valence <= -0.25 ? style.red(valence) : a.tone.valence >= 0.25 ? style.green(valence) : valence,
    a.tone.anger >= 0.5 ? style.red(anger) : anger,
    cueCell,
  ];
  return joinRow(cells, layout);
}

/** What the footer needs, gathered record by record. */
export interface SummaryState {
  levels: Record<Level, number>;
  errors: number;
  /** The most severe message so far: the highest level, then the highest score. */
  worst?: { name: string; analysis: Analysis };
}

/** The state before any record. */
export function emptySummary(): SummaryState {
  return { levels: Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>, errors: 0 };
}

function severity(a: Analysis): [number, number] {
  return [LEVELS.indexOf(a.level), a.score];
}

/** The state with one more output record. */
export function addToSummary(state: SummaryState, out: OutputRecord): SummaryState {
  if (isError(out)) return { ...state, errors: state.errors + 1 };
  const a = out as Analysis;
  const levels = { ...state.levels, [a.level]: state.levels[a.level] + 1 };
  let worst = state.worst;
  if (worst === undefined) worst = { name: name(out), analysis: a };
  else {
    const [l, s] = severity(a);
    const [wl, ws] = severity(worst.analysis);
    if (l > wl || (l === wl && s > ws)) worst = { name: name(out), analysis: a };
  }
  return { levels, errors: state.errors, worst };
}

/** The closing lines: the tally per level, the errors, and the reply to the most severe message. */
export function summaryFooter(state: SummaryState, width: number, style: Style): string[] {
  const analysed = LEVELS.reduce((a, l) => a + state.levels[l], 0);
  const parts = LEVELS.filter((l) => state.levels[l] > 0).map((l) => `${count(state.levels[l])} ${style.level(l)}`);
  if (state.errors > 0) parts.push(style.red(`${count(state.errors)} ${state.errors === 1 ? 'error' : 'errors'}`));
  const lines = ['', `${style.bold(`${count(analysed)} ${analysed === 1 ? 'message' : 'messages'}`)}: ${parts.join(' · ')}`];
  const w = state.worst;
  if (w === undefined) return lines;
  const a = w.analysis;
  lines.push(
    '',
    `${style.bold('Most severe:')} ${w.name} · ${style.level(a.level)} · score ${fixed(a.score)} · priority ${a.priority}`,
    style.dim(`Suggested reply (${a.reply.language}; ${a.reply.steps.join(', ')}):`),
    ...wrap(a.reply.text, width - 1, '  '),
  );
  return lines;
}
