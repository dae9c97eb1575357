/**
 * Custom lexicons for `createAnalyzer({ lexicons })`: each given file is validated against its
 * schema and laid over the bundled one in a fresh object (lists are appended, so later entries win);
 * nothing shared is ever changed.
 */
import * as z from 'zod';
import { InvalidInputError } from '../errors.js';
import type { Lexicons, LanguagePack } from './compile.js';
import { RepliesFileSchema } from './replies-schema.js';
import { ClausesFileSchema, CuesFileSchema, EmojiFileSchema, ModifiersFileSchema, ToneFileSchema } from './schema.js';

/** Partial lexicon files a caller may pass per language. */
export interface LanguageOverrides {
  /** Tone words and idioms, appended to the bundled lists (same schema as `tone.json`). */
  tone?: Partial<z.input<typeof ToneFileSchema>>;
  /** Cue groups, appended (same schema as `cues.json`). */
  cues?: Partial<z.input<typeof CuesFileSchema>>;
  /** Negators, boosters, dampeners and sarcasm openers, merged. */
  modifiers?: Partial<z.input<typeof ModifiersFileSchema>>;
  /** Reply parts and plans, merged by key. */
  replies?: Partial<z.input<typeof RepliesFileSchema>>;
  /**
   * A clause model (`ClauseModelFile`) trained on your own labelled messages by `trainClauseModel`
   * or `complaint-signal train`: it may label the split's clauses again. None ships; `null` or
   * leaving it out keeps the split's rules alone.
   */
  clauses?: z.input<typeof ClausesFileSchema> | null;
}

/** Custom lexicons per language, and extra emoji. */
export interface LexiconOverrides {
  nl?: LanguageOverrides;
  en?: LanguageOverrides;
  emoji?: Partial<z.input<typeof EmojiFileSchema>>;
}

function check<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const first = r.error.issues[0]!;
  throw new InvalidInputError(
    'invalid_lexicon',
    `Invalid lexicons.${where}.${first.path.join('.')}: ${first.message}`,
    r.error.issues.map((i) => ({ code: i.code, path: i.path, message: i.message })),
  );
}

function mergePack(base: LanguagePack, o: LanguageOverrides | undefined, lang: string): LanguagePack {
  if (!o) return base;
  const note = 'custom';
  const tone = o.tone
    ? check(ToneFileSchema, { note, lists: [], idioms: [], ...o.tone }, `${lang}.tone`)
    : undefined;
  const cues = o.cues ? check(CuesFileSchema, { note, numberWords: [], groups: [], ...o.cues }, `${lang}.cues`) : undefined;
  const m = o.modifiers
    ? check(ModifiersFileSchema, { ...base.modifiers, negators: [], boosters: {}, dampeners: {}, sarcasmOpeners: [], degreeJudgements: [], ...o.modifiers }, `${lang}.modifiers`)
    : undefined;
  const replies = o.replies
    ? check(RepliesFileSchema, { ...base.replies, ...o.replies, parts: { ...base.replies.parts, ...o.replies.parts } }, `${lang}.replies`)
    : undefined;
  return {
    ...base,
    tone: tone ? { ...base.tone, lists: [...base.tone.lists, ...tone.lists], idioms: [...base.tone.idioms, ...tone.idioms] } : base.tone,
    cues: cues
      ? { ...base.cues, numberWords: [...base.cues.numberWords, ...cues.numberWords], groups: [...base.cues.groups, ...cues.groups] }
      : base.cues,
    modifiers: m
      ? {
          ...base.modifiers,
          negators: [...base.modifiers.negators, ...m.negators],
          negationScope: o.modifiers?.negationScope ?? base.modifiers.negationScope,
          boosters: { ...base.modifiers.boosters, ...m.boosters },
          dampeners: { ...base.modifiers.dampeners, ...m.dampeners },
          sarcasmOpeners: [...base.modifiers.sarcasmOpeners, ...m.sarcasmOpeners],
          degreeJudgements: [...(base.modifiers.degreeJudgements ?? []), ...(m.degreeJudgements ?? [])],
          degreeStandIn: m.degreeStandIn ?? base.modifiers.degreeStandIn,
          superlative: m.superlative ?? base.modifiers.superlative,
        }
      : base.modifiers,
    replies: replies ?? base.replies,
    clauses: o.clauses === undefined ? base.clauses : o.clauses === null ? undefined : check(ClausesFileSchema, o.clauses, `${lang}.clauses`),
  };
}

/** Returns new lexicons: `base` with `overrides` laid over it. `base` is not changed. */
export function mergeLexicons(base: Lexicons, overrides: LexiconOverrides): Lexicons {
  if (overrides === null || typeof overrides !== 'object') {
    throw new InvalidInputError('invalid_lexicon', `Invalid lexicons: expected an object, found ${overrides === null ? 'null' : typeof overrides}`);
  }
  const emoji = overrides.emoji ? check(EmojiFileSchema, { note: 'custom', lists: [], irony: [], ironyNote: 'custom', ...overrides.emoji }, 'emoji') : undefined;
  return {
    nl: mergePack(base.nl, overrides.nl, 'nl'),
    en: mergePack(base.en, overrides.en, 'en'),
    emoji: emoji ? { ...base.emoji, lists: [...base.emoji.lists, ...emoji.lists], irony: [...base.emoji.irony, ...emoji.irony] } : base.emoji,
  };
}
