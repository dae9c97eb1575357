/**
 * History: what earlier contacts of the same customer say about this message. Same-issue repeats
 * (a shared identifier, or weighted Dice similarity of issue keys: stems, topic classes, compound
 * parts, numbers; see issue.ts), contact counts in the 24 h / 7 d / 30 d before the reference
 * time, a contact-pressure score (bursts, channel hopping, a long-waiting first contact), and the
 * customer's profile (how often they complain, and whether about everything).
 */
import { stem } from '../text/stem.js';
import { issueStem, type IssueText } from './issue.js';
import { DAY, HOUR } from '../time.js';
import type { Analysis, Channel, Cue } from '../types.js';

/** One earlier contact, already analysed on its own. */
export interface PastContact {
  /** The message id, or `#index` in the history array. */
  ref: string;
  /** Epoch ms, when known. */
  at?: number;
  channel: Channel;
  /** Its issue keys ({@link readIssue}). */
  issue: IssueText;
  isComplaint: boolean;
}

/** What the history says. */
export interface HistorySignals {
  contact: Analysis['contact'];
  profile: Analysis['profile'];
  /** Refs of same-issue contacts, oldest first. */
  repeats: string[];
  /** Of the repeats, how many were complaints. */
  repeatComplaints: number;
  /** 0..1 from the repeats and the time they span. */
  historyRepetition: number;
}

/** Weighted Dice similarity at or above this means the same issue... */
export const SAME_ISSUE_DICE = 0.3;
/** ... or at least this many shared issue keys (weighted)... */
export const SAME_ISSUE_SHARED = 3;
/** ... or at least this share of the shorter text's keys are in the other (a short follow-up)... */
export const SAME_ISSUE_CONTAINED = 0.6;
/** ... and never fewer than this many shared keys (one shared word like "internet" is not enough). */
export const SAME_ISSUE_MIN_SHARED = 2;
/** Contact pressure: weight of each contact by window. A contact in the last day counts most. */
const W_24H = 0.5;
const W_7D = 0.25;
const W_30D = 0.08;
/** Weight of each same-issue contact on top of the window weights. */
const W_SAME = 0.35;
/** A burst: this many contacts within BURST_WINDOW is strong pressure ("three contacts in two days"). */
const BURST_COUNT = 3;
const BURST_WINDOW = 2 * DAY;
const BURST_BONUS = 0.25;
/** Channel hopping: this many different channels on the same issue within a week. */
const HOP_CHANNELS = 3;
const HOP_BONUS = 0.15;
/** The first unanswered same-issue contact: each day it has waited adds this much, up to WAIT_MAX. */
const WAIT_PER_DAY = 0.02;
const WAIT_MAX = 0.2;
/** Repetition from history: 1 - exp(-REPEAT_RATE * repeats), plus the span of days they cover. */
const REPEAT_RATE = 0.6;
const SPAN_PER_DAY = 0.01;
const SPAN_MAX = 0.15;
/** A perpetual complainer: at least this many complaints, at this rate, about this many distinct issues. */
export const PERPETUAL_MIN_COMPLAINTS = 4;
export const PERPETUAL_MIN_RATE = 0.5;
export const PERPETUAL_MIN_ISSUES = 3;

/**
 * The issue stems of the contact and generic vocabulary (`lexicons/<lang>/history.json`): words that
 * say when, how often or how politely a customer writes, and words every complaint uses. Each word is stemmed as Dutch and as English (the
 * other language's stem of a word is harmless). Built once per analyzer, when lexicons are compiled.
 */
export function contactStems(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    out.add(issueStem(stem(w, 'nl')));
    out.add(issueStem(stem(w, 'en')));
  }
  return out;
}

export { issueStem };

/** One message as same-issue matching sees it: its issue keys and its time (epoch ms), when known. */
export interface IssueDoc {
  issue: IssueText;
  at?: number;
}

/**
 * IDF-style weight of the keys of one call: in a long history a key that many earlier messages
 * share (the customer's product, their street) says little about which issue a message is about.
 * Only from IDF_MIN_DOCS messages on (in a short history every repeat shares the issue's words, and
 * a df-based weight would punish exactly those), and only above COMMON_SHARE of the messages.
 */
