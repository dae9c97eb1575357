/**
 * The readable report of one message (`complaint-signal "some message"`). Pure formatting.
 */
import { LEVELS } from '../complaint/level.js';
import type { Analysis, Level, Span } from '../index.js';
import type { Style } from './style.js';
import { displayWidth, fixed, formatTable, oneLine, signed, truncate, wrap } from './text.js';

const LABEL_WIDTH = 12;

function field(label: string, value: string, style: Style): string {
  return `${style.bold(label.padEnd(LABEL_WIDTH))}${value}`;
}

/**
 * The ladder as one row with the current level marked: the level itself in its colour and
 * capitals, and a caret line under it so the mark shows without colour too.
 */
export function ladder(level: Level, style: Style): string[] {
  const sep = ' ─ ';
  let row = '';
  let marks = '';
  LEVELS.forEach((l, i) => {
    const s = i === 0 ? '' : sep;
    const current = l === level;
    row += style.dim(s) + (current ? style.level(l, style.bold(l.toUpperCase())) : style.dim(l));
    marks += ' '.repeat(s.length) + (current ? '▲'.padEnd(l.length) : ' '.repeat(l.length));
  });
  return [row, marks.trimEnd()];
}

function spans(title: string, list: readonly Span[], width: number, style: Style): string[] {
  if (list.length === 0) return [`${style.bold(title)} ${style.dim('(none)')}`];
  const out = [style.bold(title)];
  for (const s of list) {
    const lines = wrap(`“${oneLine(s.text)}”`, width - 1, '    ');
    out.push(`  • ${(lines[0] ?? '').trimStart()}`, ...lines.slice(1));
  }
  return out;
}

/** The report as lines, at most `width` columns wide (the reply and spans are wrapped). */
export function formatReport(a: Analysis, width: number, style: Style): string[] {
  const pad = ' '.repeat(LABEL_WIDTH);
  const [row, marks] = ladder(a.level, style);
  const tone = [
    `valence ${a.tone.valence <= -0.25 ? style.red(signed(a.tone.valence)) : signed(a.tone.valence)}`,
    `anger ${a.tone.anger >= 0.5 ? style.red(fixed(a.tone.anger)) : fixed(a.tone.anger)}`,
    `intensity ${fixed(a.tone.intensity)}`,
  ].join('  ');
  const lines = [
    ...(a.id !== undefined ? [field('Id', a.id, style)] : []),
    field('Language', `${a.language} ${style.dim(`(${fixed(a.languageConfidence)})`)}`, style),
    field('Level', `${style.level(a.level)} ${style.dim(`(${fixed(a.confidence)})`)}${a.isComplaint ? style.dim(' · counts as a complaint') : ''}`, style),
    pad + row!,
    ...(marks ? [pad + marks] : []),
    field('Score', fixed(a.score), style),
    field('Priority', a.priority === 'urgent' || a.priority === 'high' ? style.bold(a.priority) : a.priority, style),
    field('Tone', tone, style),
  ];
  if (a.contact.last30d > 0 || a.repetition.repeats.length > 0) {
    lines.push(
      field(
        'Contact',
        `${a.contact.last24h} in 24h, ${a.contact.last7d} in 7d, ${a.contact.last30d} in 30d; same issue ${a.contact.sameIssue}`,
        style,
      ),
    );
  }
  lines.push('', ...spans('Facts', a.facts, width, style), '', ...spans('Frustration', a.frustration, width, style), '');
  if (a.cues.length === 0) lines.push(`${style.bold('Cues')} ${style.dim('(none)')}`);
  else {
    const fixedWidth = 2 + 18 + 2 + 6 + 2;
    const room = Math.max(16, width - 1 - fixedWidth);
    const rows = [
      ['kind', 'weight', 'text'].map((t) => style.dim(t)),
      ...a.cues.map((c) => [
        truncate(c.kind, 18),
        fixed(c.weight),
        c.text.trim() === '' ? style.dim('(history)') : truncate(`“${oneLine(c.text)}”`, room),
      ]),
    ];
    lines.push(style.bold('Cues'), ...formatTable(rows, ['left', 'right', 'left']).map((l) => `  ${l}`));
  }
  lines.push('', `${style.bold('Suggested reply')} ${style.dim(`(${a.reply.language}; ${a.reply.steps.join(', ')})`)}`);
  lines.push(...wrap(a.reply.text, width - 1, '  '));
  return lines.map((l) => (displayWidth(l) === 0 ? '' : l));
}
