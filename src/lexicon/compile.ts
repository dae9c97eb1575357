/**
 * Compiles validated lexicon files into the lookup structures the stages use (Maps and Sets,
 * indexed for one pass over the tokens). Compiling is pure and happens once per analyzer.
 */
import type { z } from 'zod';
import { languageModels, type LanguageModel, type LanguageModels } from '../text/language.js';
import type { NormalizeMarkers } from '../text/normalize.js';
import type { SplitRules } from '../text/sentences.js';
import { wordRoles, type SplitWords } from '../complaint/split.js';
import { Phrases } from '../complaint/phrase.js';
import type { Language } from '../types.js';
import type {
  ClausesFileSchema, CuesFileSchema, EmojiFileSchema, HistoryFileSchema, LanguageFileSchema, ModifiersFileSchema, NormalizeFileSchema,
  ToneBaseFileSchema, ToneFileSchema, TokensFileSchema,
} from './schema.js';
import type { RepliesFile } from './replies-schema.js';
import { compileCues, NO_BLOCK, prefixedPatterns, type CompiledCues } from './cue-patterns.js';
import type { Superlative } from './degree.js';
import { WordIds, type LangWord, type Vocabulary, type WordEntry } from './words.js';
import { WordTable } from './word-table.js';
import { PrefixTrie } from './prefix-trie.js';
import { inflectDutch, inflectPattern, separableForms } from './inflect.js';
import { contactStems } from '../signals/history.js';
import { createStemCache, wordStem, type IssueLexicon, type StemCache } from '../signals/issue.js';
import { stopWords } from '../text/stem.js';
import { fold } from '../text/chars.js';
import { compileReplies, type CompiledReplies } from '../reply/reply.js';
import { compileClauseModel, type ClauseModel } from '../complaint/clause-model.js';

/** The lexicon files of one language. */
export interface LanguagePack {
  normalize: z.infer<typeof NormalizeFileSchema>;
  tokens: z.infer<typeof TokensFileSchema>;
  language: z.infer<typeof LanguageFileSchema>;
  toneBase: z.infer<typeof ToneBaseFileSchema>;
  tone: z.infer<typeof ToneFileSchema>;
  modifiers: z.infer<typeof ModifiersFileSchema>;
  cues: z.infer<typeof CuesFileSchema>;
  replies: RepliesFile;
  history: z.infer<typeof HistoryFileSchema>;
  /** The clause model; absent or with no weights, the split keeps its rules' labels. */
  clauses?: z.infer<typeof ClausesFileSchema> | undefined;
}

/** All lexicon files. */
export interface Lexicons {
  nl: LanguagePack;
  en: LanguagePack;
  emoji: z.infer<typeof EmojiFileSchema>;
}

/** A tone rating: valence -4..4, anger 0..1. */
export type Rating = readonly [valence: number, anger: number];

/** A multi-word idiom, matched on consecutive word tokens. */
export interface Idiom {
  words: readonly string[];
  /** The words' ids in the word table, which tokens are compared by. */
  ids: readonly number[];
  rating: Rating;
}

/** Everything the tone stage knows of one word, found with a single lookup. */
export interface WordTone {
  rating: Rating | undefined;
  /** Idioms that start with this word, longest first. */
  idioms: readonly Idiom[] | undefined;
  /** Ids of the second words of those idioms: a quick check before trying them one by one. */
  idiomSeconds: ReadonlySet<number> | undefined;
  /** One of those idioms is a single word (then they are always tried). */
  idiomSingle: boolean;
  negator: boolean;
  booster: number | undefined;
  dampener: number | undefined;
  /** A positive word that may open a sarcastic sentence. */
  opener: boolean;
}

/** Tone lookups of one language. */
export interface ToneLexicon {
  /** word -> all its tone roles (exact words; prefixes are in `prefixes`) */
  vocab: ReadonlyMap<string, WordTone>;
  /** prefix -> rating (the longest matching prefix wins) */
  prefixes: PrefixTrie<Rating>;
  /** Negation words, for the cue stage (the tone stage reads `vocab`). */
  negators: ReadonlySet<string>;
  scope: { before: number; after: number };
  /** Negators that compare rather than negate across a degree word, and those degree words ("nooit ... zo"). */
  superlative: Superlative;
}

