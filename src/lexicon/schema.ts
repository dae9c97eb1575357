/**
 * The schemas of the lexicon files under `lexicons/`. Lexicons are data: every file is checked
 * against these schemas in the tests and when a caller passes custom lexicons to `createAnalyzer`.
 */
import * as z from 'zod';
import { RELABELS } from '../complaint/clause-model.js';

const note = z.string().min(1);
/** A single lower-case term: letters (any script), digits, ' and -, optionally ending in * (prefix). */
const term = z.string().regex(/^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}'.-]*\*?$/u, 'a lower-case word, optionally ending in *');
/** Lower-case words separated by single spaces, between `min` and `max` of them. */
function phraseOf(min: number, max: number) {
  return z.string().regex(/^[^\sA-Z]+( [^\sA-Z]+)*$/, 'lower-case words separated by single spaces')
    .refine((s) => { const n = s.split(' ').length; return n >= min && n <= max; }, `${min} to ${max} words`);
}
const phrase = z.string().regex(/^[^\sA-Z]+( [^\sA-Z]+)*$/, 'lower-case words separated by single spaces');
const valence = z.number().min(-4).max(4);
const unit = z.number().min(0).max(1);

/** `normalize.json`: markers of quoted replies and signatures. */
export const NormalizeFileSchema = z.object({
  note,
  quoteHeaders: z.array(z.object({ startsWith: z.string().min(1), contains: z.string().min(1), note: z.string().optional() })),
  separators: z.array(z.string().min(3)),
  fieldBlocks: z.array(z.tuple([z.string().min(2), z.string().min(2)])),
  signoffs: z.array(z.string().min(1)),
  devices: z.array(z.string().min(3)),
  /** Transcript speaker labels (lower case, without the colon): the agent's turns are not the customer's words. */
  speakersNote: note,
  agentLabels: z.array(z.string().min(2)),
  customerLabels: z.array(z.string().min(2)),
});

