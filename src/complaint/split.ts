/**
 * The split: every clause is a fact (what happened, when, how long, how much, what the customer
 * needs), frustration (how it felt: emotion and evaluation, exclamations, swearing, sarcasm,
 * rhetorical questions), or neither (greetings, thanks, praise, labels and headers). The clause is
 * the unit: an evaluation is its whole clause, subject and intensifier included ("this is really
 * ridiculous"), not just its cue word. Adjacent clauses of one sentence with the same label are
 * merged; spans point into the original text and never overlap.
 */
import type { Clause } from '../text/sentences.js';
import { isFigure, type Token } from '../text/tokenize.js';
import type { WordEntry } from '../lexicon/words.js';
import type { Cue, Language, Span } from '../types.js';
import { assertsDenial, claimsAbsolutely, comparesBack, contradictsUnprompted, speaksFrankly, demonstrativeVerdict, DEMONSTRATIVE_VERDICT_WORDS, invertedVerdict, protestingQuestion, stanceAt, sweepingRecurrence, type RecurrenceWords, type StanceWords, type VerdictWords } from './shapes.js';
import { firstNonPunct, type Phrases } from './phrase.js';
import { disclaims, ECHOED_WORDS, echoesSarcasm, isRetort, LAUGH_ALONE, LAUGH_NONE, laughTail, letDownHope, preambleVerb, RETORT_WORDS, type TagWords } from './split-tags.js';
import { labelClauses, type ClauseModel } from './clause-model.js';
import { feltStretch, feltTriggers, hasFigure, STATED_MILD, statedTriggers, statedVerdict, stretchAround, wordsOutside, type FeltWords, type StatedWords } from './felt.js';

/** The label of one clause. */
export type ClauseLabel = 'fact' | 'frustration' | 'none';

/** What the split decided for each clause, and the spans. */
export interface Split {
  facts: Span[];
  frustration: Span[];
  /** Per clause: 'fact', 'frustration' or 'none'. */
  labels: ClauseLabel[];
  /**
   * Some clause with a failure, a frustration or a clearly negative word addresses the organisation
   * (you, jullie, u): the bad news is aimed at it. False when every negative clause is about the
   * writer's own life ("my phone fell in the canal", "ik ben totaal kapot").
   */
  addressedNegative: boolean;
  /** Some clause that is not a question opens with a demand: an imperative ("Stort het bedrag terug"). */
  imperative: boolean;
  /**
   * Per clause, 1 where the rules' own evidence settles its label ({@link settles}): the clause model
   * leaves it as it is. Worked out only when a clause model is given or `withSettled` asks for it
   * (training reads it); undefined otherwise, so the rules alone pay nothing for it.
   */
  settled: Uint8Array | undefined;
  /**
   * How many of the frustration spans are only a mild shape (a let-down hope, "hopefully it
   * actually works this time"): how it felt, too mild to raise the level.
   */
  mildFrustration: number;
}

/** The words of one language the split reads (from `lexicons/<lang>/tokens.json`). */
export interface SplitWords extends TagWords, VerdictWords, RecurrenceWords, FeltWords, StanceWords, StatedWords {
  /** Openings that make a short clause a greeting (word lists). */
  greetings: Phrases;
  /** Verbs that link a subject to an evaluation ("is", "vind", "seems"). */
  copulas: ReadonlySet<string>;
  /** Openings of an evaluating exclamation, as word lists ("wat een", "what a"). */
  exclamatives: Phrases;
  /** Closing verdicts ("bye", "nooit meer"), space-joined: a sentence of only one is frustration. */
  verdicts: ReadonlySet<string>;
  /**
   * Words that open a short incredulous question ({@link INCREDULOUS_WORDS}): alone with a "?"
   * ("Again?", "Seriously?") or opening one with "??" ("Where is it??"): the customer cannot
   * believe it, nothing is asked.
   */
  incredulous: ReadonlySet<string>;
  /** Negating openings of a short rejecting fragment ("not", "no more"), as word lists. */
  negatedOpenings: Phrases;
  /** Hashtag words, without the #, that vent ("fedup", "oplichting"): the hashtag is frustration of its own. */
  hashtags: ReadonlySet<string>;
  /** Line-opening labels whose value is the customer's text ("message", "klant"). */
  contentLabels: ReadonlySet<string>;
  /** Line-opening labels whose whole line is a header ("subject", "naam"). */
  headerLabels: ReadonlySet<string>;
  /** Number words ("drie", "three"): as concrete as digits. */
  numberWords: ReadonlySet<string>;
  /** Words that address the organisation ("you", "your", "jullie", "uw"). */
  addressees: ReadonlySet<string>;
  /** Words that belong to the evaluation they precede: demonstratives and intensifiers ("this is really", "echt zo"). */
  leadIns: ReadonlySet<string>;
  /** Interjections with no content of their own ("nou", "oh"): a clause of only these goes with the evaluation beside it. */
  interjections: ReadonlySet<string>;
  /** Subordinators that introduce what an evaluation is about ("jammer dat ...", "odd that ..."). */
  complementizers: ReadonlySet<string>;
  /** Coordinating conjunctions a span never starts with ("en", "and"). */
  coordinators: ReadonlySet<string>;
  /** Indefinite articles: a describing word right after one is a noun ("een stuk minder", "a lot"). */
  articles: ReadonlySet<string>;
  /** Question words that ask for a reason ("waarom", "why"). */
  reasonWords: ReadonlySet<string>;
  /** Degree words that grade what follows ("zo", "so"): after a reason word, the question complains ("why is it so slow?"). */
  degreeWords: ReadonlySet<string>;
  /**
   * Words that judge rather than describe ("onacceptabel", "belachelijk", "shoddy", "a joke"), with
   * their inflections and the negatively rated tone words derived like them (on-, -loos, -less, un-...-able).
   */
  judgements: ReadonlySet<string>;
  /** Negative words that describe a state or event ("traag", "koud", "late", "broken"): facts even after a copula. */
  descriptives: ReadonlySet<string>;
  /** Words that open a sentence to contradict ("nee"): unprompted, the sentence is frustration ({@link contradictsUnprompted}). */
  contradictions: ReadonlySet<string>;
  /** Negators ("niet", "geen", "not"), from `modifiers.json`: after an unprompted "Nee" they make it a denial. */
  negators: ReadonlySet<string>;
  /** Sweeping negations ("niemand", "nergens"): in a present-tense claim, how it always goes. */
  absolutes: ReadonlySet<string>;
  /** Words that make a sweeping negation a report ("nog", "sinds", "heeft", "ik"): "nog niks ontvangen" is a fact. */
  reportWords: ReadonlySet<string>;
  /** The word lists above as one lookup: word -> ROLE_* bits. */
  roles: ReadonlyMap<string, number>;
}

/** Bits of {@link SplitWords.roles}. */
export const ROLE_COPULA = 1;
export const ROLE_ADDRESSEE = 2;
export const ROLE_NUMBER = 4;
export const ROLE_LEAD_IN = 8;
export const ROLE_INTERJECTION = 16;
export const ROLE_COMPLEMENTIZER = 32;
export const ROLE_COORDINATOR = 64;
export const ROLE_REASON = 128;
export const ROLE_DEGREE = 256;
export const ROLE_JUDGEMENT = 512;
export const ROLE_DESCRIPTIVE = 1024;
export const ROLE_ARTICLE = 2048;
export const ROLE_CONTRADICTION = 4096;
export const ROLE_ABSOLUTE = 8192;
export const ROLE_REPORT = 16384;
/** A word of hope ("hopefully"): the clause is tested for a let-down hope (split-tags.ts) only when it holds one. */
export const ROLE_HOPE = 32768;
/** A word that may make a felt-evaluation shape (felt.ts): the clause is tested for one only when it holds one. */
export const ROLE_FELT = 65536;
/** A word that may make a stance shape (shapes.ts {@link stanceAt}): the clause is tested for one only when it holds one. */
export const ROLE_STANCE = 131072;
/** A subordinator that opens a condition ("als", "indien"). */
export const ROLE_CONDITION = 262144;
/** A verb of saying ("say"): the clause is tested for a preamble (split-tags.ts) only when it holds one. */
export const ROLE_PREAMBLE = 524288;
/** Written laughter ("lol", "haha"): the clause is tested for a laughing quip (split-tags.ts) only when it holds one. */
export const ROLE_LAUGH = 1048576;
/** A comparative ("beter", "ingewikkelder"): the clause is tested for a comparison that got worse (shapes.ts) only when it holds one. */
export const ROLE_COMPARATIVE = 2097152;
/** The first word of a candor marker ("eerlijk"): the clause is tested for one (shapes.ts) only when it holds one. */
export const ROLE_CANDOR = 4194304;
/** A word that may make a stated-verdict shape (felt.ts {@link statedVerdict}): the clause is tested for one only when it holds one. */
export const ROLE_STATED = 8388608;

/** The first word of a recurrence ("elke keer"): the clause is tested for a sweeping recurrence (shapes.ts) only when it holds one. */
export const ROLE_RECURRENCE = 16777216;
/** The first word of a retort tag ("come on"): the clause is tested for a retort (split-tags.ts) only when it holds one. */
export const ROLE_RETORT = 33554432;
/** The first word of an evaluating exclamation ("wat een"): the clause is tested for one only when it opens with such a word. */
export const ROLE_EXCLAMATIVE = 67108864;

/** The role lookup of {@link SplitWords}, from its word lists. */
export function wordRoles(
  w: Pick<
    SplitWords,
    | 'copulas' | 'addressees' | 'numberWords' | 'leadIns' | 'interjections' | 'complementizers' | 'coordinators' | 'reasonWords'
    | 'degreeWords' | 'judgements' | 'descriptives' | 'articles' | 'contradictions' | 'absolutes' | 'reportWords' | 'hopes'
    | 'counterfactuals' | 'minimizers' | 'indifference' | 'quantities' | 'stakes'
    | 'emphasizers' | 'expectations' | 'sufficiency' | 'conditionals' | 'useless' | 'helpVerbs' | 'comparatives' | 'worse' | 'candor'
    | 'preambleVerbs' | 'laughTags' | 'recurrences' | 'retorts' | 'exclamatives'
    | 'harms' | 'remedies' | 'difficulties' | 'smalls' | 'hedgeVerbs' | 'sarcasticHedges' | 'sweepingSubjects' | 'underwhelmed'
  >,
): Map<string, number> {
  const roles = new Map<string, number>();
  const mark = (list: Iterable<string>, bit: number): void => {
    for (const x of list) roles.set(x, (roles.get(x) ?? 0) | bit);
  };
  mark(w.copulas, ROLE_COPULA);
  mark(w.addressees, ROLE_ADDRESSEE);
  mark(w.numberWords, ROLE_NUMBER);
  mark(w.leadIns, ROLE_LEAD_IN);
  mark(w.interjections, ROLE_INTERJECTION);
  mark(w.complementizers, ROLE_COMPLEMENTIZER);
  mark(w.coordinators, ROLE_COORDINATOR);
  mark(w.reasonWords, ROLE_REASON);
  mark(w.degreeWords, ROLE_DEGREE);
  mark(w.judgements, ROLE_JUDGEMENT);
  mark(w.descriptives, ROLE_DESCRIPTIVE);
  mark(w.articles, ROLE_ARTICLE);
  mark(w.contradictions, ROLE_CONTRADICTION);
  mark(w.absolutes, ROLE_ABSOLUTE);
  mark(w.reportWords, ROLE_REPORT);
  mark(w.hopes, ROLE_HOPE);
  mark(feltTriggers(w), ROLE_FELT);
  for (const list of [w.emphasizers, w.expectations, w.sufficiency, w.useless, w.helpVerbs]) mark(list, ROLE_STANCE);
  mark(w.comparatives, ROLE_COMPARATIVE);
  mark(w.worse, ROLE_COMPARATIVE);
  mark(w.candor.firstWords(), ROLE_CANDOR);
  mark(w.conditionals, ROLE_CONDITION);
  mark(w.preambleVerbs, ROLE_PREAMBLE);
  mark(w.laughTags, ROLE_LAUGH);
  mark(statedTriggers(w), ROLE_STATED);
  mark(w.recurrences.firstWords(), ROLE_RECURRENCE);
  mark(w.retorts.firstWords(), ROLE_RETORT);
  mark(w.exclamatives.firstWords(), ROLE_EXCLAMATIVE);
  return roles;
}

