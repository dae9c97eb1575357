/**
 * The decision: where on the ladder (none, signal, feedback, complaint, escalation, dispute) this
 * message stands, with a confidence and an overall dissatisfaction score. One function over the
 * evidence of the earlier stages; every threshold is named here with its reason.
 */
import type { Level } from '../types.js';

/** The evidence the decision reads. */
export interface LevelEvidence {
  /** Strongest cue weight per kind. */
  cues: ReadonlyMap<string, number>;
  /**
   * The strongest demand cue that asks for something, leaving out those that only name a redress
   * ("still no refund", "de vergoeding"). Absent: every demand cue asks (the `demand` weight).
   */
  askedDemand?: number;
  tone: { valence: number; anger: number; intensity: number };
  /** Clauses labelled frustration. */
  frustrationClauses: number;
  /** History messages about the same issue. */
  sameIssue: number;
  /** Of those, how many were complaints or higher. */
  sameIssueComplaints: number;
  /** The message asks something (a question mark or a question cue). */
  question: boolean;
  /** The most negative clause's raw valence (VADER scale, -4..4 summed); 0 when none is negative. */
  worstClause: number;
  /**
   * Some negative clause addresses the organisation ("you", "jullie"). When false, bad news beside
   * an unrelated cue is about the writer's own life even if it names a failure or swears
   * ("my phone fell in the canal, what a bloody day"). Absent: assumed true.
   */
  addressedNegative?: boolean;
  /** A demand opens a clause that is not a question: an imperative ("Refund it now", "Stuur een monteur"). */
  imperative?: boolean;
  /** The review's star rating out of 5 ("★★★☆☆", "4/5", "3 stars"), when it gives one. */
  rating?: number;
}

/** The outcome of {@link decideLevel}. */
export interface LevelDecision {
  level: Level;
  confidence: number;
  score: number;
  /** Why, in words a log or a test can read: `legal`, `demand`, `history-repeat`, ... */
  reasons: string[];
}

/** The ladder, lowest first. */
export const LEVELS: readonly Level[] = ['none', 'signal', 'feedback', 'complaint', 'escalation', 'dispute'];

/** A cue counts as present at this weight: our cue weights put "suggestive" at 0.4, "clear" at 0.6+. */
export const CUE_PRESENT = 0.5;
/** A weak cue, enough for a signal. */
export const CUE_WEAK = 0.35;
/** The lexicons' "suggestive" weight (0.4): below it, from CUE_WEAK up, a negative opinion is a hedge. */
export const SUGGESTIVE = 0.4;
/** Valence at or below this is clearly negative (VADER's compound uses -0.05 for any negativity; we want displeasure). */
export const NEGATIVE = -0.25;
/** Valence at or below this is mildly negative: hedged disappointment. */
export const MILDLY_NEGATIVE = -0.1;
/** Anger at or above this shows a customer who is angry, not just disappointed. */
export const ANGRY = 0.35;
/** Strong negativity with anger is a complaint even without a stated fact ("Dit is echt belachelijk!!"). */
export const VERY_NEGATIVE = -0.45;
/** A clause this negative (raw VADER-scale sum) is an explicit negative opinion, even inside praise. */
export const NEGATIVE_CLAUSE = -1;
/** A churn, public or management cue this strong escalates on its own ("Switching to anyone else next month"). */
export const STANDALONE_ESCALATION = 0.6;
/** A demand this strong expects action on its own ("Ik wil dat het contract wordt ontbonden"). */
export const STRONG_DEMAND = 0.6;
/**
 * A suggestion this strong names a change to the product ("add a save button", "would be nice if"):
 * a message asking it is feedback even beside a "still" or "again". Weaker ones (0.55: "maybe you
 * could check") are polite phrasing that a chase uses too.
 */
export const CLEAR_SUGGESTION = 0.6;
/**
 * A suggestion tolerates irritation up to this anger: a failure called annoying or "echt geen doen"
 * beside it scores 0.4-0.5 and is still constructive; outrage ("schandalig!!", "spuugzat") scores 0.7+.
 */
