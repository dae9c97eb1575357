/**
 * The progress line of `analyze` on stderr: records done and records per second, with a bar when
 * the share of the input read is known (a file). Only drawn on a terminal.
 */
import { count } from './text.js';

/** Redraws at most this often: often enough to look alive, rarely enough to cost nothing. */
export const PROGRESS_INTERVAL_MS = 100;
const BAR_WIDTH = 24;

/** The progress line (no line end). `fraction` is the share of the input read, 0..1, when known. */
export function formatProgress(done: number, elapsedMs: number, fraction?: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const stats = `${count(done)} records  ${count(rate)} records/s`;
  if (fraction === undefined || !Number.isFinite(fraction)) return stats;
  const f = Math.min(1, Math.max(0, fraction));
  const full = Math.round(f * BAR_WIDTH);
  return `[${'█'.repeat(full)}${'░'.repeat(BAR_WIDTH - full)}] ${String(Math.floor(f * 100)).padStart(3)}%  ${stats}`;
}

/** A progress display. */
export interface Progress {
  update(done: number): void;
  /** Clears the line. */
  finish(): void;
}

/** A display that draws nothing. */
export const noProgress: Progress = { update: () => {}, finish: () => {} };

/**
 * A progress display on `stream`, redrawn in place with `\r`. `fraction` reports the share of
 * the input read; `now` is the clock (milliseconds).
 */
export function createProgress(
  stream: { write(s: string): unknown },
  fraction: () => number | undefined = () => undefined,
  now: () => number = () => performance.now(),
): Progress {
  const start = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(done) {
      const t = now();
      if (t - last < PROGRESS_INTERVAL_MS) return;
      last = t;
      drawn = true;
      stream.write(`\r${formatProgress(done, t - start, fraction())}\u001b[K`);
    },
    finish() {
      if (drawn) stream.write('\r\u001b[K');
      drawn = false;
    },
  };
}