// the cue kind tables below are Maps, not object literals: a kind as a computed key was a
// megamorphic keyed load per cue
/** Cue kinds that state facts, with how much they count as fact evidence (their weight times this). */
const FACT_CUES: ReadonlyMap<string, number> = new Map(Object.entries({
  problem: 1, waiting: 1, repeat: 0.8, demand: 1, legal: 0.7, churn: 0.6, management: 0.6, public: 0.5, urgency: 0.4, complaint: 0.4, suggestion: 0.7, question: 0.5,
}));
/**
 * Fact cue kinds whose words report what happened: a negative tone word inside one ("broken",
 * "schade") is part of the fact, not an evaluation (true). Complaint and management phrases shield
 * only mild words (false): "a formal complaint" reports, "onaanvaardbaar" evaluates.
 */
const SHIELDS: ReadonlyMap<string, boolean> = new Map(Object.entries({
  problem: true, waiting: true, repeat: true, demand: true, legal: true, churn: true, public: true, urgency: true, question: true, suggestion: true,
  complaint: false, management: false,
}));
/**
 * Cue kinds that express frustration. Emotion, swearing, sarcasm and rhetorical questions outweigh
 * a stated problem in their clause ("I'm sick of waiting three weeks" is how it felt); a negative
 * opinion weighs less, as it often sits in a clause that reports what went wrong.
 */
const FRUSTRATION_CUES: ReadonlyMap<string, number> = new Map(Object.entries({ frustration: 1.2, swearing: 1.2, sarcasm: 1.1, rhetorical: 1.2, warning: 1.2, 'negative-opinion': 0.8 }));
/**
 * Fact cue kinds that state something concrete (an event, a step, a demand). A question word,
 * politeness or a complaint word is not: "Disgraceful how you treat customers" has no fact to keep.
 */
const CONCRETE_CUES = new Set(['problem', 'waiting', 'repeat', 'demand', 'legal', 'churn', 'management', 'public']);
/** Fact cue kinds that state bad news: a failure, waiting, asking again. */
const FAILURE_CUES = new Set(['problem', 'waiting', 'repeat']);
/** Cue kinds that are pleasantries: a short clause of only these is neither. */
const PLEASANTRY = new Set(['gratitude', 'politeness', 'praise']);
/** Evidence per number, amount, time, date or reference token: facts are concrete. */
const NUMBER_FACT = 0.6;
/** A clause with this many words and no other evidence still states something: a weak fact. */
const CONTENT_WORDS = 3;
const CONTENT_FACT = 0.3;
/** A run of two or more ! (or a single one) as frustration evidence: emphasis, not content. */
const EXCLAIM_RUN = 0.35;
const EXCLAIM_ONE = 0.15;
/** A question holding a negative tone or a frustration cue is rhetorical. */
const RHETORICAL = 0.7;
/**
 * Clause anger above this makes a question rhetorical on its own: a word rated with real anger
 * ("joke", "useless": 0.3 and up), not the faint anger of a word that names a problem ("issue",
 * "broken", "delay": 0.1 at most).
 */
const RHETORICAL_ANGER = 0.1;
/**
 * Clearly negative tone words outside fact cues, per unit of VADER-scale valence, when the clause
 * frames them as an evaluation: after a copula, in an exclamation, or in a fragment ("dit is
 * belachelijk", "what a mess", "Useless fraud team."). Elsewhere a negative word mostly names what
 * happened ("a penalty charge", "schade aan mijn auto") and is left to the cues.
 */
const EVALUATION_FRAMED = 0.45;
/** A tone word at least this negative (VADER scale) can evaluate; milder ones ("waste", "pay") only colour a report. */
const EVALUATIVE_WORD = -1.4;
/**
 * A negated positive word evaluates from this (VADER scale, after negation's -0.74): "niet
 * transparant" (1.5 * -0.74) denies a quality, though its number is smaller than a negative word's.
 */
const EVALUATIVE_NEGATION = -0.7;
/**
 * A judging word counts as at least this negative (VADER scale), whatever its rating: "matig"
 * (-1.0) and "onvolledig" (-1.2) are rated mildly because they are mild, not because they describe.
 */
const JUDGEMENT_MIN = -1.4;
/** A judging word grades the rated word right after it ("belachelijk lang", "absurdly slow"), not one further on. */
const GRADER_REACH = 1;
/** A clause of at most this many words without a verb-like fact cue is a fragment ("Useless fraud team."): framed. */
const FRAGMENT_WORDS = 4;
/** An evaluating exclamation ("what a ...", "wat een ...") that is not praise. */
const EXCLAMATION = 0.8;
/** Anger of the clause (curses, capitals, ! runs) counts this much: half, as its words already count. */
const ANGER_WEIGHT = 0.5;
/** Positive tone (VADER scale) at or above this, with no problem, number or frustration, is praise: neither. */
const PRAISE_VALENCE = 1;
/** A clause that only continues the previous one ("..., to be honest", "..., which is a joke") has at most this many words. */
const TAIL_WORDS = 6;
/** Cue kinds whose own words are frustration inside an otherwise factual clause. */
const ISLAND_CUES = new Set(['frustration', 'swearing', 'sarcasm', 'rhetorical', 'warning']);

/** What the split reads off one cue kind (the tables above), so that each cue's kind is looked up once, not in seven tables. */
export interface CueKind {
  /** Listed in {@link FACT_CUES}, with its weight there (else 0). */
  isFact: boolean;
  fact: number;
  /** Listed in {@link FRUSTRATION_CUES}, with its weight there (else 0). */
  isFrustration: boolean;
  frustration: number;
  /** Listed in {@link SHIELDS}, and its value there. */
  shields: boolean;
  shieldsAll: boolean;
  concrete: boolean;
  failure: boolean;
  pleasantry: boolean;
  island: boolean;
}

/** The record of a kind that none of the tables lists. */
const OTHER_KIND: CueKind = { isFact: false, fact: 0, isFrustration: false, frustration: 0, shields: false, shieldsAll: false, concrete: false, failure: false, pleasantry: false, island: false };

/** Every kind the tables list, with its {@link CueKind} record. */
const CUE_KINDS: ReadonlyMap<string, CueKind> = (() => {
  const out = new Map<string, CueKind>();
  for (const kind of [...FACT_CUES.keys(), ...SHIELDS.keys(), ...FRUSTRATION_CUES.keys(), ...CONCRETE_CUES, ...FAILURE_CUES, ...PLEASANTRY, ...ISLAND_CUES]) {
    out.set(kind, {
      isFact: FACT_CUES.has(kind),
      fact: FACT_CUES.get(kind) ?? 0,
      isFrustration: FRUSTRATION_CUES.has(kind),
      frustration: FRUSTRATION_CUES.get(kind) ?? 0,
      shields: SHIELDS.has(kind),
      shieldsAll: SHIELDS.get(kind) === true,
      concrete: CONCRETE_CUES.has(kind),
      failure: FAILURE_CUES.has(kind),
      pleasantry: PLEASANTRY.has(kind),
      island: ISLAND_CUES.has(kind),
    });
  }
  return out;
})();

/** The {@link CueKind} record of a cue kind (for tests: the split reads {@link CUE_KINDS} directly). */
export function cueKindOf(kind: string): Readonly<CueKind> {
  return CUE_KINDS.get(kind) ?? OTHER_KIND;
}

/** A fact clause keeps its facts apart from its frustration when this many content words are left outside it. */
const MIXED_MIN_WORDS = 3;
/** Words of at least this many letters count as content when weighing a mixed clause (ik, ben, de, the do not). */
const CONTENT_WORD_LENGTH = 4;
/** A stub of at most this many content words beside an island belongs to it. */
const STUB_WORDS = 2;
/** A closing verdict sentence ("Bye.", "Nooit meer.", "Good luck with that") has at most this many words. */
const VERDICT_WORDS = 4;
/** A short incredulous question ("Where is it??") has at most this many words; a one-word one ("Again?") needs only one "?". */
const INCREDULOUS_WORDS = 3;
/** A pleasantry or greeting clause has at most this many words. */
const SHORT_CLAUSE = 5;
/** A line label has at most this many words before its colon ("booking reference:"). */
const LABEL_WORDS = 3;
/**
 * An evaluation that a complementizer follows without a verb ("Beetje jammer dat ...", "bit odd
 * that ...") has at most this many words: the evaluation is the head, what follows is the fact it
 * is about. With a verb or more words the clause states something ("ik ben bang dat ...", "de
 * monteur zei dat ..."), and on the held-apart half of the dev set cutting those did harm.
 */
const EVAL_HEAD_WORDS = 3;
/**
 * A sentence of at most this many words, all in capitals, shouts ("NOW.", "CANCEL.", "A HUMAN."):
 * emphasis with nothing new to state. Longer capitals sentences usually state the complaint
 * itself ("CANCELLED MY SUBSCRIPTION") and stay with the other evidence.
 */
const SHOUT_WORDS = 2;
/** A word in capitals this long or longer is shouted, not an initial or "I" / "A". */
const SHOUT_LETTERS = 3;
/**
 * Question marks in a row that turn a clause continuing a statement into incredulity ("... and
 * I'm paying £45 a month for this??"): a single one may still ask.
 */
const INCREDULOUS_MARKS = 2;
/**
 * A sweeping negation in a present-tense claim ("niemand doet iets", "dat slaat nergens op", "nu
 * weet niemand wat mag") counts this much as frustration: as much as an evaluating exclamation,
 * enough to outweigh the clause's content words and a mild problem cue.
 */
const ABSOLUTE_CLAIM = 0.8;
/**
 * A clause of at most this many words that closes a sentence with "!" and asks for nothing, with no
 * concrete cue and no report word of its own, exclaims how it feels ("Twee keer 850 euro!", "en het
 * is hier twaalf graden binnen!"); a number or a few content words do not make it a report, the
 * writer's own doing does ("Ik heb er een dag verlof voor genomen!").
 */
const EXCLAIM_CLAUSE_WORDS = 7;
/** An emotion that heads its clause has at most this many words before its copula and it: the subject ("I", "we"). */
const EMOTION_SUBJECT_WORDS = 1;
/**
 * ... and its emotion cue at most this many words: an adjective ("disappointed", "fed up"); a longer
 * idiom is a verb phrase that reports ("I've been going round in circles with your team").
 */
const EMOTION_WORDS = 2;
/** A stretch that a laugh closes is a quip when it has at most this many words, the laugh included ("matchmaking is so broken rn lol"). */
const QUIP_WORDS = 7;
/** Words an aside after a request may hold and still let the sentence's closing "?" ask the request: "(account 4471-220)?", ", please?". */
const ASIDE_WORDS = 3;