/** Everything one language needs at run time. */
export interface CompiledLanguage {
  split: SplitRules;
  model: LanguageModel;
  tone: ToneLexicon;
  cues: CompiledCues;
  replies: CompiledReplies;
  /** The words the facts/frustration split reads: greetings, copulas, exclamatives, line labels. */
  splitWords: SplitWords;
  /** Words that say how the customer feels or writes, not what the issue is: left out of topic stems. */
  topicIgnore: ReadonlySet<string>;
  /** Topic classes and stop words for same-issue matching. */
  issue: IssueLexicon;
  /** The clause model that may label the split's clauses again, if the language has one. */
  clauseModel: ClauseModel | undefined;
}

/** The compiled lexicons an analyzer runs on. */
export interface Compiled {
  markers: NormalizeMarkers;
  emoji: ReadonlyMap<string, Rating>;
  /** Emoji that mark nearby praise as irony, without variation selectors. */
  irony: ReadonlySet<string>;
  nl: CompiledLanguage;
  en: CompiledLanguage;
  /**
   * Per language, the entry a degree judgement is read as before a positive word ("belachelijk snel"
   * as "heel snel"); undefined when the language names none.
   */
  degreeStandIn: { nl: WordEntry | undefined; en: WordEntry | undefined };
  /** Issue stems of both languages' contact and generic vocabulary, left out of same-issue matching. */
  contactStems: ReadonlySet<string>;
  /** The language vote of both languages, one lookup per word. */
  languages: LanguageModels;
  /** Every known word of both languages, with all the stages need of it: one lookup per token. */
  words: Vocabulary;
  /** Word -> stem, kept across calls (a cache: it changes no result). */
  stems: StemCache;
  /** Rules used when the language is unknown: both languages merged. */
  both: { split: SplitRules };
}

function entries<T>(rec: Record<string, T>): Array<[string, T]> {
  return Object.entries(rec);
}

function compileTone(pack: LanguagePack, ids: WordIds, lang: Language): ToneLexicon {
  const words = new Map<string, Rating>();
  const byPrefix = new Map<string, Rating>();
  for (const [w, v] of entries(pack.toneBase.words)) words.set(w, [v, 0]);
  for (const list of pack.tone.lists) {
    for (const [w, r] of entries(list.words)) {
      if (w.endsWith('*')) byPrefix.set(w.slice(0, -1), r);
      else words.set(w, r);
    }
  }
  // later lists override earlier ones, so the trie is filled from the final map
  const prefixes = new PrefixTrie<Rating>();
  for (const [p, r] of byPrefix) prefixes.add(p, r);
  const idioms = new Map<string, Idiom[]>();
  for (const group of pack.tone.idioms) {
    for (const [p, r] of entries(group.phrases)) {
      const ws = p.split(' ');
      const first = ws[0]!;
      const list = idioms.get(first) ?? [];
      list.push({ words: ws, ids: ws.map((w) => ids.of(w)), rating: r });
      idioms.set(first, list);
    }
  }
  for (const list of idioms.values()) list.sort((a, b) => b.words.length - a.words.length);
  const m = pack.modifiers;
  const vocab = new Map<string, WordTone>();
  const info = (w: string): WordTone => {
    let v = vocab.get(w);
    // every field present from the start, in one order: all entries share one hidden class, so the
    // tone stage's reads of them stay monomorphic (objects grown field by field in varying orders
    // made those reads megamorphic lookups)
    if (!v) {
      vocab.set(w, (v = {
        rating: undefined, idioms: undefined, idiomSeconds: undefined, idiomSingle: false, negator: false, booster: undefined, dampener: undefined, opener: false,
      }));
    }
    return v;
  };
  for (const [w, r] of words) info(w).rating = r;
  for (const [w, list] of idioms) {
    const v = info(w);
    v.idioms = list;
    v.idiomSeconds = new Set(list.flatMap((d) => (d.ids.length > 1 ? [d.ids[1]!] : [])));
    v.idiomSingle = list.some((d) => d.ids.length === 1);
  }
  for (const w of m.negators) info(w).negator = true;
  for (const [w, b] of entries(m.boosters)) info(w).booster = b;
  for (const [w, d] of entries(m.dampeners)) info(w).dampener = d;
  for (const w of m.sarcasmOpeners) {
    info(w).opener = true;
    // an attributive opener is inflected in Dutch: "Geweldige service weer"
    const f = lang === 'nl' ? inflectDutch(w) : undefined;
    if (f !== undefined && vocab.has(f)) info(f).opener = true;
  }
  return {
    vocab,
    prefixes,
    negators: new Set(m.negators),
    scope: m.negationScope,
    superlative: { negators: new Set(m.superlative?.negators ?? []), degrees: new Set(m.superlative?.degrees ?? []) },
  };
}