/** `tokens.json`: abbreviations and clause-opening conjunctions. */
export const TokensFileSchema = z.object({
  note,
  abbreviations: z.array(z.string().min(1)),
  /** Abbreviations of "number" ("no"): not one before a capitalised word ("No. No more tickets."). */
  numberAbbreviations: z.array(z.string().min(1)).default([]),
  numberAbbreviationsNote: note.optional(),
  conjunctions: z.array(z.object({ word: term, contrast: z.boolean().optional(), note: z.string().optional() })),
  greetingsNote: note,
  /** Openings (one or more lower-case words) that make a short clause a greeting. */
  greetings: z.array(z.string().min(1)),
  splitNote: note,
  /** Verbs that link a subject to an evaluation ("is", "vind"): a negative word after one is an opinion. */
  copulas: z.array(z.string().min(1)),
  /** One- to three-word openings of an evaluating exclamation ("what a", "wat een"). */
  exclamatives: z.array(phraseOf(1, 3)),
  verdictNote: note,
  /** Closing verdicts, one to four lower-case words, that are frustration as a sentence of their own ("bye", "nooit meer"). */
  verdicts: z.array(phraseOf(1, 4)),
  /**
   * One- or two-word negating openings ("not", "no more") of a short verbless fragment that rejects
   * or denies ("Not another chatbot.", "No more tickets."): the fragment is frustration.
   */
  negatedOpenings: z.array(phraseOf(1, 2)).default([]),
  tagNote: note.optional(),
  /** Retort tags, one to six words ("come on", "see you there"): a clause of only one, closing or opening its sentence, is frustration. */
  retorts: z.array(phraseOf(1, 6)).default([]),
  /** Words of hope ("hopefully", "hoping"): with a let-down marker the clause hopes for what should have happened (mild frustration). */
  hopes: z.array(term).default([]),
  /** Let-down markers, one to three words ("this time", "by now", "actually"). */
  letdowns: z.array(phraseOf(1, 3)).default([]),
  /** Prepositions that name what an emotion is about ("about", "with"): "I am disappointed about X" is one evaluation, whole. */
  emotionObjects: z.array(term).default([]),
  preambleNote: note.optional(),
  /** Verbs of saying ("say", "mention"): after a preamble lead ("wanted to say", "must say") they open what the writer goes on to evaluate. */
  preambleVerbs: z.array(term).default([]),
  /** Words right before a preamble verb that make it the writer's own ("to", "must", "just"): "they say" reports someone else. */
  preambleLeads: z.array(term).default([]),
  /** Verbs of complaining ("complain", "moan"): negated in a negative-opinion cue ("not ringing to moan") they disclaim a complaint. */
  disclaimedVerbs: z.array(term).default([]),
  /** Written laughter ("lol", "haha") and laughing emoji: closing a short clause, the clause is a quip about what went wrong. */
  laughTags: z.array(z.string().min(1)).default([]),
  /** Words that open a short incredulous question ("again", "where"): "Again?", "Where is it??". */
  incredulous: z.array(term).default([]),
  sarcasmEchoesNote: note.optional(),
  /** Openings that echo a sarcastic word before them, one or two words ("another", "yet another"). */
  sarcasmEchoes: z.array(phraseOf(1, 2)).default([]),
  feltNote: note.optional(),
  /** Counterfactual openings, one to four words ("should never", "shouldn't have"): the clause judges how it went (felt.ts). */
  feltCounterfactuals: z.array(phraseOf(1, 4)).default([]),
  /** Negated auxiliaries ("can't", "didn't") a minimizer may follow ("can't even log in"). */
  feltNegatedAuxiliaries: z.array(term).default([]),
  /** Minimizers ("even"): after a negated auxiliary, how little the customer got. */
  feltMinimizers: z.array(term).default([]),
  /** Verbs of indifference ("care"): after a negated auxiliary ("don't care") the clause is how it felt. */
  feltIndifference: z.array(term).default([]),
  /** Degree words ("too", "so") that grade a quantity word into excess ("too many mistakes"). */
  feltExcessDegrees: z.array(term).default([]),
  /** Quantity words ("many", "much") that a degree word grades. */
  feltQuantities: z.array(term).default([]),
  /** Words that end an amount right after a quantity word ("for", "on"): "charged too much for it" reports. */
  feltQuantityEnds: z.array(term).default([]),
  /** Possessives ("my", "our") that claim what is at stake. */
  feltPossessives: z.array(term).default([]),
  /** What is at stake ("money", "savings"): "it's my money" claims it. */
  feltStakes: z.array(term).default([]),
  statedNote: note.optional(),
  /** Verbs of harm ("ruined", "cost"): a situation as subject, the writer as object (felt.ts statedVerdict). */
  statedHarms: z.array(term).default([]),
  /** Subjects that stand for the situation ("this", "it", "which"). */
  statedHarmSubjects: z.array(term).default([]),
  /** Auxiliaries and adverbs between such a subject and a harm verb ("has", "totally"). */
  statedHarmAuxiliaries: z.array(term).default([]),
  /** The writer as harmed object ("my", "me"). */
  statedHarmObjects: z.array(term).default([]),
  /** What the writer values ("weekend", "holiday"): harmed after a possessive, whatever the subject. */
  statedValued: z.array(term).default([]),
  /** Sweeping subjects over the addressee, one to five words ("every one of you", "none of you"). */
  statedSweepingSubjects: z.array(phraseOf(1, 5)).default([]),
  /** Remedies offered ("apology", "vouchers"): subject of a generic negation, a retort. */
  statedRemedies: z.array(term).default([]),
  /** Generic (present or future) negations, one or two words ("doesn't", "will not"). */
  statedGenericNegations: z.array(phraseOf(1, 2)).default([]),
  /** Verbs of making good ("pay", "fix") after a generic negation. */
  statedRemedyVerbs: z.array(term).default([]),
  /** Difficulty words ("hard", "impossible"): a bare verdict after a copula. */
  statedDifficulties: z.array(term).default([]),
  /** Infinitive markers ("to"): after a difficulty word they name the task. */
  statedInfinitiveMarkers: z.array(term).default([]),
  /** Small-words of litotes ("small", "minor"). */
  statedSmalls: z.array(term).default([]),
  /** Negators of litotes ("not", "no"). */
  statedLitoteNegators: z.array(term).default([]),
  /** Lukewarm words ("fine", "ok") before a closing hedge. */
  statedLukewarm: z.array(term).default([]),
  /** Hedging verbs ("guess", "suppose") after a hedge subject. */
  statedHedgeVerbs: z.array(term).default([]),
  /** Subjects of a hedge ("i"). */
  statedHedgeSubjects: z.array(term).default([]),
  /** Hedges that make an instruction sarcastic with a let-down marker ("perhaps", "maybe"). */
  statedSarcasticHedges: z.array(term).default([]),
  /** Let-down markers of a sarcastic hedge, one or two words ("this time", "for once"). */
  statedHedgeLetdowns: z.array(phraseOf(1, 2)).default([]),
  /** Underwhelmed verdicts, two to four words ("could be better"): mild. */
  statedUnderwhelmed: z.array(phraseOf(2, 4)).default([]),
  stanceNote: note.optional(),
  /** Emphasizers ("echt"): right before a negator ("echt niet") the customer insists on a denial (shapes.ts). */
  stanceEmphasizers: z.array(term).default([]),
  /** Participles of expecting or hoping ("verwacht", "gehoopt"): with a let-down marker, an expectation that was dashed. */
  stanceExpectations: z.array(term).default([]),
  /** Markers that the expectation was more than what came ("meer", "toch", "nooit", "minstens"). */
  stanceExpectationMarkers: z.array(term).default([]),
  /** Auxiliaries of the (plu)perfect ("had", "heb"): a participle that is also a present form ("verwacht") needs one. */
  stancePerfectAuxiliaries: z.array(term).default([]),
  /** Words of sufficiency ("genoeg"): closing a copula clause ("sorry is niet genoeg") they pass a verdict. */
  stanceSufficiency: z.array(term).default([]),
  /** Particles that turn a negated question into an assertion ("toch": "Dat klopt toch niet?"). */
  stanceAsserting: z.array(term).default([]),
  stanceUseNote: note.optional(),
  /** Quantifiers of no use ("niks", "niets"): before a closing particle ("heb ik niks aan") the remedy is useless (shapes.ts). */
  stanceUseless: z.array(term).default([]),
  /** Particles that close a verdict of no use ("aan", "mee", "voor"). */
  stanceUseParticles: z.array(term).default([]),
  /** Verbs of helping ("helpt", "helpen"): negated before a closing particle of progress, the help is useless. */
  stanceHelpVerbs: z.array(term).default([]),
  /** Particles of progress that close "helpt mij niet verder" ("verder"). */
  stanceHelpParticles: z.array(term).default([]),
  /** Comparatives of praise ("beter", "handiger"): after a past referent, what came before was better. */
  stanceComparatives: z.array(term).default([]),
  /** Comparatives of blame ("slechter", "ingewikkelder"): a change for the worse. */
  stanceWorse: z.array(term).default([]),
  /** Words that refer to what came before ("oude", "vorige", "vroeger"). */
  stancePastReferents: z.array(term).default([]),
  /** Modals of supposing or suggesting ("zou", "kan"): a comparison with one suggests ("een week zou handiger zijn"). */
  stanceHypotheticals: z.array(term).default([]),
  /** Modals of obligation ("moet", "moeten"): right after a reason word the question protests an imposition. */
  stanceObligations: z.array(term).default([]),
  /** Candor markers, as word lists ("eerlijk gezegd", "franchement"): what follows is the writer's opinion. */
  stanceCandor: z.array(phraseOf(1, 3)).default([]),
  /** Subordinators that open a condition ("als", "indien"): a negated word inside one is hypothetical, not an evaluation. */
  conditionals: z.array(term).default([]),
  /** Hashtag words, lower case without the #, that vent ("fedup", "oplichting"): the hashtag is frustration. */
  hashtags: z.array(term),
  /** Line-opening labels whose value is the customer's text ("message", "klant"). */
  contentLabels: z.array(z.string().min(1)),
  /** Line-opening labels whose whole line is a header ("subject", "naam"). */
  headerLabels: z.array(z.string().min(1)),
  /** Words that address the organisation ("you", "jullie", "uw"). */
  addressees: z.array(term),
  /** Demonstratives and intensifiers that belong to the evaluation they precede ("this is really", "echt zo"). */
  leadIns: z.array(term),
  clauseNote: note,
  /** Discourse interjections that belong to the clause they open or close ("nou", "amai", "oh", "jeez"). */
  interjections: z.array(term),
  /** Subordinators after which an evaluation's complement follows ("dat", "that"): "jammer dat ..." splits there. */
  complementizers: z.array(term),
  /** Indefinite articles: a describing word right after one is a noun ('een stuk', 'a lot'). */
  articles: z.array(term),
  /** Coordinating conjunctions that open a clause without being part of what it says ("en", "and"). */
  coordinators: z.array(term),
  questionNote: note,
  /** Question words that ask for a reason ("waarom", "why"). */
  reasonWords: z.array(term),
  /** Degree words ("zo", "so"): a reason question that grades ("why is it so slow?") complains. */
  degreeWords: z.array(term),
  absoluteNote: note.optional(),
  /** Words that open a sentence to contradict ("nee"): unprompted, the whole sentence is frustration. */
  contradictions: z.array(term).default([]),
  /** Sweeping negations ("nooit", "niemand", "nergens"): in a present-tense claim, how it always goes. */
  absolutes: z.array(term).default([]),
  /** Words that make a sweeping negation a report of what (still) did not happen ("nog", "sinds", "heeft", "ik"). */
  reportWords: z.array(term).default([]),
  demonstrativeNote: note.optional(),
  /** Demonstratives that open a sentence about what was just said or done ("dit", "dat", "da's"). */
  demonstratives: z.array(term).default([]),
  /** Particles that make a short demonstrative sentence a verdict ("echt", "gewoon", "toch", "elke"): "Dat zegt ge elke keer". */
  verdictParticles: z.array(term).default([]),
  recurrenceNote: note.optional(),
  /** How it goes every time, one to three words ("elke keer", "telkens"): in a present-tense clause, a sweeping complaint. */
  recurrences: z.array(phraseOf(1, 3)).default([]),
  /** Words after a recurrence that make it a condition ("als", "wanneer"). */
  recurrenceConditions: z.array(term).default([]),
  /** Past forms of verbs ("kwam", "zei"): a clause holding one tells what happened then. */
  pastForms: z.array(term).default([]),
  judgementNote: note,
  /** Words that judge rather than describe ("onacceptabel", "shoddy", "a joke"): a clause holding one is frustration. */
  judgements: z.array(term),
  /** Negative words that describe a state or event ("traag", "late", "broken"): facts, even after a copula. */
  descriptives: z.array(term),
  /** Shapes of derived judging adjectives ("on*", "*less", "un*able"): negatively rated tone words of these shapes judge. */
  judgementShapes: z.array(z.string().regex(/^!?[a-z]*\*[a-z]*$/, 'prefix*, *suffix or prefix*suffix, lower case, ! before a shape that is excluded')),
});