/** What the split has read of one clause: its fact and frustration weights and where the deciding words are. */
export interface Evidence {
  fact: number;
  /** Fact evidence from cues and numbers (not just "it has words"). */
  concrete: number;
  /** A failure, waiting or repeat cue: bad news stated as a fact. */
  failure: boolean;
  frustration: number;
  /** Sum of clearly negative tone words (VADER scale, as a positive number) outside fact cues. */
  negative: number;
  /** Offset of the first of those words, or -1. */
  firstNegative: number;
  /** Offset of the first demand cue, or -1. */
  firstDemand: number;
  /** Offset of the first evaluating item (a negative tone word outside a fact cue, a frustration cue), or -1. */
  firstEval: number;
  /** A rhetorical-question cue ("what's the point", "is this how you treat customers"). */
  rhetorical: boolean;
  /** Sum of positive tone outside sarcasm. */
  positive: number;
  /** Where the first and the last positive tone word start, or -1: is the praise only a candor marker's ("eerlijk gezegd")? */
  firstPositive: number;
  lastPositive: number;
  pleasantry: boolean;
  onlyPleasant: boolean;
  /** A judging word (not negated) evaluates in the clause: it frames itself. */
  judged: boolean;
  /** Offset of the first sarcasm cue (tone or pattern), or -1. */
  sarcasm: number;
  /** A negated negative or a positive idiom ("not bad", "not the worst") softens the clause. */
  softened: boolean;
  /** Offsets of the first emotion cue (kind 'frustration': "disappointed", "fed up"), or -1. */
  firstEmotion: number;
  firstEmotionEnd: number;
  /** A suggestion cue ("please add", "would be nice"): the clause asks for something. */
  suggests: boolean;
  /** A gratitude cue: "Thanks, another question" thanks, even where the tone reads the thanks as sarcasm. */
  thanks: boolean;
  /** A negative opinion the writer disclaims ("I'm not writing to complain, ..."): read as no opinion. */
  disclaimed: boolean;
}

/**
 * A clause's evidence before any is read. The literal, not a cleared empty object: every record then
 * has one shape from the start (test/split-roles.test.ts holds {@link clearEvidence} to it).
 */
export function newEvidence(): Evidence {
  return { fact: 0, concrete: 0, failure: false, frustration: 0, negative: 0, firstNegative: -1, firstDemand: -1, firstEval: -1, rhetorical: false, positive: 0, firstPositive: -1, lastPositive: -1, pleasantry: false, onlyPleasant: true, judged: false, sarcasm: -1, softened: false, firstEmotion: -1, firstEmotionEnd: -1, suggests: false, thanks: false, disclaimed: false };
}

/** Sets `e` back to {@link newEvidence}'s values, field by field (the sums' boxes are written in place). */
export function clearEvidence(e: Evidence): void {
  e.fact = 0;
  e.concrete = 0;
  e.failure = false;
  e.frustration = 0;
  e.negative = 0;
  e.firstNegative = -1;
  e.firstDemand = -1;
  e.firstEval = -1;
  e.rhetorical = false;
  e.positive = 0;
  e.firstPositive = -1;
  e.lastPositive = -1;
  e.pleasantry = false;
  e.onlyPleasant = true;
  e.judged = false;
  e.sarcasm = -1;
  e.softened = false;
  e.firstEmotion = -1;
  e.firstEmotionEnd = -1;
  e.suggests = false;
  e.thanks = false;
  e.disclaimed = false;
}

/**
 * Evidence records kept between calls, one per clause of the longest message so far (cleared per
 * call; only the current message's first `clauses.length` are read).
 */
const evidencePool: Evidence[] = [];
/** A message of more clauses than this gets its own records, so one huge message does not keep them in memory for good. */
const EVIDENCE_POOL_MAX = 512;

const NONE = 0;
const FACT = 1;
const FRUSTRATION = 2;
/** A mild frustration clause ({@link Split.mildFrustration}): frustration in the spans, not counted toward the level. */
const MILD = 3;
const NAMES: readonly ClauseLabel[] = ['none', 'fact', 'frustration', 'frustration'];
/** Flag beside a clause's label: it states a concrete fact, so islands may be carved out of it. */
const MIXED = 4;

/**
 * The split roles of each token of the current message (0 for a token that is not a word), read
 * off its word-table entry as the clause loop passes it: shape readers test a bit here instead of
 * looking the word up again. Kept between calls and grown when a message has more tokens; only
 * the entries of the current message's clauses are read.
 */
let roleScratch = new Int32Array(256);
/**
 * A message of more tokens than this gets its own role and label arrays ({@link keepable}), so one
 * huge message does not keep its size in memory for good.
 */
const ROLE_SCRATCH_MAX = 8192;

/**
 * Per-call label arrays kept between calls, like {@link roleScratch}: a typed array made per call
 * was a runtime call each, three or four per message. Clause labels are cleared per call; token
 * labels are written for every token of a clause before any is read, and no other is read.
 */
let clauseLabelScratch = new Uint8Array(64);
let tokenLabelScratch = new Uint8Array(256);
let islandScratch = new Uint8Array(256);

/** The typed arrays kept between calls. */
type Scratch = Uint8Array<ArrayBuffer> | Int32Array<ArrayBuffer>;

/** `scratch` when it has room for `size` entries, else a larger one of its type (twice `size`, to grow seldom). */
function roomFor<A extends Scratch>(scratch: A, size: number): A {
  if (size <= scratch.length) return scratch;
  const Make = scratch.constructor as new (length: number) => A;
  return new Make(size * 2);
}

/** Whether an array from {@link roomFor} may be kept for later calls ({@link ROLE_SCRATCH_MAX}). */
function keepable(a: Scratch): boolean {
  return a.length <= 2 * ROLE_SCRATCH_MAX;
}

/**
 * Labels each clause and builds the fact and frustration spans.
 * `toneClauses` holds each clause's valence and anger; `toneCues` and `cues` are in text order;
 * `entries` is the word-table entry of each token (parallel to `tokens`), read in `language`.
 */