export const IDF_MIN_DOCS = 8;
/** A key in more than this share of the call's messages starts to weigh less (one issue in five is a customer's usual share of one topic). */
export const COMMON_SHARE = 0.2;

/** Key -> weight 0..1 over the messages of one call; keys not in the map weigh 1. */
export function keyWeights(docs: readonly IssueText[]): Map<string, number> {
  const out = new Map<string, number>();
  const n = docs.length;
  if (n < IDF_MIN_DOCS) return out;
  const df = new Map<string, number>();
  for (const d of docs) for (const k of d.keys.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  // 1 at COMMON_SHARE, falling with log(n/df) to 0 for a key in every message
  const top = Math.log(1 / COMMON_SHARE);
  for (const [k, f] of df) if (f / n > COMMON_SHARE) out.set(k, Math.log(n / f) / top);
  return out;
}

/**
 * Two messages this close in time need less evidence: a customer who writes again within a week is
 * most often writing about the same thing, so SAME_ISSUE_MIN_SHARED shared keys are enough on their
 * own, whatever else either message says (on the paraphrase development set: recall up, no new false
 * positive; accepting one shared key within a week added false positives, within a day it changed nothing).
 */
export const CLOSE_WINDOW = 7 * DAY;

/**
 * Whether two messages are about the same issue: a shared identifier or amount; else at least
 * SAME_ISSUE_MIN_SHARED shared keys (weighted by `weights`, from {@link keyWeights}), which is enough
 * within CLOSE_WINDOW, and further apart needs the Dice, shared-count or containment threshold too.
 */
export function sameIssue(a: IssueDoc, b: IssueDoc, weights: ReadonlyMap<string, number> = new Map()): boolean {
  if (a.issue.ids && b.issue.ids) for (const id of a.issue.ids) if (b.issue.ids.has(id)) return true;
  const ka = a.issue.keys;
  const kb = b.issue.keys;
  if (ka.size === 0 || kb.size === 0) return false;
  let wa = 0;
  let wb = 0;
  let shared = 0;
  for (const [k, n] of ka) {
    const w = weights.get(k) ?? 1;
    wa += n * w;
    const m = kb.get(k);
    if (m !== undefined) shared += Math.min(n, m) * w;
  }
  if (shared < SAME_ISSUE_MIN_SHARED) return false;
  if (a.at !== undefined && b.at !== undefined && Math.abs(a.at - b.at) <= CLOSE_WINDOW) return true;
  for (const [k, n] of kb) wb += n * (weights.get(k) ?? 1);
  // a short follow-up ("any news on the broadband outage at my flat?") names the issue in a few
  // words; Dice punishes it for being short beside a long first report, containment does not
  const dice = (2 * shared) / (wa + wb);
  return dice >= SAME_ISSUE_DICE || shared >= SAME_ISSUE_SHARED || shared / Math.min(wa, wb) >= SAME_ISSUE_CONTAINED;
}

/**
 * What {@link readHistory} says when no earlier contact counts, built fresh per call: no contacts, no
 * pressure, no repeats (test/analyze.test.ts holds it equal to reading contacts that all come later).
 */
function noContacts(): HistorySignals {
  return {
    contact: { score: 0, last24h: 0, last7d: 0, last30d: 0, sameIssue: 0 },
    profile: { contacts: 0, complaints: 0, complaintRate: 0, perpetual: false },
    repeats: [],
    repeatComplaints: 0,
    historyRepetition: 0,
  };
}

/**
 * Reads the history. `own` holds the issue keys of the message; `ref` is the reference time (epoch
 * ms) or undefined when no time is known; contacts after it are ignored. Compounds must already be
 * split over the whole call ({@link splitCompounds}).
 */
export function readHistory(
  own: IssueText,
  channel: Channel,
  past: readonly PastContact[],
  ref: number | undefined,
): HistorySignals {
  // no earlier contact (most calls): nothing to weigh or count
  if (past.length === 0) return noContacts();
  // only contacts strictly before the reference time count (the contract's "before"; test/analyze.test.ts)
  const usable = ref === undefined ? past : past.filter((p) => p.at === undefined || p.at < ref);
  const weights = keyWeights([own, ...usable.map((p) => p.issue)]);
  const self: IssueDoc = { issue: own, at: ref };
  let last24h = 0;
  let last7d = 0;
  let last30d = 0;
  const repeats: PastContact[] = [];
  for (const p of usable) {
    if (ref !== undefined && p.at !== undefined) {
      const age = ref - p.at;
      if (age <= 24 * HOUR) last24h++;
      if (age <= 7 * DAY) last7d++;
      if (age <= 30 * DAY) last30d++;
    }
    if (sameIssue(self, p, weights)) repeats.push(p);
  }
  repeats.sort((a, b) => (a.at ?? 0) - (b.at ?? 0));

  let pressure = W_24H * last24h + W_7D * (last7d - last24h) + W_30D * (last30d - last7d) + W_SAME * repeats.length;
  let score = 1 - Math.exp(-pressure);
  if (ref !== undefined) {
    const times = usable.map((p) => p.at).filter((t): t is number => t !== undefined && ref - t <= BURST_WINDOW);
    if (times.length + 1 >= BURST_COUNT) score += BURST_BONUS;
    const channels = new Set<Channel>([channel]);
    for (const r of repeats) if (r.at !== undefined && ref - r.at <= 7 * DAY) channels.add(r.channel);
    if (channels.size >= HOP_CHANNELS) score += HOP_BONUS;
    const first = repeats.find((r) => r.at !== undefined);
    if (first?.at !== undefined) score += Math.min(WAIT_MAX, ((ref - first.at) / DAY) * WAIT_PER_DAY);
  }
  pressure = Math.min(1, score);

  let historyRepetition = repeats.length === 0 ? 0 : 1 - Math.exp(-REPEAT_RATE * repeats.length);
  const firstAt = repeats[0]?.at;
  if (repeats.length > 0 && firstAt !== undefined && ref !== undefined) historyRepetition += Math.min(SPAN_MAX, ((ref - firstAt) / DAY) * SPAN_PER_DAY);

  const complaints = usable.filter((p) => p.isComplaint);
  const contacts = usable.length;
  const complaintRate = contacts === 0 ? 0 : complaints.length / contacts;
  return {
    contact: { score: round(pressure), last24h, last7d, last30d, sameIssue: repeats.length },
    profile: {
      contacts,
      complaints: complaints.length,
      complaintRate: round(complaintRate),
      perpetual:
        complaints.length >= PERPETUAL_MIN_COMPLAINTS && complaintRate >= PERPETUAL_MIN_RATE && distinctIssues(complaints) >= PERPETUAL_MIN_ISSUES,
    },
    repeats: repeats.map((r) => r.ref),
    repeatComplaints: repeats.filter((r) => r.isComplaint).length,
    historyRepetition: round(Math.min(1, historyRepetition)),
  };
}

/**
 * Greedy count of distinct issues among contacts (each joins the first issue it matches), counted
 * only up to PERPETUAL_MIN_ISSUES: that is all the profile needs, and it keeps the cost linear.
 */
function distinctIssues(contacts: readonly PastContact[]): number {
  const issues: PastContact[] = [];
  for (const c of contacts) {
    if (!issues.some((i) => sameIssue(i, c))) issues.push(c);
    if (issues.length >= PERPETUAL_MIN_ISSUES) break;
  }
  return issues.length;
}

/** Cues for what the history showed: zero-width at the start of the text, since they are not in it. */
export function historyCues(h: HistorySignals): Cue[] {
  const out: Cue[] = [];
  if (h.repeats.length > 0) out.push({ text: '', start: 0, end: 0, kind: 'history-repeat', weight: h.historyRepetition });
  if (h.contact.score >= 0.5) out.push({ text: '', start: 0, end: 0, kind: 'contact-pressure', weight: h.contact.score });
  if (h.profile.perpetual) out.push({ text: '', start: 0, end: 0, kind: 'perpetual-complainer', weight: h.profile.complaintRate });
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
