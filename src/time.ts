/** Time values as the contract accepts them: ISO 8601 strings, epoch milliseconds or Dates. No clock reads. */
import type { TimeInput } from './types.js';

/** Epoch milliseconds of `t`, or undefined when absent or unreadable. */
export function toMillis(t: TimeInput | undefined): number | undefined {
  if (t === undefined) return undefined;
  const ms = t instanceof Date ? t.getTime() : typeof t === 'number' ? t : Date.parse(t);
  return Number.isFinite(ms) ? ms : undefined;
}

/** One hour, day, in milliseconds. */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
