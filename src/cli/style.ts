/**
 * Colours for the human-readable outputs. Enabled only for a terminal and when NO_COLOR is unset
 * (https://no-color.org); disabled, every function returns its input unchanged.
 */
import type { Level } from '../index.js';

/** A function that wraps text in one ANSI style. */
export type Paint = (s: string) => string;

/** The styles the CLI uses. */
export interface Style {
  enabled: boolean;
  bold: Paint;
  dim: Paint;
  red: Paint;
  green: Paint;
  yellow: Paint;
  blue: Paint;
  magenta: Paint;
  cyan: Paint;
  /** The colour of a level on the ladder, from calm to alarming. */
  level: (level: Level, s?: string) => string;
}

function sgr(open: number, close: number, enabled: boolean): Paint {
  return enabled ? (s) => `\u001b[${open}m${s}\u001b[${close}m` : (s) => s;
}

/** Builds the styles; with `enabled` false they are all the identity. */
export function createStyle(enabled: boolean): Style {
  const style: Omit<Style, 'level'> = {
    enabled,
    bold: sgr(1, 22, enabled),
    dim: sgr(2, 22, enabled),
    red: sgr(31, 39, enabled),
    green: sgr(32, 39, enabled),
    yellow: sgr(33, 39, enabled),
    blue: sgr(34, 39, enabled),
    magenta: sgr(35, 39, enabled),
    cyan: sgr(36, 39, enabled),
  };
  const byLevel: Record<Level, Paint> = {
    none: style.dim,
    signal: style.cyan,
    feedback: style.blue,
    complaint: style.yellow,
    escalation: style.magenta,
    dispute: (s) => style.bold(style.red(s)),
  };
  return { ...style, level: (level, s = level) => byLevel[level](s) };
}

/** Whether to colour output written to `stream`: a TTY, and NO_COLOR unset or empty. */
export function wantsColour(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  const noColor = env.NO_COLOR;
  return stream.isTTY === true && (noColor === undefined || noColor === '');
}