export const CONSTRUCTIVE_ANGER = 0.55;
/** A demand in the imperative ("Refund the £64.95 now") expects action like a clear demand does. */
export const IMPERATIVE_DEMAND = STRONG_DEMAND;
/**
 * Valence at or above this is clearly content: a bare "nog steeds" / "still" beside it is lasting
 * praise ("nog steeds onder de indruk", "still loving it"), not waiting. Mirrors NEGATIVE's distance
 * from neutral, doubled, since praise words score higher than complaints on the VADER scale.
 */
export const CONTENT = 0.5;
/**
 * A cancelling errand may be this negative and still be calm: the word "cancel" is itself rated
 * negative (VADER -1), which alone pulls a two-sentence request to about -0.25.
 */
export const ERRAND_VALENCE = -0.3;
/** A follow-up cue this strong is a stated fact ("nog steeds geen", "still no") whatever the tone. */
export const CLEAR_FOLLOW_UP = 0.6;
/** A rating this high (of 5) is praise of the service: a grievance beside it is weighed, a review. */
export const GOOD_RATING = 4;
/** A rating in the middle of the scale (of 5) withholds: never a content message, at least a signal. */
export const MID_RATING = 3;
/** How much a good rating counts as praise: as a praise cue just present. */
const RATING_PRAISE = CUE_PRESENT;
/** Same-issue contacts in history that make a calm message at least a signal. */
export const HISTORY_SIGNAL = 1;
/** Same-issue complaints in history that turn a new complaint into an escalation: still unresolved. */
export const HISTORY_ESCALATION = 2;

/**
 * A churn cue this strong tells of leaving, even below present: the lexicons weigh a cancellation
 * told as done ("opgezegd", "overgestapt") here, and a bare trip or switch ("ik vertrek", "de overstap") lower.
 */
export const DONE_CHURN = 0.45;

/**
 * A question cue this strong doubts: it asks whether a failure is known, normal or the writer's own
 * doing ("is da normaal dat", "ligt het aan mij", "ben ik de enige"). The lexicons weigh only those
 * questions this high (the others reach 0.65).
 */
export const DOUBTING_QUESTION = 0.7;

/** Valence at or above this is clearly pleasant: NEGATIVE mirrored. */
export const PLEASANT = -NEGATIVE;

/** Waiting counts as this share of a stated problem: "still nothing" is a failure, told more softly. */
export const WAITING_AS_PROBLEM = 0.8;
/** How sure an angry, very negative text with no stated fact is a complaint: as sure as a clear cue (0.6). */
const ANGRY_EVIDENCE = 0.6;
/** How sure a complaint after unresolved complaints on the same issue is an escalation. */
const UNRESOLVED_EVIDENCE = 0.7;
/** How sure a negative opinion without a cue of its own is feedback: a coin toss leaning to yes. */
const OPINION_EVIDENCE = 0.5;
/** How sure repeated same-issue contact alone is a signal. */
const HISTORY_EVIDENCE = 0.6;
/** Confidence runs from this (no evidence beyond the default) to MAX_CONFIDENCE. */
const CONFIDENCE_FLOOR = 0.5;