export function splitClauses(
  text: string,
  tokens: readonly Token[],
  clauses: readonly Clause[],
  toneClauses: ReadonlyArray<{ valence: number; anger: number }>,
  toneCues: readonly Cue[],
  cues: readonly Cue[],
  words: SplitWords,
  entries: ReadonlyArray<WordEntry | undefined>,
  language: Language,
  model?: ClauseModel,
  withSettled = false,
): Split {
  const n = clauses.length;
  // (a string compared once, not per word)
  const nl = language === 'nl';
  // the pooled records are cleared, not made anew: a fresh record boxed each of its five sums on
  // the heap, and its literal was the split's costliest line
  const ev: Evidence[] = n <= EVIDENCE_POOL_MAX ? evidencePool : new Array(n);
  for (let k = 0; k < n; k++) {
    const e = ev[k];
    if (e === undefined) ev[k] = newEvidence();
    else clearEvidence(e);
  }
  const roleAt = roomFor(roleScratch, tokens.length);
  if (keepable(roleAt)) roleScratch = roleAt;

  // each cue's kind record, parallel to `cues`: one lookup per cue serves both loops
  const kinds: CueKind[] = new Array(cues.length);
  for (let q = 0; q < cues.length; q++) {
    const kind = CUE_KINDS.get(cues[q]!.kind) ?? OTHER_KIND;
    kinds[q] = kind;
  }
  // flat [start, end, start, end, ...] lists: no object per span
  const islands: number[] = [];
  // tone: negated negative words and positive idioms ("niet ontevreden", "not bad at all") soften
  // the frustration cues they overlap
  const softened: number[] = [];
  let j = 0;
  for (const c of toneCues) {
    if ((c.kind === 'negation' || c.kind === 'idiom') && c.weight > 0) softened.push(c.start, c.end);
    const k = clauseAt(clauses, c.start);
    if (k === -1) continue;
    if (c.weight > 0) {
      if (c.kind !== 'negation') {
        ev[k]!.positive += c.weight;
        if (ev[k]!.firstPositive === -1) ev[k]!.firstPositive = c.start;
        ev[k]!.lastPositive = c.start;
      } else ev[k]!.softened = true;
      continue;
    }
    // both lists are in text order: walk the shielding fact cues along (in `cues` itself, stepping
    // over the others: no list of them is built per call)
    while (j < cues.length && (!kinds[j]!.shields || cues[j]!.end <= c.start)) j++;
    const f = j < cues.length ? cues[j]! : undefined;
    // a judging word, or a rated word a judging word grades ("absurdly slow"), is the customer's
    // verdict even inside a fact phrase; a descriptive word ("traag", "late") reports, even after "is"
    const kind = c.kind === 'tone' ? wordKind(tokens, words.roles, entries, nl, c.start, clauses[k]!.from) : 0;
    if (kind === ROLE_DESCRIPTIVE) continue;
    const judged = kind === ROLE_JUDGEMENT;
    const insideFact = !judged && f !== undefined && c.start >= f.start && c.end <= f.end && (kinds[j]!.shieldsAll || c.weight > EVALUATIVE_WORD);
    if (!insideFact) ev[k]!.firstEval = earliest(ev[k]!.firstEval, c.start);
    if (!insideFact && (judged || c.weight <= (c.kind === 'negation' ? EVALUATIVE_NEGATION : EVALUATIVE_WORD))) {
      ev[k]!.negative -= Math.min(c.weight, judged ? JUDGEMENT_MIN : 0);
      if (ev[k]!.firstNegative === -1) ev[k]!.firstNegative = c.start;
      // (not carved out as an island: a judging word alone is too short a span, and on the
      // held-apart checks carving it did harm; the clause is judged as a whole)
      if (judged) ev[k]!.judged = true;
    }
    if (c.kind === 'sarcasm') {
      ev[k]!.frustration += FRUSTRATION_CUES.get('sarcasm')!;
      ev[k]!.sarcasm = earliest(ev[k]!.sarcasm, c.start);
      islands.push(c.start, c.end);
    }
  }

  let s = 0;
  for (let q = 0; q < cues.length; q++) {
    const c = cues[q]!;
    const k = clauseAt(clauses, c.start);
    if (k === -1) continue;
    const e = ev[k]!;
    const kind = kinds[q]!;
    const f = kind.fact;
    const fr = kind.frustration;
    if (kind.isFact) {
      e.fact += f * c.weight;
      if (kind.concrete) e.concrete += f * c.weight;
      if (kind.failure) e.failure = true;
      if (c.kind === 'demand' && e.firstDemand === -1) e.firstDemand = c.start;
      if (c.kind === 'suggestion') e.suggests = true;
    }
    // a negative opinion that only grades a descriptive word ("painfully slow", "hard to read",
    // "te laat") reports a concrete problem with an intensifier: a fact, not how it felt
    const disclaimed = c.kind === 'negative-opinion' && disclaimsCue(tokens, words, c);
    if (disclaimed) e.disclaimed = true;
    if (kind.isFrustration && !(c.kind === 'negative-opinion' && (disclaimed || gradesDescriptive(tokens, words.roles, c)))) {
      while (s < softened.length && softened[s + 1]! <= c.start) s += 2;
      // (a cue that spells out the negation itself is not softened by it: "niet mijn probleem",
      // "not my problem" deny responsibility, they do not soften a complaint)
      if (s >= softened.length || softened[s]! >= c.end || (c.start < softened[s]! && softened[s + 1]! <= c.end)) {
        e.frustration += fr * c.weight;
        e.firstEval = earliest(e.firstEval, c.start);
        if (c.kind === 'frustration' && (e.firstEmotion === -1 || c.start < e.firstEmotion)) {
          e.firstEmotion = c.start;
          e.firstEmotionEnd = c.end;
        }
        if (c.kind === 'rhetorical') e.rhetorical = true;
        if (c.kind === 'sarcasm') e.sarcasm = earliest(e.sarcasm, c.start);
        if (kind.island) islands.push(c.start, c.end);
      }
    }
    if (!kind.pleasantry) e.onlyPleasant = false;
    else {
      e.pleasantry = true;
      if (c.kind === 'gratitude') e.thanks = true;
    }
  }

  const labels = roomFor(clauseLabelScratch, n);
  if (keepable(labels)) clauseLabelScratch = labels;
  for (let k = 0; k < n; k++) labels[k] = NONE;
  // flat lists, filled only where a rule applies: [clause, complementizer token] pairs of
  // extraposed evaluations, clauses with no content of their own (interjections, "Dat is")
  const cuts: number[] = [];
  // [clause, verb token] pairs of preambles ("I just wanted to say ...") cut off a frustrated clause
  const preambles: number[] = [];
  const interjections: number[] = [];
  let headerSentence = -1;
  // the clause holding the latest reason word ("waarom", "why"): a degree word later in its sentence grades the question
  let reasonClause = -1;
  let addressedNegative = false;
  let imperative = false;
  // some clause opens with a contradicting word ("Nee"): only then are unprompted contradictions read
  let contradiction = false;
  for (let k = 0; k < n; k++) {
    const cl = clauses[k]!;
    const e = ev[k]!;
    let wordCount = 0;
    let bangs = 0;
    let question = false;
    let questionMarks = 0;
    let capsWords = 0;
    let longCaps = 0;
    let copula = false;
    let numbers = 0;
    let head = -1;
    let onlyInterjections = true;
    let onlyGlue = true;
    let contentBefore = 0;
    let prevDemonstrative = -1;
    let evalStart = -1;
    let reasonDegree = false;
    let comp = -1;
    let wordsBeforeComp = 0;
    let headWords = 0;
    let headWordsBeforeComp = 0;
    let contentAfterComp = 0;
    let copulaBeforeComp = false;
    // before the first emotion cue: a copula, and how many words are neither lead-ins nor copulas (the subject)
    let copulaBeforeEmotion = false;
    // the roles of the clause's first word that is not a coordinator ("en als ...": "als")
    let openingRole = -1;
    let wordsBeforeEmotion = 0;
    // every role of the clause's words, or-ed: the trigger flags below are read off it once, after
    // the loop, instead of a dozen tests per word
    let clauseRoles = 0;
    // a laughing emoji ("😂"): written laughter as a word is ROLE_LAUGH
    let laughEmoji = false;
    // whether the clause's first token other than punctuation may open an exclamation (a word of
    // ROLE_EXCLAMATIVE, or a token of another kind, read the slow way): the other clauses skip the phrase lookup
    let headSeen = false;
    let mayExclaim = false;
    for (let i = cl.from; i < cl.to; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word') {
        wordCount++;
        // the tokenizer marks capitals words of two or more letters; a capital on its own ("A",
        // "I") counts as capitals too, so "A HUMAN." is all capitals
        // lengths from the offsets: token strings come in several representations, and `.length`
        // on them was a megamorphic load per word
        if (t.caps || (t.end - t.start === 1 && isUpperLetter(t.text))) {
          capsWords++;
          if (t.caps && t.end - t.start >= SHOUT_LETTERS) longCaps++;
        }
        // all its roles, read off its word-table entry (`entries` is parallel to `tokens`)
        const entry = entries[i];
        const role = entry === undefined ? 0 : nl ? entry.nl.split : entry.en.split;
        roleAt[i] = role;
        if (head === -1 && (role & ROLE_LEAD_IN) === 0) head = t.start;
        if ((role & ROLE_LEAD_IN) === 0) headWords++;
        if (role & ROLE_COPULA) copula = true;
        clauseRoles |= role;
        if (openingRole === -1 && (role & ROLE_COORDINATOR) === 0) openingRole = role;
        if (i === cl.from && (role & ROLE_CONTRADICTION) !== 0) contradiction = true;
        if (!headSeen) {
          headSeen = true;
          mayExclaim = (role & ROLE_EXCLAMATIVE) !== 0;
        }
        if (t.start < e.firstEmotion) {
          if (role & ROLE_COPULA) copulaBeforeEmotion = true;
          else if ((role & ROLE_LEAD_IN) === 0) wordsBeforeEmotion++;
        }
        if (role & ROLE_NUMBER) numbers++;
        if ((role & ROLE_INTERJECTION) === 0) onlyInterjections = false;
        if (role & ROLE_REASON) {
          if (reasonClause === -1 || clauses[reasonClause]!.sentence !== cl.sentence) reasonClause = k;
        } else if ((role & ROLE_DEGREE) !== 0 && reasonClause !== -1 && clauses[reasonClause]!.sentence === cl.sentence) reasonDegree = true;
        if ((role & (ROLE_INTERJECTION | ROLE_LEAD_IN | ROLE_COPULA)) === 0) onlyGlue = false;
        // a run-on clause where "this is" / "dit is" starts over: "RETURNED THE BOOTS 3 WEEKS AGO THIS IS A JOKE"
        if (evalStart === -1 && contentBefore >= MIXED_MIN_WORDS && (role & ROLE_COPULA) !== 0) {
          if ((role & ROLE_LEAD_IN) !== 0 && t.norm.length > 2 && prevDemonstrative !== i - 1) evalStart = i;
          else if (prevDemonstrative === i - 1) evalStart = i - 1;
        }
        prevDemonstrative = (role & ROLE_LEAD_IN) !== 0 && (role & ROLE_COPULA) === 0 ? i : -1;
        if (t.end - t.start >= CONTENT_WORD_LENGTH && (role & ROLE_LEAD_IN) === 0) contentBefore++;
        if (comp !== -1) {
          if (t.end - t.start >= CONTENT_WORD_LENGTH && (role & ROLE_LEAD_IN) === 0) contentAfterComp++;
        } else if ((role & ROLE_COMPLEMENTIZER) !== 0 && wordCount > 1) {
          // a complementizer after the clause's first word: what comes before it may be an evaluation of what follows
          comp = i;
          wordsBeforeComp = wordCount - 1;
          headWordsBeforeComp = headWords - 1;
          copulaBeforeComp = copula;
        }
        continue;
      }
      roleAt[i] = 0;
      if (!headSeen && t.kind !== 'punct') {
        headSeen = true;
        mayExclaim = true;
      }
      if (isFigure(t)) {
        numbers++;
        contentBefore++;
        if (comp !== -1) contentAfterComp++;
      } else if (t.kind === 'emoji') {
        if (words.laughTags.size > 0 && words.laughTags.has(t.text)) laughEmoji = true;
      } else if (t.kind === 'punct') {
        for (let q = t.start; q < t.end; q++) {
          const ch = text.charCodeAt(q);
          if (ch === 33) bangs++;
          else if (ch === 63) {
            question = true;
            questionMarks++;
          }
        }
      }
    }
    const addressed = (clauseRoles & ROLE_ADDRESSEE) !== 0;
    const absolute = (clauseRoles & ROLE_ABSOLUTE) !== 0;
    const report = (clauseRoles & ROLE_REPORT) !== 0;
    const hope = (clauseRoles & ROLE_HOPE) !== 0;
    const felt = (clauseRoles & ROLE_FELT) !== 0;
    const stance = (clauseRoles & ROLE_STANCE) !== 0;
    const saying = (clauseRoles & ROLE_PREAMBLE) !== 0;
    const laugh = laughEmoji || (clauseRoles & ROLE_LAUGH) !== 0;
    const comparative = (clauseRoles & ROLE_COMPARATIVE) !== 0;
    const candid = (clauseRoles & ROLE_CANDOR) !== 0;
    const statedWord = (clauseRoles & ROLE_STATED) !== 0;
    // the clause holds the first word of a recurrence or a retort tag: only then are those shapes read
    const recurrence = (clauseRoles & ROLE_RECURRENCE) !== 0;
    const retortWord = (clauseRoles & ROLE_RETORT) !== 0;
    // a line label ("Message:", "Klant:") is neither; a header line ("Subject: ...") is neither as a whole
    if (cl.sentence === headerSentence) continue;
    const label = lineLabel(tokens, cl, words);
    if (label !== 0) {
      if (label === 2) headerSentence = cl.sentence;
      continue;
    }
    if (wordCount > 0 && (onlyInterjections || ((onlyGlue || (wordCount <= 2 && copula)) && e.fact === 0 && e.frustration === 0))) interjections.push(k);
    if (evalStart !== -1 && e.firstEval >= tokens[evalStart]!.start) islands.push(tokens[evalStart]!.start, cl.end);
    if (addressed && (e.failure || e.frustration > 0 || e.negative > 0)) addressedNegative = true;
    // a demand that opens a clause that is not a question is an imperative: "Refund the £64.95 now"
    // (a question mark after a short aside still asks: "Could you send me the invoice (account 4471-220)?")
    if (head !== -1 && head === e.firstDemand && !question && !asksAfterAside(tokens, clauses, k)) imperative = true;
    const cueConcrete = e.concrete;
    e.fact += numbers * NUMBER_FACT;
    e.concrete += numbers * NUMBER_FACT;
    const tone = toneClauses[k];
    const exclamation = mayExclaim && opensWith(tokens, cl, words.exclamatives);
    // framed: after a copula, in an exclamation, in a short fragment, or opening the clause
    // ("Pretty sad for such a big brand", "Schandalig hoe jullie met klanten omgaan")
    const framed = copula || exclamation || e.judged || (wordCount <= FRAGMENT_WORDS && e.concrete === 0) || (head !== -1 && head === e.firstNegative);
    // "Als het vandaag niet geregeld is, ...": a condition before its main clause supposes, it does not evaluate
    const condition = openingRole !== -1 && (openingRole & ROLE_CONDITION) !== 0 && k + 1 < n && clauses[k + 1]!.sentence === cl.sentence;
    if (framed && !condition) e.frustration += EVALUATION_FRAMED * e.negative;
    // "Wat een schertsvertoning.": an exclamation that is not praise evaluates on its own
    if (exclamation && e.positive < PRAISE_VALENCE) e.frustration += EXCLAMATION;
    const angerShare = ANGER_WEIGHT * (tone?.anger ?? 0);
    e.frustration += angerShare;
    // ! is emphasis: on thanks or praise it is joy ("Thank you!"), not frustration
    const pleasant = (e.onlyPleasant && e.pleasantry) || e.positive >= PRAISE_VALENCE;
    if (!pleasant && bangs >= 2) e.frustration += EXCLAIM_RUN;
    // (one ! after a greeting is friendliness too: "Hoi!", "Hello!"; a run, "Hello!!!", is not)
    else if (!pleasant && bangs === 1 && !(wordCount <= SHORT_CLAUSE && isGreeting(tokens, cl, words.greetings))) e.frustration += EXCLAIM_ONE;
    if (question && (asksWithFeeling(e, angerShare, tone) || reasonDegree)) e.frustration += RHETORICAL;
    // "niemand doet iets", "dat slaat nergens op": a sweeping claim, not a report of what did not happen
    if (absolute && numbers === 0 && claimsAbsolutely(tokens, cl, words.roles)) e.frustration += ABSOLUTE_CLAIM;
    const opensSentence = k === 0 || clauses[k - 1]!.sentence !== cl.sentence;
    const closesSentence = k + 1 === n || clauses[k + 1]!.sentence !== cl.sentence;
    // a short closing verdict as a sentence of its own ("Bye.", "Avoid.", "Klaar.", "Laatste keer
    // @bol.", "..., but hey ho.") is how the customer leaves it, not a fact
    // (after an interjection it still opens the sentence: "Awel, ik ben het gehad.")
    if (
      wordCount <= VERDICT_WORDS && !question && closesSentence &&
      (opensSentence || cl.contrast || afterInterjection(clauses, interjections, k)) && isVerdict(tokens, cl, words, roleAt)
    ) {
      // (before praise: "Klaar." and "Prima." rate positive as words)
      labels[k] = FRUSTRATION;
      continue;
    }
    // "Again?", "Seriously?", "Where is it??": a short incredulous question, a sentence of its own
    if (
      question && (opensSentence || afterLabel(tokens, clauses, k)) && closesSentence && numbers === 0 && wordCount > 0 && wordCount <= INCREDULOUS_WORDS &&
      (wordCount === 1 || questionMarks >= INCREDULOUS_MARKS) && words.incredulous.size > 0 && opensIncredulous(tokens, cl, words.incredulous)
    ) {
      labels[k] = FRUSTRATION;
      continue;
    }
    // a retort tag that closes or opens its sentence, alone or beside a comma ("..., come on.",
    // "see you there 🙂", "Oh come on, ..."): how the customer takes it, not a fact (split-tags.ts)
    if (retortWord && wordCount <= RETORT_WORDS && (closesSentence || opensSentence) && isRetort(tokens, cl, words)) {
      labels[k] = FRUSTRATION;
      continue;
    }
    if (wordCount === 0 && e.fact === 0) {
      labels[k] = e.frustration > 0 ? FRUSTRATION : NONE;
      continue;
    }
    // a short fragment that opens with a negation rejects or denies ("Not another chatbot.", "No
    // more tickets.", "not pause."), unless the negation softens a negative word ("Not bad."); a bare
    // "not" does so only opening a sentence, later it mostly corrects a demand ("a refund, not a voucher")
    if (wordCount <= FRAGMENT_WORDS && !question && !e.softened && opensNegated(tokens, cl, words.negatedOpenings, opensSentence)) {
      labels[k] = FRUSTRATION;
      continue;
    }
    // a shouted sentence of a word or two ("NOW.", "A HUMAN.") is emphasis, not a greeting
    // ("HELLO??"), thanks or a demand that opens it ("FIX IT.")
    if (
      wordCount > 0 && wordCount <= SHOUT_WORDS && capsWords === wordCount && longCaps > 0 && !e.pleasantry && e.positive < PRAISE_VALENCE &&
      opensSentence && closesSentence && (head === -1 || head !== e.firstDemand) &&
      !isGreeting(tokens, cl, words.greetings)
    ) {
      labels[k] = FRUSTRATION;
      continue;
    }
    // "die oude was beter", "De nieuwe factuur is veel ingewikkelder": a comparison that says it got
    // worse is a verdict, praise word and all (shapes.ts)
    // "Ik had er eerlijk gezegd meer van verwacht": a stance beside a candor marker is the writer's
    // opinion, though the marker itself reads as praise ("eerlijk") (shapes.ts)
    if (
      (comparative || candid) && !question && e.firstDemand === -1 &&
      ((comparative && comparesBack(tokens, cl, words)) ||
        (candid && speaksFrankly(tokens, cl, words, e.firstPositive, e.lastPositive) && stanceAt(tokens, cl, words, words.roles, roleAt, ROLE_STANCE, ROLE_COPULA, ROLE_LEAD_IN, e.softened) !== -1))
    ) {
      labels[k] = FRUSTRATION;
      continue;
    }
    if (e.frustration === 0 && e.fact === 0) {
      // praise, thanks and greetings are neither
      if (e.positive >= PRAISE_VALENCE) {
        // (a lukewarm word rates as praise: "was ok I suppose" is a let-down verdict)
        if (statedWord) statedEvaluation(tokens, cl, words, e, labels, k, islands, question, roleAt);
        continue;
      }
      if (wordCount <= SHORT_CLAUSE && ((e.onlyPleasant && e.pleasantry) || isGreeting(tokens, cl, words.greetings))) continue;
    }
    const stated = e.fact > 0; // a fact cue or a number of its own
    if (wordCount >= CONTENT_WORDS) e.fact += CONTENT_FACT;
    if (e.frustration > e.fact) labels[k] = FRUSTRATION;
    else if (e.fact > 0) labels[k] = FACT;
    // a short exclamation that asks for nothing and reports nothing concrete: how it feels
    if (
      labels[k] !== FRUSTRATION && bangs > 0 && closesSentence && !question && wordCount <= EXCLAIM_CLAUSE_WORDS && e.firstDemand === -1 &&
      cueConcrete === 0 && !pleasant && !report
    ) labels[k] = FRUSTRATION;
    // a short clause with nothing of its own that continues a frustrated one goes with it
    // ("I feel like I've been conned, to be honest"; not after an emoji, which ends what it reacts to)
    if (
      labels[k] !== FRUSTRATION && wordCount > 0 && !stated && e.frustration === 0 && wordCount <= TAIL_WORDS && !cl.contrast &&
      !opensSentence && labels[k - 1] === FRUSTRATION && !afterEmoji(tokens, cl)
    ) labels[k] = FRUSTRATION;
    // a rhetorical question is one act: the whole clause is how it felt, nothing is carved out as
    // fact ("Hoe moeilijk kan het zijn om een monteur te sturen?", "Why does it take so long?")
    // (an evaluation that opens the question makes it rhetorical too: "Hoe moeilijk kan het zijn ...?";
    // one further in is a run-on, "... genuinely unbelievable I can't pay my rent when is it back??")
    const opensEvaluating = e.firstEval !== -1 && (head === -1 || e.firstEval <= head);
    // sarcasm that opens its clause is one act too: the whole clause is how it felt, the fact it
    // carries included ("Top service weer hoor", "Love how the app needs 4 taps to show my balance");
    // a demand stays a fact ("Graag mijn geld terug" beside an ironic emoji)
    if (e.sarcasm !== -1 && (head === -1 || e.sarcasm <= head) && e.firstDemand === -1 && labels[k] !== NONE) {
      labels[k] = FRUSTRATION;
      e.concrete = 0;
    }
    // "Great, another 'sorry we missed you' card": what a short sarcastic clause before it mocks (split-tags.ts)
    if (
      labels[k] !== FRUSTRATION && !opensSentence && e.firstDemand === -1 && ev[k - 1]!.sarcasm !== -1 && !ev[k - 1]!.thanks && labels[k - 1] === FRUSTRATION &&
      words.sarcasmEchoes.size > 0 && echoesSarcasm(tokens, cl, words) && wordsIn(tokens, clauses[k - 1]!.start, clauses[k - 1]!.end) <= ECHOED_WORDS
    ) {
      labels[k] = FRUSTRATION;
      e.concrete = 0;
    }
    // "Waarom moet ik drie keer inloggen?": protests an imposition, does not ask (shapes.ts)
    if (question && (e.rhetorical || reasonDegree || opensEvaluating || (reasonClause === k && words.obligations.size > 0 && protestingQuestion(tokens, cl, words, words.roles, ROLE_REASON)))) {
      // from the reason word's clause on: "Why does it take | so long for anyone to reply?"
      for (let c = reasonDegree ? reasonClause : k; c <= k; c++) {
        labels[c] = FRUSTRATION;
        ev[c]!.concrete = 0;
      }
    }
    // a clause that continues a statement with "and" and ends in "??" does not ask, it cannot believe
    // it ("... and I'm paying £45 a month for this??", "... and then I got charged a fee??"); after
    // "but" it asks what the statement left open ("... but which neighbours??"), and in capitals it
    // shouts the complaint itself
    if (
      questionMarks >= INCREDULOUS_MARKS && !opensSentence && !cl.contrast && capsWords < wordCount && tokens[cl.from]!.kind === 'word' &&
      hasRole(words.roles, tokens[cl.from]!.norm, ROLE_COORDINATOR)
    ) {
      labels[k] = FRUSTRATION;
      e.concrete = 0;
    }
    // "Beetje jammer dat de bezorging later is": a verbless evaluation heads the clause, what
    // follows the complementizer is the fact it is about
    // (lead-ins before an opening evaluation do not count: "Wel een beetje jammer dat ..."; the
    // evaluation may start among them, as a cue phrase does: "beetje jammer")
    const evalBeforeComp = comp !== -1 && e.firstEval !== -1 && e.firstEval < tokens[comp]!.start;
    if (evalBeforeComp && (wordsBeforeComp <= EVAL_HEAD_WORDS || (head !== -1 && e.firstEval <= head && headWordsBeforeComp <= EVAL_HEAD_WORDS)) && !copulaBeforeComp && contentAfterComp >= MIXED_MIN_WORDS) {
      labels[k] = FRUSTRATION;
      cuts.push(k, comp);
    } else if (evalBeforeComp && copulaBeforeComp && e.frustration > 0) {
      // "Het is ongehoord dat een klant zo behandeld wordt", "I'm really upset that this has been
      // left so long": an evaluation stated with a verb takes what it is about with it, whole
      labels[k] = FRUSTRATION;
      e.concrete = 0;
    }
    // a hope for what should have happened already (split-tags.ts) is mild frustration: in the
    // spans, not toward the level ("Hopefully someone actually rings back this time.")
    // "I am very disappointed about the way my complaint is handled": an emotion stated with a verb
    // that heads its clause (only a subject before it) and names its object ("about", "with")
    // takes what it is about with it, whole, as the "that" clause above does; a demand or a
    // question keeps its own reading ("I've been going round in circles for weeks" names no object)
    if (
      copulaBeforeEmotion && wordsBeforeEmotion <= EMOTION_SUBJECT_WORDS && e.firstDemand === -1 && !question && labels[k] !== NONE &&
      namesObject(tokens, e.firstEmotionEnd, cl.to, words.emotionObjects) && wordsIn(tokens, e.firstEmotion, e.firstEmotionEnd) <= EMOTION_WORDS
    ) {
      labels[k] = FRUSTRATION;
      e.concrete = 0;
    }
    // "Dit klopt niet.", "Dat zegt ge elke keer.": a short demonstrative sentence that denies or
    // insists is a verdict on what came before, not a report (shapes.ts); asked with "toch" before
    // its negator ("Dat klopt toch niet?") it asserts the denial and seeks agreement
    if (
      labels[k] === FACT && (opensSentence || afterLabel(tokens, clauses, k)) && wordCount <= DEMONSTRATIVE_VERDICT_WORDS && numbers === 0 && e.firstDemand === -1 &&
      (!question || (!e.softened && assertsDenial(tokens, cl, words))) &&
      words.demonstratives.size > 0 && demonstrativeVerdict(tokens, cl, words, words.roles)
    ) {
      labels[k] = FRUSTRATION;
      e.concrete = 0;
    }
    // "Voor een gezin met vier kinderen is dat echt te weinig": a fronted setting, then an
    // inverted copula and demonstrative that judge what came before (shapes.ts); the setting goes
    // with the verdict, whole, nothing is carved out as fact
    if (
      labels[k] !== NONE && copula && !question && e.firstDemand === -1 && words.demonstratives.size > 0 &&
      invertedVerdict(tokens, cl, words, words.roles, roleAt, ROLE_COPULA, ROLE_JUDGEMENT | ROLE_DESCRIPTIVE)
    ) {
      labels[k] = FRUSTRATION;
      e.concrete = 0;
    }
    // "En elke keer is het weer zoek.": how it goes every time, in the present, is a sweeping
    // complaint, not a report of one event (shapes.ts)
    if (recurrence && labels[k] === FACT && !question && e.firstDemand === -1 && sweepingRecurrence(tokens, cl, words)) {
      labels[k] = FRUSTRATION;
      e.concrete = 0;
    }
    // "it should never have taken that", "I can't even log in", "too many mistakes", "It's my
    // money, I need it back": a felt evaluation without an evaluating word (felt.ts)
    if (felt && (labels[k] === FACT || labels[k] === NONE) && !question) feltEvaluation(tokens, cl, feltStretch(tokens, cl, words), e, labels, k, islands);
    // "Dit kan ik echt niet betalen", "Ik had er meer van verwacht", "sorry is niet genoeg": a stance
    // taken without an evaluating word (shapes.ts), as a felt evaluation is
    if (stance && (labels[k] === FACT || labels[k] === NONE) && !question && e.positive < PRAISE_VALENCE) stanceEvaluation(tokens, cl, words, e, labels, k, islands, roleAt);
    // "this has wrecked my credit score", "an apology doesn't pay my bill", "it's impossible like
    // this", "was fine I guess": an evaluation stated as a plain statement (felt.ts)
    if (statedWord && (labels[k] === FACT || labels[k] === NONE)) statedEvaluation(tokens, cl, words, e, labels, k, islands, question, roleAt);
    // "I just wanted to say the new layout is confusing": the preamble announces the evaluation
    // after it and is neither (split-tags.ts)
    if (saying && labels[k] === FRUSTRATION && !question) {
      const at = preambleVerb(tokens, cl, words);
      // (the first clearly negative word when there is one: a neutral rated word, "like", also marks firstEval)
      const first = e.firstNegative !== -1 ? e.firstNegative : e.firstEval;
      if (at !== -1 && (first === -1 || first >= tokens[at]!.end)) preambles.push(k, at);
    }
    // "matchmaking is so broken rn lol", "my eyes at 2am 😂", "Faster than your drivers, lol": a laugh
    // closing a short clause makes it a quip about what went wrong, whole; a laugh that is a clause of
    // its own closes the clause before it (split-tags.ts). A demand or thanks keeps its own reading.
    if (laugh && !question) laughingQuip(tokens, clauses, words, ev, labels, k);
    if (hope && labels[k] !== FRUSTRATION && e.firstDemand === -1 && numbers === 0 && letDownHope(tokens, cl, words)) {
      labels[k] = MILD;
      e.concrete = 0;
    }
  }

  // a clause of only interjections, lead-ins and a copula goes with the evaluation beside it in its
  // sentence ("Nou, ik ben er klaar mee", "Dat is | toch niet normaal?"); backwards first, so a run
  // of them ("It is, | frankly, | ridiculous") joins the evaluation after it, then forwards
  for (let q = interjections.length - 1; q >= 0; q--) {
    const k = interjections[q]!;
    if (k + 1 < n && clauses[k + 1]!.sentence === clauses[k]!.sentence && labels[k + 1] === FRUSTRATION) labels[k] = FRUSTRATION;
  }
  for (const k of interjections) {
    if (k > 0 && clauses[k - 1]!.sentence === clauses[k]!.sentence && labels[k - 1] === FRUSTRATION) labels[k] = FRUSTRATION;
  }
  leadingRetorts(tokens, clauses, labels, interjections, words.roles);

  // (only when a clause opens with a contradicting word; English lists none)
  if (contradiction) unpromptedContradictions(text, tokens, clauses, labels, ev, words.roles, words.negators);

  // the clause model may label a clause again; the rules' cuts and preambles inside a clause it
  // changed no longer apply
  let settled: Uint8Array | undefined;
  if (model !== undefined || withSettled) {
    settled = new Uint8Array(n);
    // (a clause that disclaims a complaint settles its whole sentence: "I'm not writing to complain,
    // the form is just a bit long"; a sentence's clauses stand side by side)
    for (let k = 0; k < n; k++) {
      if (settles(ev[k]!, labels[k]!)) settled[k] = 1;
      if (!ev[k]!.disclaimed) continue;
      const sentence = clauses[k]!.sentence;
      for (let j = k; j >= 0 && clauses[j]!.sentence === sentence; j--) settled[j] = 1;
      for (let j = k + 1; j < n && clauses[j]!.sentence === sentence; j++) settled[j] = 1;
    }
  }
  const changed = model === undefined ? undefined : relabel(model, tokens, clauses, labels, settled!, toneCues, cues);

  // a clause that states a concrete fact may have frustration islands carved out of it
  for (let k = 0; k < n; k++) if (labels[k] !== NONE && ev[k]!.concrete > 0) labels[k]! |= MIXED;
  const tokenLabels = roomFor(tokenLabelScratch, tokens.length);
  if (keepable(tokenLabels)) tokenLabelScratch = tokenLabels;
  if (islands.length > 0) labelTokens(tokens, clauses, labels, islands, words.leadIns, tokenLabels);
  else clauseTokens(clauses, labels, tokenLabels);
  for (let q = 0; q < cuts.length; q += 2) {
    if (changed?.[cuts[q]!]) continue;
    const cl = clauses[cuts[q]!]!;
    const at = cuts[q + 1]!;
    tokenLabels.fill(FRUSTRATION, cl.from, at);
    tokenLabels[at] = NONE;
    tokenLabels.fill(FACT, at + 1, cl.to);
  }
  for (let q = 0; q < preambles.length; q += 2) {
    if (changed?.[preambles[q]!]) continue;
    const at = preambles[q + 1]!;
    // (a complementizer right after the verb goes with it: "I have to say that ...")
    const end = at + 1 < tokens.length && tokens[at + 1]!.kind === 'word' && hasRole(words.roles, tokens[at + 1]!.norm, ROLE_COMPLEMENTIZER) ? at + 2 : at + 1;
    tokenLabels.fill(NONE, clauses[preambles[q]!]!.from, end);
  }
  const out: ClauseLabel[] = new Array(n);
  for (let k = 0; k < n; k++) out[k] = NAMES[labels[k]! & ~MIXED]!;
  const facts: Span[] = [];
  const frustration: Span[] = [];
  const mildFrustration = spans(text, tokens, clauses, tokenLabels, roleAt, facts, frustration);
  ventingHashtags(text, tokens, words, facts, frustration);
  return { facts, frustration, labels: out, settled, addressedNegative, imperative, mildFrustration };
}

