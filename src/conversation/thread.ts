/**
 * A whole thread of customer and agent turns. Each customer turn is analysed with the earlier
 * customer turns as its history. What the customer remembers is the worst moment (the peak) and
 * the last one (the end): both are reported, with the trajectory between them.
 */
import { LEVELS } from '../complaint/level.js';
import type { Analysis, AnalyzeOptions, Level, Message, Turn } from '../types.js';

/** The result of `analyzeConversation`. */
export interface ConversationAnalysis {
  turns: Array<{ index: number; role: 'customer' | 'agent'; analysis?: Analysis }>;
  /** The highest level the customer reached. */
  level: Level;
  /** The customer's worst moment, 0..1. */
  peak: { index: number; frustration: number };
  /** The customer's last turn. */
  end: { index: number; valence: number };
  trajectory: 'improving' | 'worsening' | 'steady';
  endedWell: boolean;
}

/** Frustration of a turn: mostly the dissatisfaction score, with anger and negative tone. */
const F_SCORE = 0.5;
const F_ANGER = 0.3;
const F_NEGATIVE = 0.2;
/** A change in frustration of at least this much from the first to the last customer turn is a trend. */
export const TRAJECTORY_DELTA = 0.15;
/** The last turn ended well: not negative (VADER's neutral band is +-0.05) and at most a signal. */
const ENDED_WELL_VALENCE = -0.05;

/** How frustrated the customer is in one analysed turn, 0..1. */
export function frustrationOf(a: Analysis): number {
  const f = F_SCORE * a.score + F_ANGER * a.tone.anger + F_NEGATIVE * Math.max(0, -a.tone.valence);
  return Math.round(Math.min(1, f) * 1000) / 1000;
}

/** Analyses a thread, given a function that analyses one message. */
export function analyzeThread(
  turns: readonly Turn[],
  options: AnalyzeOptions,
  analyzeOne: (m: Message, o: AnalyzeOptions) => Analysis,
): ConversationAnalysis {
  const history: Message[] = [...(options.history ?? [])];
  const out: ConversationAnalysis['turns'] = [];
  let level: Level = 'none';
  let peak = { index: -1, frustration: 0 };
  let first: number | undefined;
  let last: { index: number; analysis: Analysis } | undefined;
  turns.forEach((turn, index) => {
    const { role, ...message } = turn;
    if (role !== 'customer') {
      out.push({ index, role });
      return;
    }
    const analysis = analyzeOne(message, { ...options, history: [...history] });
    history.push({ ...message, id: message.id ?? `#turn${index}` });
    out.push({ index, role, analysis });
    if (LEVELS.indexOf(analysis.level) > LEVELS.indexOf(level)) level = analysis.level;
    const f = frustrationOf(analysis);
    if (peak.index === -1 || f > peak.frustration) peak = { index, frustration: f };
    first ??= f;
    last = { index, analysis };
  });
  const endF = last ? frustrationOf(last.analysis) : 0;
  const delta = endF - (first ?? 0);
  const endValence = last?.analysis.tone.valence ?? 0;
  const endLevel = last?.analysis.level ?? 'none';
  return {
    turns: out,
    level,
    peak: peak.index === -1 ? { index: -1, frustration: 0 } : peak,
    end: { index: last?.index ?? -1, valence: endValence },
    trajectory: delta >= TRAJECTORY_DELTA ? 'worsening' : delta <= -TRAJECTORY_DELTA ? 'improving' : 'steady',
    endedWell: last !== undefined && endValence >= ENDED_WELL_VALENCE && LEVELS.indexOf(endLevel) <= LEVELS.indexOf('signal'),
  };
}