/** Single words of a pack's tone and cue lexicons (no prefixes, no phrases' function words). */
function lexiconVocabulary(pack: LanguagePack): Set<string> {
  const out = new Set<string>(Object.keys(pack.toneBase.words));
  for (const list of pack.tone.lists) for (const w of Object.keys(list.words)) if (!w.endsWith('*')) out.add(w);
  for (const g of pack.cues.groups) {
    for (const p of Object.keys(g.patterns)) for (const el of p.split(' ')) for (const alt of el.split('|')) if (!alt.endsWith('*') && alt !== '#' && alt !== '~' && alt !== '~~') out.add(alt);
  }
  return out;
}

function compileModel(pack: LanguagePack, other: LanguagePack): LanguageModel {
  const f = pack.language.features;
  const mine = lexiconVocabulary(pack);
  const theirs = lexiconVocabulary(other);
  const otherWords = new Set(other.language.words);
  const lexiconWords = new Set<string>();
  for (const w of mine) if (!theirs.has(w) && !otherWords.has(w) && w.length >= 3) lexiconWords.add(w);
  return {
    words: new Set(pack.language.words),
    lexiconWords,
    contains: entries(f.contains),
    prefixes: entries(f.prefixes),
    suffixes: entries(f.suffixes),
    circumfixes: f.circumfixes,
  };
}

function compileSplit(packs: LanguagePack[]): SplitRules {
  const abbreviations = new Set<string>();
  const numberAbbreviations = new Set<string>();
  const conjunctions = new Map<string, boolean>();
  for (const p of packs) {
    for (const a of p.tokens.abbreviations) abbreviations.add(a);
    for (const a of p.tokens.numberAbbreviations ?? []) numberAbbreviations.add(a);
    for (const c of p.tokens.conjunctions) conjunctions.set(c.word, c.contrast ?? false);
  }
  return { abbreviations, numberAbbreviations, conjunctions };
}

/** Cue kinds whose words say how, not what: they do not make two messages about the same issue. */
const HOW_KINDS = new Set(['repeat', 'waiting', 'politeness', 'gratitude', 'frustration', 'swearing', 'urgency', 'sarcasm', 'question', 'rhetorical']);

function topicIgnore(pack: LanguagePack): Set<string> {
  const out = new Set<string>(pack.modifiers.negators);
  for (const g of pack.cues.groups) {
    if (!HOW_KINDS.has(g.kind)) continue;
    // single-word patterns only: longer ones ("werkt nog steeds niet") hold content words too
    for (const p of Object.keys(g.patterns)) {
      if (p.includes(' ')) continue;
      for (const alt of p.split('|')) if (!alt.endsWith('*') && alt !== '#') out.add(alt);
    }
  }
  for (const w of Object.keys(pack.modifiers.boosters)) out.add(w);
  return out;
}

/**
 * The topic classes of `history.json`: each single word's issue stem maps to `@id` (the first class
 * that claims a stem keeps it; a test keeps classes from sharing a stem), each phrase is indexed by
 * its first word.
 */
export function compileIssue(pack: LanguagePack, lang: Language): IssueLexicon {
  const topics = new Map<string, string>();
  const phrases = new Map<string, Array<{ rest: string[]; key: string }>>();
  for (const t of pack.history.topics) {
    const key = `@${t.id}`;
    for (const entry of t.words) {
      // folded as the tokenizer folds a word's `norm` ("één" -> "een"), so entries match as typed
      const w = fold(entry);
      const words = w.split(' ');
      if (words.length === 1) {
        const s = wordStem(w, lang);
        if (!topics.has(s)) topics.set(s, key);
        continue;
      }
      const list = phrases.get(words[0]!) ?? [];
      list.push({ rest: words.slice(1), key });
      phrases.set(words[0]!, list);
    }
  }
  return { topics, phrases, stop: stopWords(lang) };
}