/** `language.json`: words and spelling features for the language vote. */
export const LanguageFileSchema = z.object({
  note,
  words: z.array(z.string().min(1)),
  featuresNote: note,
  features: z.object({
    contains: z.record(z.string(), unit),
    prefixes: z.record(z.string(), unit),
    suffixes: z.record(z.string(), unit),
    circumfixes: z.array(z.object({ prefix: z.string().min(1), suffix: z.string().min(1), weight: unit, particles: z.array(z.string().min(1)) })),
  }),
});

/** `tone-base.json`: an imported open lexicon, word -> valence -4..4. */
export const ToneBaseFileSchema = z.object({
  note,
  source: note,
  license: note,
  words: z.record(z.string(), valence),
});

/** One entry of a hand-written tone list: valence -4..4 and anger 0..1. */
export const ToneEntrySchema = z.object({ valence, anger: unit.optional() });

/** `tone.json`: customer-service words and idioms, laid over the base lexicon. */
export const ToneFileSchema = z.object({
  note,
  lists: z.array(
    z.object({
      note,
      /** term (or prefix ending in *) -> [valence, anger] */
      words: z.record(term, z.tuple([valence, unit])),
    }),
  ),
  idioms: z.array(
    z.object({
      note,
      /** phrase -> [valence, anger]; a phrase overrides the tone of the words it covers */
      phrases: z.record(phrase, z.tuple([valence, unit])),
    }),
  ),
});

