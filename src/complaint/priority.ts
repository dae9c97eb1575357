/**
 * Priority: how soon a team should pick the message up. The level sets the base; a complaint from
 * someone who rarely complains (the larger risk of losing them), a public message with reach,
 * contact pressure and urgency each raise it one step. A perpetual complainer is not lowered:
 * each message keeps the priority its own level earns.
 */
import type { Analysis, Channel, Cue, Level, Priority } from '../types.js';

const ORDER: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];
const BASE: Record<Level, number> = { none: 0, signal: 1, feedback: 0, complaint: 1, escalation: 2, dispute: 3 };

/** A public author with at least this many followers reaches an audience worth one step. */
export const REACH_FOLLOWERS = 10_000;
/** ... and at least this many, two steps. */
export const WIDE_REACH_FOLLOWERS = 100_000;
/** Contact pressure at or above this raises the priority. */
export const PRESSURE = 0.6;
/** A customer with at least this many earlier contacts and a complaint rate below RARE_RATE rarely complains. */
export const RARE_MIN_CONTACTS = 3;
export const RARE_RATE = 0.2;
/** An urgency cue at this weight raises the priority. */
const URGENT_CUE = 0.5;

/** What raised the priority, as zero-width cues (they are not in the text). */
export interface PriorityResult {
  priority: Priority;
  cues: Cue[];
}

/** Decides the priority. */
export function decidePriority(input: {
  level: Level;
  channel: Channel;
  followers?: number;
  contact: Analysis['contact'];
  profile: Analysis['profile'];
  urgency: number;
}): PriorityResult {
  let step = BASE[input.level];
  const cues: Cue[] = [];
  const raise = (kind: string, weight: number, by = 1): void => {
    step += by;
    cues.push({ text: '', start: 0, end: 0, kind, weight });
  };
  const complaintOrMore = input.level === 'complaint' || input.level === 'escalation' || input.level === 'dispute';
  if (input.level !== 'none') {
    const f = input.followers ?? 0;
    if (input.channel === 'social' || input.channel === 'review') {
      if (f >= WIDE_REACH_FOLLOWERS) raise('reach', f, 2);
      else if (f >= REACH_FOLLOWERS) raise('reach', f);
    }
    if (input.contact.score >= PRESSURE) raise('contact-pressure', input.contact.score);
    if (input.urgency >= URGENT_CUE && complaintOrMore) raise('urgency', input.urgency);
  }
  if (complaintOrMore && input.profile.contacts >= RARE_MIN_CONTACTS && input.profile.complaintRate < RARE_RATE) {
    raise('rare-complainer', 1 - input.profile.complaintRate);
  }
  return { priority: ORDER[Math.max(0, Math.min(ORDER.length - 1, step))]!, cues };
}