/** The base of the dissatisfaction score per level; tone and repetition add to it. */
const LEVEL_SCORE: Record<Level, number> = { none: 0, signal: 0.3, feedback: 0.4, complaint: 0.6, escalation: 0.75, dispute: 0.85 };
/** How much anger and negative valence add to the score within a level's band. */
const SCORE_ANGER = 0.1;
const SCORE_NEGATIVE = 0.1;
/** Confidence is never reported above this: the rules are not certain. */
const MAX_CONFIDENCE = 0.95;

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** Decides the level of one message from its evidence. */
export function decideLevel(e: LevelEvidence): LevelDecision {
  // an imperative demand is as strong as a clear one, whatever its words' own weight
  const c = (k: string): number => {
    const w = e.cues.get(k) ?? 0;
    return k === 'demand' && e.imperative === true && w > 0 ? Math.max(w, IMPERATIVE_DEMAND) : w;
  };
  // each kind's strength read once: the rules below ask for some kinds ten times, a Map lookup each
  const problemCue = c('problem');
  const waitingCue = c('waiting');
  const repeatCue = c('repeat');
  const publicCue = c('public');
  const warningCue = c('warning');
  const unrelatedCue = c('unrelated');
  const complaintCue = c('complaint');
  const sarcasmCue = c('sarcasm');
  const negativeOpinionCue = c('negative-opinion');
  const swearingCue = c('swearing');
  const frustrationCue = c('frustration');
  const rhetoricalCue = c('rhetorical');
  const demandCue = c('demand');
  const suggestionCue = c('suggestion');
  const praiseCue = c('praise');
  const laughterCue = c('laughter');
  const managementCue = c('management');
  const churnCue = c('churn');
  const questionCue = c('question');
  const politenessCue = c('politeness');
  const gratitudeCue = c('gratitude');
  const legalCue = c('legal');
  const { valence, anger } = e.tone;
  const reasons: string[] = [];
  const problem = Math.max(problemCue, waitingCue * WAITING_AS_PROBLEM);
  const negative = valence <= NEGATIVE;
  // life events (a death, a move, illness) explain requests like cancelling: not aimed at us,
  // unless the message also names a failure or an opinion of the service; when no negative clause
  // addresses the organisation, the failures and curses beside a life-event cue are the writer's own
  // a customer who contacts us again about something still pending ("I'm calling again ... it still
  // hasn't arrived") is talking to us about us, whoever else the message names ("my landlord")
  const selfDirected = e.addressedNegative === false && !(repeatCue >= CUE_PRESENT && waitingCue >= CUE_PRESENT);
  // telling followers or warning others is aimed at an organisation, whatever personal news it holds
  const goesPublic = publicCue >= CUE_PRESENT || warningCue >= CUE_PRESENT;
  const unrelated = goesPublic || suggestsChange(suggestionCue, negativeOpinionCue)
    ? false
    : selfDirected
    ? unrelatedCue >= CUE_PRESENT && complaintCue < CUE_PRESENT && sarcasmCue < CUE_PRESENT
    : unrelatedCue >= CUE_PRESENT && problem < CUE_WEAK && complaintCue < CUE_PRESENT &&
      negativeOpinionCue < CUE_PRESENT && swearingCue === 0 && sarcasmCue < CUE_PRESENT;
  const aimed = !unrelated;

  // complaint evidence: each term is "how sure that this expects the organisation to act"
  const followUp = repeatCue >= CUE_WEAK || waitingCue >= CUE_WEAK;
  const exasperation = Math.max(frustrationCue, rhetoricalCue, swearingCue);
  const complaintEvidence = Math.max(
    demandCue >= STRONG_DEMAND ? demandCue : 0,
    demandCue >= CUE_PRESENT && (problem >= CUE_WEAK || negative || followUp || complaintCue > 0 || e.frustrationClauses > 0) ? demandCue : 0,
    complaintCue >= CUE_PRESENT ? complaintCue : 0,
    // a stated failure is a complaint; waiting alone is not (a signal), and a calm follow-up
    // question about a failure is a signal too (below)
    problemCue >= CUE_PRESENT ? problemCue : 0,
    aimed && valence <= VERY_NEGATIVE && anger >= ANGRY ? ANGRY_EVIDENCE : 0,
    // a failure told with exasperation ("Forty minutes and it arrived cold. Unbelievable.")
    aimed && exasperation >= CUE_PRESENT && Math.max(problem, repeatCue) >= CUE_PRESENT ? exasperation : 0,
    sarcasmCue >= CUE_PRESENT && (problem >= CUE_WEAK || repeatCue >= CUE_WEAK || valence <= MILDLY_NEGATIVE || anger >= ANGRY) ? sarcasmCue : 0,
  );
  // "Is there any news on my refund?": asking again, calmly, is a signal even when it names the issue
  // "Ik had al eerder gevraagd ... Het staat nog steeds verkeerd.": saying, calmly, that one asks
  // again about something still pending is a follow-up too, with or without a question mark
  const calmRepeat =
    repeatCue >= CUE_WEAK && waitingCue >= CUE_WEAK && valence > NEGATIVE && exasperation < CUE_PRESENT;
  // "Pakket alweer vertraagd", "ik heb al gebeld maar nog niks gehoord": a failure that recurs or was
  // reported before (a repeat cue), told as a statement with nothing asked (no demand cue, or only a
  // named redress, 'still no refund': a `named` cue group), nothing judged (no suggestion or opinion) and no
  // exasperation, is a heads-up on a known issue: a signal, like the calm follow-up question. The
  // strangers' sets label these signal; any request phrasing, heat or judgement keeps it higher.
  const bareReport =
    (e.askedDemand ?? demandCue) === 0 && suggestionCue < CUE_PRESENT && negativeOpinionCue < CUE_PRESENT &&
    exasperation < CUE_PRESENT && repeatCue >= CUE_WEAK;
  // (a clear product suggestion is asked, not a chase: "had to start again ... maybe add a save button?")
  const calmFollowUp =
    followUp && (e.question || calmRepeat || bareReport) && demandCue < STRONG_DEMAND && anger < ANGRY && e.frustrationClauses === 0 &&
    suggestionCue < CLEAR_SUGGESTION &&
    complaintCue < CUE_PRESENT && sarcasmCue < CUE_PRESENT && swearingCue === 0;
  // "The app crashes now and then, maybe something for the next update?": a failure reported with a
  // suggestion and no redress asked is constructive, feedback
  const constructive =
    suggestionCue >= CUE_PRESENT && demandCue < STRONG_DEMAND && complaintCue < CUE_PRESENT && anger < CONSTRUCTIVE_ANGER &&
    sarcasmCue < CUE_PRESENT && swearingCue === 0 && rhetoricalCue < CUE_PRESENT;
  // "Goede zorg, maar wachtkamer veel te warm en geen wifi", "love the trains but wifi is slow": a
  // failure weighed against praise, with nothing asked (no demand), no recurrence or waiting, no heat
  // (exasperation, anger, curses) and no irony, is a review: feedback. The strangers' sets agree.
  // a good star rating is praise beside any praise words ("★★★★ ... but the trolley never came")
  const praise = Math.max(praiseCue, e.rating !== undefined && e.rating >= GOOD_RATING ? RATING_PRAISE : 0);
  const mixedReview =
    praise > 0 && !followUp && demandCue < CUE_PRESENT && complaintCue < CUE_PRESENT && exasperation < CUE_PRESENT &&
    sarcasmCue === 0 && swearingCue === 0 && anger < ANGRY;
  // "dit was de laatste druppel", "de track & trace klopt nooit": an exasperated clause with no
  // stated failure, no follow-up and nothing asked is a verdict on the service, feedback. In a text
  // that is clearly pleasant overall the exasperation word is surprise or venting about something
  // else ("Ongelooflijk hoe snel", "rotweer ... gelukkig brengt @X m'n pizza"), unless the pleasant
  // part is praise of the service weighed against the grievance (a mixed review)
  const exasperatedVerdict =
    exasperation >= CUE_PRESENT && e.frustrationClauses > 0 && !followUp &&
    (valence < PLEASANT || praiseCue >= CUE_PRESENT);
  // "matchmaking is so broken rn lol, pls fix": a failure told laughing, asking at most for a fix
  // (no redress: the demand's own weight, not raised by the imperative), with no recurrence or
  // waiting, no heat and no formal complaint, is the writer amused by a flaw: feedback
  const lighthearted =
    laughterCue >= CUE_PRESENT && (e.cues.get('demand') ?? 0) < STRONG_DEMAND && !followUp && anger < ANGRY &&
    exasperation < CUE_PRESENT && swearingCue === 0 && complaintCue < CUE_PRESENT;
  const doubting = checksBeforeAccusing(
    questionCue, e.askedDemand ?? demandCue, Math.max(complaintCue, negativeOpinionCue, exasperation, sarcasmCue, swearingCue),
    anger, valence, e.frustrationClauses,
  );
  const isComplaintish = complaintEvidence > 0 && !calmFollowUp && !constructive && !unrelated && !mixedReview && !lighthearted && !doubting;
  // warning others off ("blijf weg bij", "do not buy") is going public
  const escalationEvidence = Math.max(managementCue, churnCue, publicCue, warningCue);
  // "Moet ik mijn contract opzeggen als ik verhuis?": asking how to cancel, calmly and with no
  // grievance, is an errand, not a threat to leave (nor an opinion: its mild negativity is the
  // cancelling word's own)
  const calm =
    valence > ERRAND_VALENCE && anger < ANGRY && problem < CUE_WEAK && repeatCue < CUE_WEAK && complaintCue < CUE_PRESENT &&
    negativeOpinionCue < CUE_PRESENT && exasperation < CUE_PRESENT && sarcasmCue < CUE_WEAK && e.frustrationClauses === 0;
  const cancelErrand =
    calm && churnCue === escalationEvidence && demandCue < STRONG_DEMAND &&
    // a question cue, not a bare "?": "... en mij niks? Dan ben ik weg" is a rhetorical lead-in to a threat
    (questionCue >= CUE_PRESENT || unrelatedCue >= CUE_WEAK || praiseCue >= CUE_PRESENT);
  // "Ik wacht nog op de bevestiging van mijn opzegging, kunt u dat nakijken? Dank u": a courteous
  // follow-up asking after a cancellation already sent names the cancellation (a noun or a
  // participle, weighed below a standalone threat) as its topic; it threatens nothing. A threat
  // ("dan zeg ik op", "ik stap over"), heat or any other escalation cue keeps it an escalation.
  const cancellationFollowUp =
    calmFollowUp && churnCue === escalationEvidence && churnCue < STANDALONE_ESCALATION &&
    Math.max(politenessCue, gratitudeCue) >= CUE_WEAK && exasperation < CUE_WEAK && valence > NEGATIVE;
  // "Heb opgezegd. Derde keer koude douches, dit was de laatste druppel": a cancellation told as done
  // beside exasperation, with no redress asked, is leaving as the consequence: an escalation. Beside a
  // demand ("netjes opgezegd, toch nog afgeschreven, ik wil het terug") the cancellation is the
  // background of a billing error and the rest of the message decides.
  const leftInAnger =
    churnCue >= DONE_CHURN && exasperation >= CUE_PRESENT && e.frustrationClauses > 0 && demandCue < CUE_PRESENT;

  // a clearly content text whose only unease is a bare "still" or "again" below a stated fact
  const contentOnly =
    valence >= CONTENT && Math.max(repeatCue, waitingCue, problemCue) < CLEAR_FOLLOW_UP && sarcasmCue < CUE_WEAK;

  let level: Level = 'none';
  let evidence = 0;
  if (legalCue >= CUE_PRESENT && (aimed || isComplaintish)) {
    level = 'dispute';
    evidence = legalCue;
    reasons.push('legal');
  } else if (
    aimed && !cancelErrand && !cancellationFollowUp &&
    (leftInAnger ||
      (escalationEvidence >= CUE_PRESENT &&
        (isComplaintish || problem >= CUE_WEAK || negative || repeatCue >= CUE_WEAK || escalationEvidence >= STANDALONE_ESCALATION)))
  ) {
    level = 'escalation';
    evidence = Math.max(escalationEvidence, leftInAnger ? exasperation : 0);
    for (const k of ['management', 'churn', 'public', 'warning']) if (c(k) >= CUE_PRESENT) reasons.push(k);
    if (leftInAnger && churnCue < CUE_PRESENT) reasons.push('churn');
  } else if (isComplaintish && e.sameIssueComplaints >= HISTORY_ESCALATION) {
    level = 'escalation';
    evidence = UNRESOLVED_EVIDENCE;
    reasons.push('unresolved-repeat');
  } else if (isComplaintish) {
    level = 'complaint';
    evidence = complaintEvidence;
    reasons.push('complaint');
  } else if (
    aimed && !calmFollowUp &&
    (suggestionCue >= CUE_PRESENT || ((mixedReview || lighthearted) && complaintEvidence > 0) ||
      negativeOpinionCue >= CUE_PRESENT ||
      exasperatedVerdict ||
      // praise with a "but": an explicit negative opinion beside it
      (praise >= CUE_PRESENT && e.worstClause <= NEGATIVE_CLAUSE) ||
      (negative && !cancelErrand && praise < CUE_PRESENT && problem < CUE_WEAK && !followUp))
  ) {
    level = 'feedback';
    evidence = Math.max(suggestionCue, negativeOpinionCue, negative || e.worstClause <= NEGATIVE_CLAUSE ? OPINION_EVIDENCE : 0);
    reasons.push('feedback');
    if (constructive && complaintEvidence > 0) reasons.push('constructive');
  } else if (
    aimed &&
    (((repeatCue >= CUE_WEAK || waitingCue >= CUE_WEAK || problem >= CUE_WEAK) && !contentOnly) ||
      (valence <= MILDLY_NEGATIVE && !cancelErrand) || sarcasmCue >= CUE_WEAK || e.rating === MID_RATING || doubting ||
      hedgedOpinion(negativeOpinionCue))
  ) {
    level = 'signal';
    evidence = Math.max(repeatCue, waitingCue, problem, -valence, sarcasmCue);
    reasons.push('signal');
  }
  // below a signal on the ladder is only 'none' (a comparison, not two searches of LEVELS)
  if (level === 'none' && e.sameIssue >= HISTORY_SIGNAL) {
    level = 'signal';
    evidence = HISTORY_EVIDENCE;
    reasons.push('history-repeat');
  }
  if (level === 'none') {
    evidence = 1 - Math.max(problem, repeatCue, waitingCue, Math.max(0, -valence), suggestionCue);
    if (unrelated) reasons.push(selfDirected ? 'unrelated-self' : 'unrelated');
  }

  const confidence = Math.min(MAX_CONFIDENCE, CONFIDENCE_FLOOR + (1 - CONFIDENCE_FLOOR) * clamp01(evidence));
  const score = clamp01(
    LEVEL_SCORE[level] + SCORE_ANGER * anger + SCORE_NEGATIVE * Math.max(0, -valence) * (level === 'none' ? 0.5 : 1),
  );
  return { level, confidence: round(confidence), score: round(score), reasons };
}