/** `modifiers.json`: negators, boosters, dampeners and words that mark sarcasm. */
export const ModifiersFileSchema = z.object({
  note,
  negators: z.array(term),
  /** How many words before (and, in Dutch, after) a tone word a negator reaches, within its clause. */
  negationScope: z.object({ before: z.number().int().min(0).max(6), after: z.number().int().min(0).max(6) }),
  /** word -> scalar added to the magnitude of the next tone word (VADER's B_INCR is 0.293) */
  boosters: z.record(term, z.number().min(0).max(2)),
  dampeners: z.record(term, z.number().min(0).max(2)),
  /** Positive words that, next to a negative fact, read as sarcasm ("Geweldig, alweer geen internet") */
  sarcasmOpeners: z.array(term),
  /**
   * Judging words that, right before a positively rated word, only grade it ("belachelijk snel",
   * "insanely good" mean "heel snel", "very good"): read there as `degreeStandIn`.
   */
  degreeJudgementsNote: note.optional(),
  degreeJudgements: z.array(term).optional(),
  /** The plain intensifier a degree judgement is read as ("heel", "very"). */
  degreeStandIn: term.optional(),
  /**
   * "Never ... so/such X" compares: nothing ever was this X ("nog nooit zo goed geholpen", "never seen
   * such bad service"). A `negators` word with a `degrees` word between it and X does not negate X.
   */
  superlativeNote: note.optional(),
  superlative: z.object({ negators: z.array(term), degrees: z.array(term) }).optional(),
});