/**
 * Dutch cue patterns with the -e form of each word beside it ("slecht" also finds "slechte"), and
 * the other forms of the separable verbs of one-word patterns ({@link separableForms}): the joined
 * ones as alternatives, the split one as a pattern of its own, "zeg|zegt|... ~~ op".
 */
function inflectCues(file: LanguagePack['cues']): LanguagePack['cues'] {
  const sep = file.separable;
  const kinds = new Set<string>(sep?.kinds ?? []);
  const stop = stopWords('nl');
  return {
    ...file,
    groups: file.groups.map((g) => {
      const patterns: Record<string, number> = {};
      const add = (q: string, w: number): void => {
        if (patterns[q] === undefined) patterns[q] = w;
      };
      const split: Array<[string, number]> = [];
      // a form the group lists itself keeps its own weight ("overstap" the noun is a mention, not a threat)
      const listed = new Set(Object.keys(g.patterns).flatMap((p) => (p.includes(' ') ? [] : p.split('|'))));
      for (const [p, w] of entries(g.patterns)) {
        let src = p;
        if (sep !== undefined && kinds.has(g.kind) && !p.includes(' ')) {
          const alts = p.split('|');
          for (const a of p.split('|')) {
            const f = separableForms(a, sep.particles, sep.strongPasts);
            if (f === undefined) continue;
            for (const j of f.joined) if (!alts.includes(j) && !listed.has(j)) alts.push(j);
            // a form that is a function word ("heeft" beside "heffen") is everywhere, and no cue
            const verbs = f.verbs.filter((v) => !stop.has(v));
            if (verbs.length > 0) split.push([`${verbs.join('|')} ~~ ${f.particle}`, w]);
          }
          src = alts.join('|');
        }
        add(inflectPattern(src), w);
      }
      // after the written patterns, so a hand-written split pattern keeps its own weight
      for (const [q, w] of split) add(q, w);
      return { ...g, patterns };
    }),
  };
}

/** A derived judgement leaves at least this many letters between its affixes ("on" + "eerlijk", not "on" + "s"). */
const SHAPE_STEM = 3;
/**
 * A tone word rated at or below this (VADER scale) is negative enough for its shape to make it a
 * judgement; the milder ones of those shapes are mostly neutral terms the base lexicon rates a little
 * negative ("afhankelijk", "gedeeltelijk", "noodzakelijk").
 */
const DERIVED_JUDGEMENT = -1.2;

/** The word fits one of `shapes` ("on*", "*loos", "un*able"). */
function hasShape(word: string, shapes: ReadonlyArray<readonly [string, string, boolean]>): boolean {
  let fits = false;
  for (const [pre, suf, excluded] of shapes) {
    if (word.length >= pre.length + suf.length + SHAPE_STEM && word.startsWith(pre) && word.endsWith(suf)) {
      if (excluded) return false;
      fits = true;
    }
  }
  return fits;
}

/** The -ly adverb of an English adjective ("terrible" -> "terribly", "shoddy" -> "shoddily", "absurd" -> "absurdly"). */
export function englishAdverb(word: string): string {
  if (word.endsWith('le')) return word.slice(0, -1) + 'y';
  if (word.endsWith('y')) return word.slice(0, -1) + 'ily';
  if (word.endsWith('ic')) return word + 'ally';
  if (word.endsWith('ll')) return word + 'y';
  return word + 'ly';
}

/**
 * The judging words of a pack: its list, the negatively rated tone words of a judging shape (not
 * listed as descriptive), and their inflections: the Dutch -e form, the English -ly adverb.
 */
function judgementWords(pack: LanguagePack, lang: Language, descriptives: ReadonlySet<string>): Set<string> {
  const base = new Set(pack.tokens.judgements);
  const shapes = pack.tokens.judgementShapes.map((x) => {
    const excluded = x.startsWith('!');
    const at = x.indexOf('*');
    return [x.slice(excluded ? 1 : 0, at), x.slice(at + 1), excluded] as const;
  });
  const consider = (w: string, valence: number): void => {
    if (valence <= DERIVED_JUDGEMENT && !descriptives.has(w) && hasShape(w, shapes)) base.add(w);
  };
  for (const [w, v] of entries(pack.toneBase.words)) consider(w, v);
  for (const list of pack.tone.lists) for (const [w, r] of entries(list.words)) if (!w.endsWith('*')) consider(w, r[0]);
  const out = new Set(base);
  for (const w of base) {
    const f = lang === 'nl' ? inflectDutch(w) : englishAdverb(w);
    if (f !== undefined && !descriptives.has(f)) out.add(f);
  }
  return out;
}