/**
 * A change to the service is asked: a clear suggestion ("bring back the old seats"), or a weaker one
 * beside a negative opinion ("the signs are confusing, maybe a few more?"). Whatever life event the
 * message tells of ("my back filed for divorce", "I was at your hospital"), a suggestion is aimed at
 * the organisation; a bare polite "maybe you could" beside bad news is not enough.
 */
function suggestsChange(suggestion: number, negativeOpinion: number): boolean {
  return suggestion >= CLEAR_SUGGESTION || (suggestion >= CUE_PRESENT && negativeOpinion >= CUE_PRESENT);
}

/**
 * "is da normaal dat ons internet elke avond wegvalt? 🤔", "ligt het aan mij of ...": a writer who
 * asks whether a failure is known, normal or their own doing checks before accusing: a signal, even
 * when the failure is named. Asking for redress, judging (a formal complaint, a negative opinion,
 * exasperation, irony, curses: `judged`, their strongest weight), anger, strong negativity (the
 * failure word's own tone brings a short question to about -0.3) or a frustrated clause make the same
 * question rhetorical ("is dit normaal?! ik wil mijn geld terug").
 */
function checksBeforeAccusing(
  question: number, askedDemand: number, judged: number, anger: number, valence: number, frustrationClauses: number,
): boolean {
  return question >= DOUBTING_QUESTION && askedDemand < CUE_PRESENT && judged < CUE_PRESENT && anger < ANGRY &&
    valence > VERY_NEGATIVE && frustrationClauses === 0;
}

/**
 * A negative opinion weighed from weak up to below suggestive is hedged ("a little disappointed", "I'd sort
 * of hoped", "expected a bit more"): unease about one episode, told softly, is a signal.
 */
function hedgedOpinion(negativeOpinion: number): boolean {
  return negativeOpinion >= CUE_WEAK && negativeOpinion < SUGGESTIVE;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