/** `common/emoji.json`: emoji and emoticons -> [valence, anger]. */
export const EmojiFileSchema = z.object({
  note,
  /** Emoji that mark nearby praise as irony (🙄, 🤦, 👏) */
  irony: z.array(z.string().min(1)),
  ironyNote: note,
  lists: z.array(z.object({ note, symbols: z.record(z.string().min(1), z.tuple([valence, unit])) })),
});

/** The kinds of cue the cue lexicons may use. */
export const CUE_KINDS = [
  'repeat', 'waiting', 'problem', 'demand', 'complaint', 'management', 'churn', 'public', 'legal',
  'urgency', 'suggestion', 'negative-opinion', 'praise', 'gratitude', 'politeness', 'question', 'unrelated',
  'frustration', 'swearing', 'sarcasm', 'rhetorical', 'warning', 'laughter',
] as const;

/**
 * A cue pattern: space-separated elements matched against consecutive word, number and emoji
 * tokens of one sentence (lower case, diacritics folded; punctuation is skipped).
 * Elements: `word`; `stem*` (prefix, at least 3 letters); `a|b*|c` (alternatives); `#` (a number
 * or number word); `~` (a gap of 0 to 2 arbitrary tokens within one clause; never first or last); `~~` (a gap of 0 to 5
 * tokens within one clause that holds no negator nor clause break: a split verb's particle).
 */
const patternEl = String.raw`(#|(?:[\p{Ll}\p{Lo}\p{N}'.-]+\*?)(?:\|[\p{Ll}\p{Lo}\p{N}'.-]+\*?)*)`;
export const CuePatternSchema = z
  .string()
  .regex(new RegExp(String.raw`^${patternEl}(?: (?:~~? )?${patternEl})*$`, 'u'), 'space-separated elements: word, stem*, a|b, #, ~ or ~~ (not first or last)');