/** Descriptive words with their Dutch -e form ("traag" -> "trage"). */
function descriptiveWords(pack: LanguagePack, lang: Language): Set<string> {
  const out = new Set(pack.tokens.descriptives);
  if (lang === 'nl') {
    for (const w of pack.tokens.descriptives) {
      const f = inflectDutch(w);
      if (f !== undefined) out.add(f);
    }
  }
  return out;
}

/** The words the split reads, with their one-lookup role map. */
function splitWords(pack: LanguagePack, lang: Language): SplitWords {
  const descriptives = descriptiveWords(pack, lang);
  const lists = {
    greetings: new Phrases(pack.tokens.greetings),
    copulas: new Set(pack.tokens.copulas),
    exclamatives: new Phrases(pack.tokens.exclamatives),
    verdicts: new Set(pack.tokens.verdicts),
    negatedOpenings: new Phrases(pack.tokens.negatedOpenings),
    hashtags: new Set(pack.tokens.hashtags),
    contentLabels: new Set(pack.tokens.contentLabels),
    headerLabels: new Set(pack.tokens.headerLabels),
    numberWords: new Set(pack.cues.numberWords),
    addressees: new Set(pack.tokens.addressees),
    leadIns: new Set(pack.tokens.leadIns),
    interjections: new Set(pack.tokens.interjections),
    complementizers: new Set(pack.tokens.complementizers),
    coordinators: new Set(pack.tokens.coordinators),
    articles: new Set(pack.tokens.articles),
    reasonWords: new Set(pack.tokens.reasonWords),
    degreeWords: new Set(pack.tokens.degreeWords),
    contradictions: new Set(pack.tokens.contradictions),
    negators: new Set(pack.modifiers.negators),
    absolutes: new Set(pack.tokens.absolutes),
    reportWords: new Set(pack.tokens.reportWords),
    demonstratives: new Set(pack.tokens.demonstratives),
    verdictParticles: new Set(pack.tokens.verdictParticles),
    recurrences: new Phrases(pack.tokens.recurrences),
    recurrenceConditions: new Set(pack.tokens.recurrenceConditions),
    pastForms: new Set(pack.tokens.pastForms),
    judgements: judgementWords(pack, lang, descriptives),
    descriptives,
    retorts: new Phrases(pack.tokens.retorts ?? []),
    hopes: new Set(pack.tokens.hopes ?? []),
    letdowns: new Phrases(pack.tokens.letdowns ?? []),
    emotionObjects: new Set(pack.tokens.emotionObjects ?? []),
    preambleVerbs: new Set(pack.tokens.preambleVerbs ?? []),
    preambleLeads: new Set(pack.tokens.preambleLeads ?? []),
    disclaimedVerbs: new Set(pack.tokens.disclaimedVerbs ?? []),
    laughTags: new Set(pack.tokens.laughTags ?? []),
    sarcasmEchoes: new Phrases(pack.tokens.sarcasmEchoes ?? []),
    incredulous: new Set(pack.tokens.incredulous ?? []),
    openers: new Set([...pack.tokens.coordinators, ...pack.tokens.interjections]),
    counterfactuals: new Phrases(pack.tokens.feltCounterfactuals ?? []),
    negatedAuxiliaries: new Set(pack.tokens.feltNegatedAuxiliaries ?? []),
    minimizers: new Set(pack.tokens.feltMinimizers ?? []),
    indifference: new Set(pack.tokens.feltIndifference ?? []),
    excessDegrees: new Set(pack.tokens.feltExcessDegrees ?? []),
    quantities: new Set(pack.tokens.feltQuantities ?? []),
    quantityEnds: new Set(pack.tokens.feltQuantityEnds ?? []),
    possessives: new Set(pack.tokens.feltPossessives ?? []),
    stakes: new Set(pack.tokens.feltStakes ?? []),
    harms: new Set(pack.tokens.statedHarms ?? []),
    harmSubjects: new Set(pack.tokens.statedHarmSubjects ?? []),
    harmAuxiliaries: new Set(pack.tokens.statedHarmAuxiliaries ?? []),
    harmObjects: new Set(pack.tokens.statedHarmObjects ?? []),
    valued: new Set(pack.tokens.statedValued ?? []),
    sweepingSubjects: new Phrases(pack.tokens.statedSweepingSubjects ?? []),
    remedies: new Set(pack.tokens.statedRemedies ?? []),
    genericNegations: new Phrases(pack.tokens.statedGenericNegations ?? []),
    remedyVerbs: new Set(pack.tokens.statedRemedyVerbs ?? []),
    difficulties: new Set(pack.tokens.statedDifficulties ?? []),
    infinitiveMarkers: new Set(pack.tokens.statedInfinitiveMarkers ?? []),
    smalls: new Set(pack.tokens.statedSmalls ?? []),
    litoteNegators: new Set(pack.tokens.statedLitoteNegators ?? []),
    lukewarm: new Set(pack.tokens.statedLukewarm ?? []),
    hedgeVerbs: new Set(pack.tokens.statedHedgeVerbs ?? []),
    hedgeSubjects: new Set(pack.tokens.statedHedgeSubjects ?? []),
    sarcasticHedges: new Set(pack.tokens.statedSarcasticHedges ?? []),
    hedgeLetdowns: new Phrases(pack.tokens.statedHedgeLetdowns ?? []),
    underwhelmed: new Phrases(pack.tokens.statedUnderwhelmed ?? []),
    emphasizers: new Set(pack.tokens.stanceEmphasizers ?? []),
    expectations: new Set(pack.tokens.stanceExpectations ?? []),
    expectationMarkers: new Set(pack.tokens.stanceExpectationMarkers ?? []),
    perfectAuxiliaries: new Set(pack.tokens.stancePerfectAuxiliaries ?? []),
    sufficiency: new Set(pack.tokens.stanceSufficiency ?? []),
    asserting: new Set(pack.tokens.stanceAsserting ?? []),
    useless: new Set(pack.tokens.stanceUseless ?? []),
    useParticles: new Set(pack.tokens.stanceUseParticles ?? []),
    helpVerbs: new Set(pack.tokens.stanceHelpVerbs ?? []),
    helpParticles: new Set(pack.tokens.stanceHelpParticles ?? []),
    comparatives: new Set(pack.tokens.stanceComparatives ?? []),
    worse: new Set(pack.tokens.stanceWorse ?? []),
    pastReferents: new Set(pack.tokens.stancePastReferents ?? []),
    hypotheticals: new Set(pack.tokens.stanceHypotheticals ?? []),
    obligations: new Set(pack.tokens.stanceObligations ?? []),
    candor: new Phrases(pack.tokens.stanceCandor ?? []),
    conditionals: new Set(pack.tokens.conditionals ?? []),
  };
  return { ...lists, roles: wordRoles(lists) };
}