/**
 * Whether the rules' own evidence settles a clause's label, so the clause model leaves it: an
 * emotion named, a judging word, sarcasm or a rhetorical question make frustration that no pattern
 * of other writers' labels should undo ("I am furious that ...", "what a joke"), and thanks or
 * praise alone are none, however many exclamation marks they carry ("Brilliant work!!"). (A
 * disclaimed complaint settles its whole sentence; the caller marks it.)
 */
function settles(e: Evidence, label: number): boolean {
  if (label === FRUSTRATION || label === MILD) return e.firstEmotion !== -1 || e.judged || e.sarcasm !== -1 || e.rhetorical;
  if (label === NONE) return (e.onlyPleasant && e.pleasantry) || e.positive >= PRAISE_VALENCE;
  return false;
}

/**
 * Lets the clause model label each clause again ({@link labelClauses}, reading the rules' labels,
 * a mild frustration as frustration); returns which clauses it changed (1), or undefined when it
 * changed none. A changed clause takes the model's label; a mild one the model keeps as
 * frustration stays mild.
 */
function relabel(
  model: ClauseModel,
  tokens: readonly Token[],
  clauses: readonly Clause[],
  labels: Uint8Array,
  settled: Uint8Array,
  toneCues: readonly Cue[],
  cues: readonly Cue[],
): Uint8Array | undefined {
  const rules = labels.map((l) => (l === MILD ? FRUSTRATION : l));
  const out = labelClauses(model, { tokens, clauses, labels: rules, cueLists: [cues, toneCues], settled });
  let changed: Uint8Array | undefined;
  for (let k = 0; k < out.length; k++) {
    if (out[k] === rules[k]) continue;
    labels[k] = out[k]!;
    (changed ??= new Uint8Array(out.length))[k] = 1;
  }
  return changed;
}

