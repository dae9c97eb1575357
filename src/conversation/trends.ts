/**
 * Trends: the same issue reported by several customers within a time window, so a team can fix the
 * source and warn the others first. Messages are grouped on shared topic stems; a group counts when
 * at least `minCustomers` distinct customers fall within `windowHours` of each other.
 */
import { HOUR } from '../time.js';

/** One message as the trend finder sees it. */
export interface TrendItem {
  id: string;
  customer: string;
  at: number;
  /** stem -> the surface word it came from */
  topics: ReadonlyMap<string, string>;
}

/** A trend, as in the contract. */
export interface Trend {
  topic: string[];
  customers: number;
  messageIds: string[];
  from: string;
  to: string;
}

/** Two stems whose windows hold mostly the same messages (Jaccard at least this) are one topic. */
const SAME_TOPIC = 0.6;
/** At most this many topic words are reported per trend. */
const MAX_TOPIC_WORDS = 5;

/** Finds trends among items (each already stemmed). */
export function findTrends(items: readonly TrendItem[], windowHours: number, minCustomers: number): Trend[] {
  const windowMs = windowHours * HOUR;
  const sorted = [...items].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  const byStem = new Map<string, number[]>();
  sorted.forEach((it, i) => {
    for (const s of it.topics.keys()) {
      const list = byStem.get(s);
      if (list) list.push(i);
      else byStem.set(s, [i]);
    }
  });
  const docFreq = (s: string): number => byStem.get(s)!.length;

  // for each stem, the best window: most distinct customers within windowMs (two pointers)
  const groups: Array<{ stem: string; members: number[]; customers: number }> = [];
  for (const [stem, list] of byStem) {
    if (list.length < minCustomers) continue;
    let best: number[] = [];
    let bestCustomers = 0;
    let bestLo = 0;
    let lo = 0;
    const count = new Map<string, number>();
    for (let hi = 0; hi < list.length; hi++) {
      const c = sorted[list[hi]!]!.customer;
      count.set(c, (count.get(c) ?? 0) + 1);
      while (sorted[list[hi]!]!.at - sorted[list[lo]!]!.at > windowMs) {
        const d = sorted[list[lo]!]!.customer;
        const n = count.get(d)! - 1;
        if (n === 0) count.delete(d);
        else count.set(d, n);
        lo++;
      }
      // a later message in the same window (lo not moved past the best window's start) joins the
      // trend even when it brings no new customer: a team wants every report of it, not the first few
      if (count.size > bestCustomers || (count.size === bestCustomers && bestCustomers > 0 && lo <= bestLo)) {
        bestCustomers = count.size;
        bestLo = lo;
        best = list.slice(lo, hi + 1);
      }
    }
    if (bestCustomers >= minCustomers) groups.push({ stem, members: best, customers: bestCustomers });
  }

  // merge stems that describe the same group of messages
  groups.sort((a, b) => b.customers - a.customers || b.members.length - a.members.length || docFreq(a.stem) - docFreq(b.stem) || (a.stem < b.stem ? -1 : 1));
  const trends: Array<{ stems: string[]; members: Set<number> }> = [];
  for (const g of groups) {
    const set = new Set(g.members);
    const home = trends.find((t) => jaccard(t.members, set) >= SAME_TOPIC);
    if (home) home.stems.push(g.stem);
    else trends.push({ stems: [g.stem], members: set });
  }

  return trends
    .map((t) => {
      const members = [...t.members].sort((a, b) => a - b).map((i) => sorted[i]!);
      const customers = new Set(members.map((m) => m.customer)).size;
      // most telling first: shared by the most members, then rarest overall (the comment said so,
      // the sort only did the second, so a word in three of five reports came before one in all five)
      const inMembers = (s: string): number => members.filter((m) => m.topics.has(s)).length;
      const stems = [...t.stems]
        .map((s) => ({ s, n: inMembers(s) }))
        .sort((a, b) => b.n - a.n || docFreq(a.s) - docFreq(b.s) || (a.s < b.s ? -1 : 1))
        .slice(0, MAX_TOPIC_WORDS)
        .map((x) => x.s);
      return {
        topic: stems.map((s) => members.find((m) => m.topics.has(s))!.topics.get(s)!),
        customers,
        messageIds: members.map((m) => m.id),
        from: new Date(members[0]!.at).toISOString(),
        to: new Date(members[members.length - 1]!.at).toISOString(),
      };
    })
    .filter((t) => t.customers >= minCustomers)
    .sort((a, b) => b.customers - a.customers || b.messageIds.length - a.messageIds.length || (a.from < b.from ? -1 : 1));
}

function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}