function compileLanguage(pack: LanguagePack, other: LanguagePack, lang: Language, ids: WordIds): CompiledLanguage {
  return {
    split: compileSplit([pack]),
    model: compileModel(pack, other),
    tone: compileTone(pack, ids, lang),
    cues: compileCues(lang === 'nl' ? inflectCues(pack.cues) : pack.cues, new Set(pack.modifiers.negators), ids),
    replies: compileReplies(pack.replies),
    splitWords: splitWords(pack, lang),
    topicIgnore: topicIgnore(pack),
    issue: compileIssue(pack, lang),
    clauseModel: pack.clauses && Object.keys(pack.clauses.weights).length > 0 ? compileClauseModel(pack.clauses) : undefined,
  };
}

/** Compiles validated lexicons. */
export function compile(lex: Lexicons): Compiled {
  const markers: NormalizeMarkers = {
    quoteHeaders: [...lex.nl.normalize.quoteHeaders, ...lex.en.normalize.quoteHeaders],
    separators: [...lex.nl.normalize.separators, ...lex.en.normalize.separators],
    fieldBlocks: [...lex.nl.normalize.fieldBlocks, ...lex.en.normalize.fieldBlocks],
    signoffs: [...lex.nl.normalize.signoffs, ...lex.en.normalize.signoffs],
    devices: [...lex.nl.normalize.devices, ...lex.en.normalize.devices],
    agentLabels: [...lex.nl.normalize.agentLabels, ...lex.en.normalize.agentLabels],
    customerLabels: [...lex.nl.normalize.customerLabels, ...lex.en.normalize.customerLabels],
  };
  const emoji = new Map<string, Rating>();
  for (const list of lex.emoji.lists) for (const [s, r] of entries(list.symbols)) emoji.set(s, r);
  const ids = new WordIds();
  const nl = compileLanguage(lex.nl, lex.en, 'nl', ids);
  const en = compileLanguage(lex.en, lex.nl, 'en', ids);
  const languages = languageModels(nl.model, en.model);
  const words = vocabulary(ids, languages, nl, en, lex);
  return {
    markers,
    emoji,
    languages,
    words,
    degreeStandIn: {
      nl: lex.nl.modifiers.degreeStandIn === undefined ? undefined : words.get(lex.nl.modifiers.degreeStandIn),
      en: lex.en.modifiers.degreeStandIn === undefined ? undefined : words.get(lex.en.modifiers.degreeStandIn),
    },
    stems: createStemCache(),
    contactStems: contactStems([
      ...lex.nl.history.contactWords, ...lex.en.history.contactWords, ...lex.nl.history.genericWords, ...lex.en.history.genericWords,
    ]),
    irony: new Set(lex.emoji.irony.map((e) => e.replace(/\uFE0F/g, ''))),
    nl,
    en,
    both: { split: compileSplit([lex.nl, lex.en]) },
  };
}