/** The clause before clause `k`, in its sentence, is only interjections ("Awel, ..."): `interjections` lists such clauses in order. */
function afterInterjection(clauses: readonly Clause[], interjections: readonly number[], k: number): boolean {
  return k > 0 && interjections[interjections.length - 1] === k - 1 && clauses[k - 1]!.sentence === clauses[k]!.sentence;
}

/**
 * Whether a question carries feeling and so complains rather than asks: frustration evidence other
 * than the faint anger every rated word carries, real anger, or negative tone from an evaluating
 * word. A question whose only negative word names what it asks about ("Any news on the billing
 * issue?": "issue" sits in a problem cue, its anger is 0.05) asks.
 */
function asksWithFeeling(e: Evidence, angerShare: number, tone: { valence: number; anger: number } | undefined): boolean {
  if (e.frustration - angerShare > 0 || (tone?.anger ?? 0) > RHETORICAL_ANGER) return true;
  return (tone?.valence ?? 0) < 0 && e.firstEval !== -1;
}

/** The clause before clause `k`, in its sentence, ends with a colon: a line label ("Klant:") opens the turn. */
function afterLabel(tokens: readonly Token[], clauses: readonly Clause[], k: number): boolean {
  const prev = k > 0 ? clauses[k - 1]! : undefined;
  return prev !== undefined && prev.sentence === clauses[k]!.sentence && tokens[prev.to - 1]!.text === ':';
}

/**
 * A felt-evaluation stretch of clause `k` (felt.ts) is frustration: the whole clause when the
 * stretch is all of it (a cue inside it is part of the evaluation: "that is my money") or the
 * clause states nothing concrete and asks for nothing, else an island carved out of the fact
 * ("It's my money, I need it reversed today").
 */
function feltEvaluation(tokens: readonly Token[], cl: Clause, at: readonly [number, number] | null, e: Evidence, labels: Uint8Array, k: number, islands: number[]): void {
  if (at === null) return;
  if (wordsOutside(tokens, cl, at[0], at[1]) === 0 || (e.concrete === 0 && e.firstDemand === -1)) {
    labels[k] = FRUSTRATION;
    e.concrete = 0;
  } else islands.push(tokens[at[0]]!.start, tokens[at[1] - 1]!.end);
}

/**
 * A stance of clause `k` ({@link stanceAt}) is frustration as a felt evaluation is: its stretch
 * between commas, when that stretch holds no number, amount or date ("Ik had er echt niet 500 euro
 * voor betaald" reports what it cost).
 */
function stanceEvaluation(tokens: readonly Token[], cl: Clause, words: SplitWords, e: Evidence, labels: Uint8Array, k: number, islands: number[], roleAt: Int32Array): void {
  const i = stanceAt(tokens, cl, words, words.roles, roleAt, ROLE_STANCE, ROLE_COPULA, ROLE_LEAD_IN, e.softened);
  if (i === -1) return;
  const at = stretchAround(tokens, cl, i);
  if (!hasFigure(tokens, at)) feltEvaluation(tokens, cl, at, e, labels, k, islands);
}

/** The stretch a stated verdict was found in (one per call, reused: no array per clause). */
const statedAt: [number, number] = [0, 0];

/**
 * A stated verdict of clause `k` (felt.ts {@link statedVerdict}) is frustration as a felt
 * evaluation is; a mild one (a lukewarm verdict, a sarcastic hedge) is mild frustration, whole
 * clause only, and may close a question ("was fine I guess?"). A full one is not read in a question.
 */
function statedEvaluation(tokens: readonly Token[], cl: Clause, words: SplitWords, e: Evidence, labels: Uint8Array, k: number, islands: number[], question: boolean, roleAt: Int32Array): void {
  const kind = statedVerdict(tokens, cl, words, statedAt, roleAt, ROLE_STATED);
  if (kind === 0) return;
  if (kind === STATED_MILD) {
    if (wordsOutside(tokens, cl, statedAt[0], statedAt[1]) === 0 || (e.concrete === 0 && e.firstDemand === -1)) labels[k] = MILD;
    return;
  }
  if (!question) feltEvaluation(tokens, cl, statedAt, e, labels, k, islands);
}

/**
 * A laughing quip (split-tags.ts laughTail) ending at clause `k`: the words from the last comma (or
 * the sentence's start) to the laugh, over clauses a conjunction split ("matchmaking is | so broken
 * rn lol"), are frustration when there are at most {@link QUIP_WORDS} of them and none asks, thanks
 * or praises; a laugh that is a clause of its own ends the clause before it ("Faster than your
 * drivers, lol"). A longer stretch with a laugh tacked on reports ("I've rung every day since
 * Monday lol"), and a laugh beside thanks is joy ("Thanks, so quick haha").
 */