/** `cues.json`: the cue patterns of one language. */
export const CuesFileSchema = z.object({
  note,
  /** Number words that `#` matches besides digits (drie, third, 3x are handled by digits). */
  numberWords: z.array(term),
  /**
   * Separable verbs (Dutch): compiling adds the other forms of each verb a one-word pattern gives
   * ("opzeggen" also finds "opgezegd", "als ik opzeg" and "ik zeg mijn abonnement op").
   */
  separable: z
    .object({
      note,
      /** The particles a verb splits off ("op", "terug", "uit"). */
      particles: z.array(term),
      /** Words that open a new clause: the split verb's particle is not looked for past them. */
      clauseBreaks: z.array(term),
      /** Cue kinds whose one-word patterns get the forms (not those where a verb names a life event). */
      kinds: z.array(z.enum(CUE_KINDS)),
      /** Infinitive -> simple past forms of strong verbs, which no rule derives ("vallen" -> "viel"). */
      strongPasts: z.record(term, z.array(term)).optional(),
    })
    .optional(),
  /**
   * Reported speech: a cue of one of `kinds` that is what someone else said ("Staff keep saying 'head
   * office will sort it'", "I was told a manager would call") reports their words, not the writer's
   * own move, and is dropped. The speaker is the subject before a speech verb: a first-person one
   * ("I told them I want a manager") keeps the cue, unless the verb is passive ("I was told").
   */
  reported: z
    .object({
      note,
      kinds: z.array(z.enum(CUE_KINDS)),
      /** Verbs that report what someone said or promised ("saying", "told", "promised"). */
      speechVerbs: z.array(term),
      /** First-person subjects: the writer speaks ("i", "we", "i've"). */
      selfSubjects: z.array(term),
      /** Auxiliaries that make the speech verb passive: the writer was spoken to ("was", "been"). */
      passives: z.array(term),
    })
    .optional(),
  /**
   * Words that put a cue in another's scope. `topic`: a demand right after one of these is what the
   * message is about, not what it asks ("about my refund", "over het terugstorten van mijn borg"), and
   * weighs as a named redress. `owners`: an unrelated cue right after one of these, or one or two
   * words before one, is the organisation's own ("your hospital", "bij jullie in het ziekenhuis",
   * "geopereerd in jullie ziekenhuis"), no life event. `recipients`:
   * a person after one of these and a first-person possessive (`possessives`) is who receives or
   * needs something ("a transfer to my landlord", "een attest voor mijn werkgever"), not who upset
   * the writer.
   */
  scope: z
    .object({
      note,
      topic: z.array(term),
      owners: z.array(term),
      recipients: z.array(term),
      possessives: z.array(term),
    })
    .optional(),
  groups: z.array(
    z.object({
      kind: z.enum(CUE_KINDS),
      /**
       * The patterns name what the customer wants without asking for it (a bare redress noun:
       * "refund", "vergoeding"). Only `demand` reads it: a message whose demands are all named asks
       * nothing yet (see `CueSet.askedDemand`).
       */
      named: z.boolean().optional(),
      note,
      /** pattern -> weight 0..1 (how strongly it shows the kind) */
      patterns: z.record(CuePatternSchema, unit),
    }),
  ),
});

/** `history.json`: words that say how a customer follows up, not what the issue is, and topic classes. */
export const HistoryFileSchema = z.object({
  note,
  contactWords: z.array(z.string().min(1)),
  genericNote: note,
  /** Words every complaint uses whatever its issue (works, fixed): left out like the contact words. */
  genericWords: z.array(z.string().min(1)),
  topicsNote: note,
  /** Topic classes: every word or phrase of one class is the same key in same-issue matching. */
  topics: z.array(
    z.object({
      /** The same ids in both languages, so a message in one matches a message in the other. */
      id: z.string().regex(/^[a-z][a-z-]*$/, 'a lower-case id'),
      note,
      /** Single words (stemmed when compiled) or phrases of consecutive words (matched as written). */
      words: z.array(phrase).min(1),
    }),
  ),
});

/** A finite weight of the clause model. */
const weight = z.number().refine(Number.isFinite, 'a finite number');

/**
 * A clause model's weights (src/complaint/clause-model.ts), written by `trainClauseModel` or
 * `complaint-signal train`. Keys are feature names; each value is the weights of none,
 * fact and frustration. An empty table leaves the rules' labels as they are.
 */
export const ClausesFileSchema = z.object({
  note,
  trainedOn: z.string().optional(),
  margin: z.number().min(0).refine(Number.isFinite, 'a finite number').optional(),
  relabel: z.enum(RELABELS).optional(),
  weights: z.record(z.string().min(1), z.tuple([weight, weight, weight])),
});