function langWord(l: CompiledLanguage, w: string, degree: ReadonlySet<string>): LangWord {
  const tone = l.tone.vocab.get(w);
  const cue = l.cues.byWord.get(w);
  return {
    tone,
    rating: tone?.rating ?? l.tone.prefixes.longest(w),
    cueAny: cue?.any ?? NO_BLOCK,
    cuePairs: cue?.pairs ?? false,
    cuePrefixed: prefixedPatterns(l.cues, w),
    number: l.cues.numberWords.has(w),
    split: l.splitWords.roles.get(w) ?? 0,
    conj: conjunctionOf(l.split, w),
    degreeJudgement: degree.has(w),
  };
}

/** {@link LangWord.conj} of `w`. */
function conjunctionOf(rules: SplitRules, w: string): number {
  const c = rules.conjunctions.get(w);
  return c === undefined ? -1 : c ? 1 : 0;
}

/** The word table: every word that any lookup of either language can find. */
function vocabulary(ids: WordIds, languages: LanguageModels, nl: CompiledLanguage, en: CompiledLanguage, lex: Lexicons): Vocabulary {
  const all = new Set<string>(ids.words());
  const nlDegree = new Set(lex.nl.modifiers.degreeJudgements ?? []);
  const enDegree = new Set(lex.en.modifiers.degreeJudgements ?? []);
  for (const w of [...nlDegree, ...enDegree]) all.add(w);
  for (const l of [lex.nl, lex.en]) if (l.modifiers.degreeStandIn !== undefined) all.add(l.modifiers.degreeStandIn);
  for (const l of [nl, en]) {
    for (const w of l.tone.vocab.keys()) all.add(w);
    for (const w of l.cues.numberWords) all.add(w);
    // so that the split reads a word's roles off its entry: a word the table does not know has none
    for (const w of l.splitWords.roles.keys()) all.add(w);
    for (const w of l.split.conjunctions.keys()) all.add(w);
  }
  for (const w of languages.votes.keys()) all.add(w);
  const out = new Map<string, WordEntry>();
  for (const w of all) {
    const vote = languages.votes.get(w);
    out.set(w, {
      id: ids.of(w),
      voted: vote !== undefined,
      nlVote: vote?.[0] ?? 0,
      enVote: vote?.[1] ?? 0,
      nl: langWord(nl, w, nlDegree),
      en: langWord(en, w, enDegree),
    });
  }
  return new WordTable(out);
}

/** The compiled data of `lang`; `und` falls back to English rules with merged splitting. */
export function pick(c: Compiled, lang: Language | 'und'): CompiledLanguage {
  return lang === 'nl' ? c.nl : c.en;
}