function laughingQuip(tokens: readonly Token[], clauses: readonly Clause[], words: SplitWords, ev: Evidence[], labels: Uint8Array, k: number): void {
  const tail = laughTail(tokens, clauses[k]!, words);
  if (tail === LAUGH_NONE || (tail !== LAUGH_ALONE && labels[k] === NONE)) return;
  const sentence = clauses[k]!.sentence;
  let from = k;
  if (tail === LAUGH_ALONE) {
    if (k === 0 || clauses[k - 1]!.sentence !== sentence || labels[k - 1] === NONE) return;
    from = k - 1;
  }
  // back over clauses that a conjunction split off, not punctuation
  while (from > 0 && clauses[from - 1]!.sentence === sentence && tokens[clauses[from]!.from - 1]!.kind === 'word') from--;
  if (wordsIn(tokens, clauses[from]!.start, clauses[k]!.end) > QUIP_WORDS) return;
  for (let c = from; c <= k; c++) {
    const q = ev[c]!;
    // (the laugh's own clause rates positive for the laugh itself)
    if (q.firstDemand !== -1 || q.suggests || q.pleasantry || (c !== k && q.positive >= PRAISE_VALENCE)) return;
  }
  const before = from > 0 && clauses[from - 1]!.sentence === sentence ? ev[from - 1]! : undefined;
  if (before !== undefined && (before.pleasantry || before.positive >= PRAISE_VALENCE)) return;
  for (let c = from; c <= k; c++) {
    labels[c] = FRUSTRATION;
    ev[c]!.concrete = 0;
  }
}

/** A negative-opinion cue that disclaims a complaint ("I'm not ringing to moan"): neither fact nor frustration (split-tags.ts). */
function disclaimsCue(tokens: readonly Token[], words: SplitWords, c: Cue): boolean {
  if (words.disclaimedVerbs.size === 0) return false;
  const from = firstTokenAt(tokens, c.start);
  let to = from;
  while (to < tokens.length && tokens[to]!.start < c.end) to++;
  return disclaims(tokens, from, to, words, words.negators);
}

/** How many words tokens in `[start, end)` of the text hold (called once per qualifying clause). */
function wordsIn(tokens: readonly Token[], start: number, end: number): number {
  let n = 0;
  for (let i = firstTokenAt(tokens, start); i < tokens.length && tokens[i]!.start < end; i++) if (tokens[i]!.kind === 'word') n++;
  return n;
}

/** The word right after `offset` (within the clause, before token `to`) is one of `objects` ("about", "with"). */
function namesObject(tokens: readonly Token[], offset: number, to: number, objects: ReadonlySet<string>): boolean {
  const i = firstTokenAt(tokens, offset);
  return i < to && tokens[i]!.kind === 'word' && objects.has(tokens[i]!.norm);
}

/**
 * A sentence of only interjections ("No.", "Ugh.", "Oh.") right before a frustrated sentence opens
 * it: the retort before the outburst ("No. No more tickets.", "Ugh. This is a joke."). Before a
 * fact it is left as neither ("No. I've been transferred three times.").
 */
function leadingRetorts(tokens: readonly Token[], clauses: readonly Clause[], labels: Uint8Array, interjections: readonly number[], roles: ReadonlyMap<string, number>): void {
  for (const k of interjections) {
    const cl = clauses[k]!;
    const next = clauses[k + 1];
    // (a line label before it, "Customer: No.", still leaves it opening the sentence)
    const prev = k > 0 ? clauses[k - 1]! : undefined;
    if (prev !== undefined && prev.sentence === cl.sentence && tokens[prev.to - 1]!.text !== ':') continue;
    if (next === undefined || next.sentence === cl.sentence) continue;
    if (labels[k + 1] !== FRUSTRATION || !onlyInterjections(tokens, cl, roles)) continue;
    labels[k] = FRUSTRATION;
  }
}

/** The clause's words are all interjections (its punctuation aside). */
function onlyInterjections(tokens: readonly Token[], cl: Clause, roles: ReadonlyMap<string, number>): boolean {
  for (let i = cl.from; i < cl.to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && !hasRole(roles, t.norm, ROLE_INTERJECTION)) return false;
  }
  return true;
}

/**
 * A sentence that opens with an unprompted "Nee" ({@link contradictsUnprompted}) contradicts what
 * was said to the customer ("Nee, ge begrijpt het niet.", "Nee, absoluut niet."): all its clauses
 * are frustration, the facts it restates included, when it goes on to deny (a negator after the
 * "Nee": "niet", "geen") and holds no thanks or praise ("Nee, het is opgelost, merci."). Without a
 * denial it mostly answers a question the text does not show ("Nee, ik heb nog geen ..." does deny;
 * "Nee, ik bel over mijn factuur" answers).
 */
function unpromptedContradictions(
  text: string,
  tokens: readonly Token[],
  clauses: readonly Clause[],
  labels: Uint8Array,
  ev: readonly Evidence[],
  roles: ReadonlyMap<string, number>,
  negators: ReadonlySet<string>,
): void {
  for (let k = 0; k < clauses.length; k++) {
    if ((k > 0 && clauses[k - 1]!.sentence === clauses[k]!.sentence && labels[k - 1] !== NONE) || !contradictsUnprompted(text, tokens, clauses[k]!, roles)) continue;
    let end = k + 1;
    while (end < clauses.length && clauses[end]!.sentence === clauses[k]!.sentence) end++;
    let pleasant = false;
    for (let j = k; j < end; j++) if (ev[j]!.pleasantry || ev[j]!.positive >= PRAISE_VALENCE) pleasant = true;
    if (pleasant || !deniesAfter(tokens, clauses[k]!.from + 1, clauses[end - 1]!.to, negators, roles)) continue;
    for (let j = k; j < end; j++) {
      labels[j] = FRUSTRATION;
      ev[j]!.concrete = 0;
    }
    k = end - 1;
  }
}

/**
 * Whether the word at `offset` judges (ROLE_JUDGEMENT: it is a judging word, or a judging word
 * grades it from {@link GRADER_REACH} word before, within its clause), describes
 * (ROLE_DESCRIPTIVE) or neither (0). Called once per negative tone word, not per token.
 * The word's own roles are read off its entry in `entries` (Dutch ones when `nl`): a tone word is
 * never a regraded degree judgement (its stand-in is a booster before a word, which tone does not
 * rate), so the entry is the word's own. The grader is looked up by its form in `roles`: it may be
 * a regraded degree judgement ("belachelijk" read as "heel").
 */
function wordKind(tokens: readonly Token[], roles: ReadonlyMap<string, number>, entries: ReadonlyArray<WordEntry | undefined>, nl: boolean, offset: number, clauseFrom: number): number {
  const at = firstTokenAt(tokens, offset);
  const t = tokens[at];
  if (t === undefined || t.kind !== 'word') return 0;
  // (off the entry, not a Map lookup: the first lookup of a token's string also hashes it)
  const entry = entries[at];
  const own = entry === undefined ? 0 : nl ? entry.nl.split : entry.en.split;
  if (own & ROLE_JUDGEMENT) return ROLE_JUDGEMENT;
  for (let b = at - 1; b >= clauseFrom && b >= at - GRADER_REACH; b--) {
    const m = tokens[b]!;
    if (m.kind !== 'word') break;
    if (hasRole(roles, m.norm, ROLE_JUDGEMENT)) return ROLE_JUDGEMENT;
  }
  return own & ROLE_DESCRIPTIVE;
}

/**
 * Whether the cue holds a descriptive word ("slow", "traag") and no judging word: it grades what
 * happened rather than judging it. Called only for negative-opinion cues.
 */
function gradesDescriptive(tokens: readonly Token[], roles: ReadonlyMap<string, number>, c: Cue): boolean {
  let descriptive = false;
  for (let i = firstTokenAt(tokens, c.start); i < tokens.length && tokens[i]!.start < c.end; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    const role = roles.get(t.norm) ?? 0;
    if (role & ROLE_JUDGEMENT) return false;
    // (not right after an article, where it is a noun: "een stuk minder", "a lot")
    const prev = tokens[i - 1];
    if ((role & ROLE_DESCRIPTIVE) !== 0 && (prev === undefined || !hasRole(roles, prev.norm, ROLE_ARTICLE))) descriptive = true;
  }
  return descriptive;
}

/**
 * A hashtag that vents (#fedup, #scam, #oplichting, or a judging word: #useless) is a frustration
 * span of its own, unless a span already holds it (spans are trimmed of hashtags at their edges).
 */
function ventingHashtags(text: string, tokens: readonly Token[], words: SplitWords, facts: Span[], frustration: Span[]): void {
  // a hashtag token opens with '#' in the text: most messages have none, and one search of the
  // text is cheaper than reading every token's kind
  if (text.indexOf('#') === -1) return;
  let added = false;
  for (const t of tokens) {
    if (t.kind !== 'hashtag') continue;
    const body = t.norm.slice(1);
    if (!words.hashtags.has(body) && !hasRole(words.roles, body, ROLE_JUDGEMENT)) continue;
    if (covered(facts, t) || covered(frustration, t)) continue;
    frustration.push({ text: text.slice(t.start, t.end), start: t.start, end: t.end });
    added = true;
  }
  if (added) frustration.sort((a, b) => a.start - b.start);
}

/** Whether one of `spans` holds token `t` whole. */
function covered(spans: readonly Span[], t: Token): boolean {
  for (const s of spans) if (s.start <= t.start && t.end <= s.end) return true;
  return false;
}

/** The clause opens right after an emoji or emoticon: where a post would have put a full stop. */
function afterEmoji(tokens: readonly Token[], cl: Clause): boolean {
  const prev = tokens[cl.from - 1];
  return prev !== undefined && (prev.kind === 'emoji' || prev.kind === 'emoticon');
}

/** A one-character word that is an upper-case letter ("A", "I", "É"). */
function isUpperLetter(ch: string): boolean {
  // ASCII by its code ("I", "a" are common): `toLowerCase` is a call that makes a string
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return ch !== ch.toLowerCase();
}

/**
 * Whether a token in `[from, to)` is a negator ("niet", "geen") other than a contradicting word: a
 * repeated "nee" ("Nee nee, ...") only repeats the answer, often to reassure.
 */
function deniesAfter(tokens: readonly Token[], from: number, to: number, negators: ReadonlySet<string>, roles: ReadonlyMap<string, number>): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word' && negators.has(t.norm) && !hasRole(roles, t.norm, ROLE_CONTRADICTION)) return true;
  }
  return false;
}

/** Whether `word` has the role `bit` in the role lookup (for words read off tokens, not the word table). */
function hasRole(roles: ReadonlyMap<string, number>, word: string, bit: number): boolean {
  return ((roles.get(word) ?? 0) & bit) !== 0;
}

/** The smaller of two offsets, where -1 means none yet. */
function earliest(a: number, b: number): number {
  return a === -1 || b < a ? b : a;
}

/**
 * 1 when the clause is a line-opening content label ("Message:"), 2 for a header label whose line
 * is not a statement ("Subject: Smart meter"), else 0.
 */
function lineLabel(tokens: readonly Token[], cl: Clause, words: SplitWords): number {
  const first = tokens[cl.from]!;
  if (!first.breakBefore && cl.from !== 0) return 0;
  const last = tokens[cl.to - 1]!;
  if (last.kind !== 'punct' || last.text !== ':' || cl.to - cl.from - 1 > LABEL_WORDS || cl.to - cl.from < 2) return 0;
  let key = '';
  for (let i = cl.from; i < cl.to - 1; i++) {
    if (tokens[i]!.kind !== 'word') return 0;
    key = key === '' ? tokens[i]!.norm : key + ' ' + tokens[i]!.norm;
  }
  if (words.headerLabels.has(key)) return 2;
  return words.contentLabels.has(key) ? 1 : 0;
}

