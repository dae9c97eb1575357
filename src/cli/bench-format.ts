/** The human-readable tables of `complaint-signal bench`. Pure formatting. */
import type { BenchMetrics, SpanMetrics } from './metrics.js';
import type { Style } from './style.js';
import { count, fixed, formatTable } from './text.js';

/** The metrics of one corpus file. */
export interface FileMetrics {
  file: string;
  metrics: BenchMetrics;
}

const f3 = (n: number): string => fixed(n, 3);

function spanLine(label: string, m: SpanMetrics | null): string[] {
  if (m === null) return [label, 'n/a', '(no record has this label)'];
  return [label, f3(m.f1), `precision ${f3(m.precision)}, recall ${f3(m.recall)}; ${count(m.records)} messages, ${count(m.goldWords)} gold words`];
}

/** The report of one corpus (or of the total), as lines. */
export function formatMetrics(title: string, m: BenchMetrics, style: Style): string[] {
  const lines = [
    style.bold(title),
    `  ${count(m.messages)} messages analysed${m.skipped > 0 ? style.red(`, ${count(m.skipped)} skipped`) : ''} · ${count(m.speed.messagesPerSecond)} messages/s`,
  ];
  const lv = m.level;
  if (lv !== null) {
    const rows = [
      ['level', 'precision', 'recall', 'F1', 'support', 'predicted'].map((t) => style.dim(t)),
      ...lv.confusion.labels.map((l) => {
        const s = lv.perLevel[l];
        return [style.level(l), f3(s.precision), f3(s.recall), f3(s.f1), count(s.support), count(s.predicted)];
      }),
    ];
    lines.push('', ...formatTable(rows, ['left', 'right', 'right', 'right', 'right', 'right']).map((l) => `  ${l}`));
    lines.push(
      '',
      `  accuracy ${style.bold(f3(lv.accuracy))} · macro-F1 ${style.bold(f3(lv.macroF1))} · within one level ${style.bold(f3(lv.withinOne))} · ${count(lv.support)} labelled`,
    );
    const matrix = [
      [style.dim('gold \\ predicted'), ...lv.confusion.labels.map((l) => style.dim(l))],
      ...lv.confusion.labels.map((l, i) => [
        style.level(l),
        ...(lv.confusion.matrix[i] ?? []).map((v, j) => (v === 0 ? style.dim('·') : i === j ? style.bold(String(v)) : String(v))),
      ]),
    ];
    lines.push('', ...formatTable(matrix, ['left', ...lv.confusion.labels.map(() => 'right' as const)]).map((l) => `  ${l}`));
  }
  const c = lv?.complaint;
  const rows: string[][] = [
    c
      ? ['complaint F1', f3(c.f1), `precision ${f3(c.precision)}, recall ${f3(c.recall)}; ${count(c.support)} complaints (complaint|escalation|dispute)`]
      : ['complaint F1', 'n/a', '(no record has a level)'],
    m.language
      ? ['language accuracy', f3(m.language.accuracy), `${count(m.language.support)} messages`]
      : ['language accuracy', 'n/a', '(no record has a language)'],
    spanLine('facts word F1', m.facts),
    spanLine('frustration word F1', m.frustration),
    ['speed', count(m.speed.messagesPerSecond), `messages/s (${count(m.speed.messages)} in ${fixed(m.speed.ms, 0)} ms of analysis)`],
  ];
  lines.push('', ...formatTable(rows, ['left', 'right', 'left']).map((l) => `  ${l}`));
  return lines;
}

/** The whole bench report: each file, then the total when there are several. */
export function formatBench(files: readonly FileMetrics[], total: BenchMetrics, style: Style): string[] {
  const out: string[] = [];
  for (const f of files) out.push(...formatMetrics(f.file, f.metrics, style), '');
  if (files.length > 1) out.push(...formatMetrics(`Total (${files.length} files)`, total, style), '');
  return out;
}
