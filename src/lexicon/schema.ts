/**
 * The schemas of the lexicon files under `lexicons/`. Lexicons are data: every file is checked
 * against these schemas in the tests and when a caller passes custom lexicons to `createAnalyzer`.
 */
import * as z from 'zod';

/**
 * Calls `make` once, on first use. The schemas that check terms and cue patterns are built this
 * way (wrapped in `z.lazy`): their expressions use Unicode property classes (\p{Ll}, \p{Lo},
 * \p{N}), and building those costs ~20M instructions, a tenth of importing the package, while
 * they are only needed to validate custom lexicons. The expressions are built from strings, as a
 * literal would be checked when the module is parsed even if never used.
 */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const note = z.string().min(1);
/** A single lower-case term: letters (any script), digits, ' and -, optionally ending in * (prefix). */
const term = once(() =>
  z.string().regex(new RegExp(String.raw`^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}'.-]*\*?$`, 'u'), 'a lower-case word, optionally ending in *'),
);
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
});

/** `tokens.json`: abbreviations and clause-opening conjunctions. */
export const TokensFileSchema = z.lazy(() =>
  z.object({
    note,
    abbreviations: z.array(z.string().min(1)),
    conjunctions: z.array(z.object({ word: term(), contrast: z.boolean().optional(), note: z.string().optional() })),
    greetingsNote: note,
    /** Openings (one or more lower-case words) that make a short clause a greeting. */
    greetings: z.array(z.string().min(1)),
  }),
);

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
export const ToneFileSchema = z.lazy(() =>
  z.object({
    note,
    lists: z.array(
      z.object({
        note,
        /** term (or prefix ending in *) -> [valence, anger] */
        words: z.record(term(), z.tuple([valence, unit])),
      }),
    ),
    idioms: z.array(
      z.object({
        note,
        /** phrase -> [valence, anger]; a phrase overrides the tone of the words it covers */
        phrases: z.record(phrase, z.tuple([valence, unit])),
      }),
    ),
  }),
);

/** `modifiers.json`: negators, boosters, dampeners and words that mark sarcasm. */
export const ModifiersFileSchema = z.lazy(() =>
  z.object({
    note,
    negators: z.array(term()),
    /** How many words before (and, in Dutch, after) a tone word a negator reaches, within its clause. */
    negationScope: z.object({ before: z.number().int().min(0).max(6), after: z.number().int().min(0).max(6) }),
    /** word -> scalar added to the magnitude of the next tone word (VADER's B_INCR is 0.293) */
    boosters: z.record(term(), z.number().min(0).max(2)),
    dampeners: z.record(term(), z.number().min(0).max(2)),
    /** Positive words that, next to a negative fact, read as sarcasm ("Geweldig, alweer geen internet") */
    sarcasmOpeners: z.array(term()),
  }),
);

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
  'frustration', 'swearing', 'sarcasm',
] as const;

/**
 * A cue pattern: space-separated elements matched against consecutive word, number and emoji
 * tokens of one sentence (lower case, diacritics folded; punctuation is skipped).
 * Elements: `word`; `stem*` (prefix, at least 3 letters); `a|b*|c` (alternatives); `#` (a number
 * or number word); `~` (a gap of 0 to 2 arbitrary tokens; never first or last).
 */
const patternEl = String.raw`(#|(?:[\p{Ll}\p{Lo}\p{N}'.-]+\*?)(?:\|[\p{Ll}\p{Lo}\p{N}'.-]+\*?)*)`;
const cuePattern = once(() =>
  z
    .string()
    .regex(new RegExp(String.raw`^${patternEl}(?: (?:~ )?${patternEl})*$`, 'u'), 'space-separated elements: word, stem*, a|b, #, ~ (not first or last)'),
);
export const CuePatternSchema = z.lazy(cuePattern);

/** `cues.json`: the cue patterns of one language. */
export const CuesFileSchema = z.lazy(() =>
  z.object({
    note,
    /** Number words that `#` matches besides digits (drie, third, 3x are handled by digits). */
    numberWords: z.array(term()),
    groups: z.array(
      z.object({
        kind: z.enum(CUE_KINDS),
        note,
        /** pattern -> weight 0..1 (how strongly it shows the kind) */
        patterns: z.record(cuePattern(), unit),
      }),
    ),
  }),
);

/** `history.json`: words that say how a customer follows up, not what the issue is. */
export const HistoryFileSchema = z.object({
  note,
  contactWords: z.array(z.string().min(1)),
});