/** The clause's first word (punctuation before it skipped) is one of `words`. */
function opensIncredulous(tokens: readonly Token[], cl: Clause, words: ReadonlySet<string>): boolean {
  const first = firstNonPunct(tokens, cl);
  return first !== -1 && tokens[first]!.kind === 'word' && words.has(tokens[first]!.norm);
}

/** The clause opens with one of `openings` (word lists). */
function opensWith(tokens: readonly Token[], cl: Clause, openings: Phrases): boolean {
  // punctuation before and between the words is skipped: the first other token opens the clause
  const head = firstNonPunct(tokens, cl);
  if (head === -1) return false;
  for (const o of openings.startingWith(tokens[head]!.norm) ?? []) {
    let i = cl.from;
    let m = 0;
    while (m < o.length && i < cl.to) {
      const t = tokens[i]!;
      if (t.kind === 'punct') { i++; continue; }
      if (t.norm !== o[m]) break;
      i++;
      m++;
    }
    if (m === o.length) return true;
  }
  return false;
}

/**
 * The clause opens with one of the negating `openings`; a one-word opening ("not") counts only
 * when the clause opens its sentence, a two-word one ("not another", "no more") anywhere.
 */
function opensNegated(tokens: readonly Token[], cl: Clause, openings: Phrases, sentenceStart: boolean): boolean {
  const first = tokens[cl.from];
  if (first === undefined || first.kind !== 'word') return false;
  for (const o of openings.startingWith(first.norm) ?? []) {
    if (o.length === 1 && !sentenceStart) continue;
    let i = cl.from + 1;
    let m = 1;
    while (m < o.length && i < cl.to && tokens[i]!.kind === 'word' && tokens[i]!.norm === o[m]) {
      i++;
      m++;
    }
    if (m === o.length) return true;
  }
  return false;
}

/**
 * The clause's words, after an opening coordinator, are a closing verdict; handles, hashtags,
 * emoji and punctuation around them do not count. Called only for clauses of a few words.
 * `roleAt`: the split roles of the clause's tokens (no second lookup of each word).
 */
function isVerdict(tokens: readonly Token[], cl: Clause, words: SplitWords, roleAt: Int32Array): boolean {
  let key = '';
  for (let i = cl.from; i < cl.to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      if (t.kind === 'punct' || t.kind === 'handle' || t.kind === 'hashtag' || t.kind === 'emoji' || t.kind === 'emoticon') continue;
      return false;
    }
    if (key === '' && (roleAt[i]! & ROLE_COORDINATOR) !== 0) continue;
    key = key === '' ? t.norm : key + ' ' + t.norm;
  }
  return key !== '' && words.verdicts.has(key);
}

/** A greeting is read among a clause's first words, at most this many. */
const GREETING_WORDS = 4;

/** The clause's first words (other tokens between them skipped) are one of `greetings`. */
function isGreeting(tokens: readonly Token[], cl: Clause, greetings: Phrases): boolean {
  let first = cl.from;
  while (first < cl.to && tokens[first]!.kind !== 'word') first++;
  if (first >= cl.to) return false;
  next: for (const g of greetings.startingWith(tokens[first]!.norm) ?? []) {
    if (g.length > GREETING_WORDS) continue;
    let i = first + 1;
    for (let m = 1; m < g.length; m++) {
      while (i < cl.to && tokens[i]!.kind !== 'word') i++;
      if (i >= cl.to || tokens[i]!.norm !== g[m]) continue next;
      i++;
    }
    return true;
  }
  return false;
}

/** The index of the clause holding text offset `offset` (-1 if none): a plain function, no closure made per call. */
function clauseAt(clauses: readonly Clause[], offset: number): number {
  let lo = 0;
  let hi = clauses.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = clauses[mid]!;
    if (offset < c.start) hi = mid - 1;
    else if (offset >= c.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * One label per token, from its clause, written into `out` (only clauses' tokens). In a clause that states a concrete fact (a cue or a number)
 * beside a frustration island (a swear word, an emotion cue, with their lead-in words and trailing
 * ! ? emoji), the island is carved out when enough of the clause is left to state the fact: an
 * unpunctuated "since 8am on payday genuinely unbelievable I can't pay my rent".
 */
function labelTokens(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  labels: Uint8Array,
  islands: number[],
  leadIns: ReadonlySet<string>,
  out: Uint8Array,
): void {
  const inIsland = roomFor(islandScratch, tokens.length);
  if (keepable(inIsland)) islandScratch = inIsland;
  for (let i = 0; i < tokens.length; i++) inIsland[i] = 0;
  // mark each island's tokens (islands may overlap and come in any order); a binary search finds
  // the first token, so the work is the islands' own length
  for (let q = 0; q < islands.length; q += 2) {
    const a = islands[q]!;
    const b = islands[q + 1]!;
    for (let i = firstTokenAt(tokens, a); i < tokens.length && tokens[i]!.start < b; i++) if (tokens[i]!.end <= b) inIsland[i] = 1;
  }
  for (let k = 0; k < clauses.length; k++) {
    const cl = clauses[k]!;
    const label = labels[k]! & ~MIXED;
    let first = -1;
    let last = -1;
    let otherWords = 0;
    if (labels[k]! & MIXED) {
      for (let i = cl.from; i < cl.to; i++) {
        if (inIsland[i]) { if (first === -1) first = i; last = i; }
        else if (contentish(tokens[i]!, leadIns)) otherWords++;
      }
    }
    for (let i = cl.from; i < cl.to; i++) out[i] = label;
    if (first === -1 || otherWords < MIXED_MIN_WORDS) continue;
    for (let i = cl.from; i < cl.to; i++) out[i] = FACT;
    // a stub of one or two words before the first or after the last island goes with it
    // ("jullie checkout [is echt omslachtig]", "[van het kastje naar de muur] gestuurd")
    // (only when the other side is left to state the fact)
    const before = contentIn(tokens, cl.from, first, leadIns);
    const after = contentIn(tokens, last + 1, cl.to, leadIns);
    if (before <= STUB_WORDS && after >= MIXED_MIN_WORDS) for (let i = cl.from; i < first; i++) inIsland[i] = 1;
    else if (after <= STUB_WORDS && before >= MIXED_MIN_WORDS) for (let i = last + 1; i < cl.to; i++) inIsland[i] = 1;
    for (let i = cl.from; i < cl.to; i++) {
      if (!inIsland[i]) continue;
      out[i] = FRUSTRATION;
      for (let b = i - 1; b >= cl.from && !inIsland[b] && out[b] !== FRUSTRATION && leadIns.has(tokens[b]!.norm); b--) out[b] = FRUSTRATION;
      for (let a = i + 1; a < cl.to && !inIsland[a] && isTrailingMark(tokens[a]!); a++) out[a] = FRUSTRATION;
    }
  }
}

/** Index of the first token starting at or after `offset` (tokens are in text order). */
function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One label per token, from its clause (no islands to carve), written into `out` (only clauses' tokens). */
function clauseTokens(clauses: readonly Clause[], labels: Uint8Array, out: Uint8Array): void {
  for (let k = 0; k < clauses.length; k++) {
    const cl = clauses[k]!;
    const label = labels[k]! & ~MIXED;
    // a loop, not `fill`: that is a call into the runtime per clause, for a few tokens each
    for (let i = cl.from; i < cl.to; i++) out[i] = label;
  }
}

function contentIn(tokens: readonly Token[], a: number, b: number, leadIns: ReadonlySet<string>): number {
  let n = 0;
  for (let i = a; i < b; i++) if (contentish(tokens[i]!, leadIns)) n++;
  return n;
}

/** Emoji, emoticons and ! ? runs that end an evaluation. */
function isTrailingMark(t: Token): boolean {
  return t.kind === 'emoji' || t.kind === 'emoticon' || (t.kind === 'punct' && hasBangOrQuestion(t.text));
}

function hasBangOrQuestion(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 33 || c === 63) return true;
  }
  return false;
}

/** A word that can carry content (not a short function word nor a lead-in: a cheap stand-in for a stop list), or a number. */
function contentish(t: Token, leadIns: ReadonlySet<string>): boolean {
  if (isFigure(t)) return true;
  return t.kind === 'word' && t.norm.length >= CONTENT_WORD_LENGTH && !leadIns.has(t.norm);
}

function isEdgeMark(t: Token): boolean {
  return t.kind === 'punct' && !hasBangOrQuestion(t.text);
}

/** A token a span does not start with: edge punctuation, a hashtag, a handle, a coordinator (`role`: its split roles). */
function isSpanOpener(t: Token, role: number): boolean {
  if (t.kind === 'word') return (role & ROLE_COORDINATOR) !== 0;
  return t.kind === 'handle' || t.kind === 'hashtag' || isEdgeMark(t);
}

/**
 * Spans: maximal runs of one label within a sentence, trimmed of edge punctuation, pushed onto
 * `facts` and `frustration` (mild frustration too). Returns how many of the frustration spans are mild.
 * `roleAt`: the split roles of the clauses' tokens (a run stays within one sentence, whose tokens
 * its clauses cover), read instead of looking each span's first word up again.
 */
function spans(
  text: string,
  tokens: readonly Token[],
  clauses: readonly Clause[],
  labels: Uint8Array,
  roleAt: Int32Array,
  facts: Span[],
  frustration: Span[],
): number {
  let mild = 0;
  let runFrom = -1;
  let runLabel = NONE;
  let runSentence = -1;
  for (const cl of clauses) {
    for (let i = cl.from; i < cl.to; i++) {
      const label = labels[i]!;
      if (label !== runLabel || cl.sentence !== runSentence) {
        if (runFrom !== -1 && runLabel !== NONE && pushSpan(text, tokens, runFrom, i, roleAt, runLabel === FACT ? facts : frustration) && runLabel === MILD) mild++;
        runFrom = i;
        runLabel = label;
        runSentence = cl.sentence;
      }
    }
  }
  if (runFrom !== -1 && runLabel !== NONE && clauses.length > 0) {
    if (pushSpan(text, tokens, runFrom, clauses[clauses.length - 1]!.to, roleAt, runLabel === FACT ? facts : frustration) && runLabel === MILD) mild++;
  }
  return mild;
}

/**
 * Tokens `[from, to)` as a span, trimmed of edge punctuation and hashtags, and of an opening
 * @handle (the addressee, not the subject) or coordinator ("and", "maar"): nothing when only those
 * are left.
 */
function pushSpan(text: string, tokens: readonly Token[], from: number, to: number, roleAt: Int32Array, out: Span[]): boolean {
  while (to > from && (isEdgeMark(tokens[to - 1]!) || tokens[to - 1]!.kind === 'hashtag')) to--;
  while (from < to && isSpanOpener(tokens[from]!, roleAt[from]!)) from++;
  if (from >= to) return false;
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  out.push({ text: text.slice(start, end), start, end });
  return true;
}

/**
 * Whether clause `k` is followed, in its sentence, only by a short aside (at most {@link ASIDE_WORDS}
 * words: a reference, "please", an account number in brackets) and the sentence closes with a
 * question mark: the request is asked, not ordered.
 */
function asksAfterAside(tokens: readonly Token[], clauses: readonly Clause[], k: number): boolean {
  const sentence = clauses[k]!.sentence;
  let words = 0;
  let asks = false;
  for (let j = k + 1; j < clauses.length && clauses[j]!.sentence === sentence; j++) {
    const cl = clauses[j]!;
    for (let i = cl.from; i < cl.to; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word' && ++words > ASIDE_WORDS) return false;
      asks = t.kind === 'punct' && t.text.includes('?');
    }
  }
  return asks;
}
