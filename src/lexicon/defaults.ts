/**
 * The bundled lexicons. JSON is imported (and bundled by tsup), so the core reads no files.
 *
 * In dist each file arrives as its JSON text, not as an object (.build/plugins.ts,
 * `lexiconText`: V8 scans a string several times faster than it builds the same object literal,
 * so importing the package stays cheap); it is parsed the first time a language is read, which
 * is when the first analysis compiles the lexicons. Under vitest and tsx the same imports give
 * the parsed objects.
 */
import emoji from '../../lexicons/common/emoji.json';
import enCues from '../../lexicons/en/cues.json';
import enHistory from '../../lexicons/en/history.json';
import enLanguage from '../../lexicons/en/language.json';
import enModifiers from '../../lexicons/en/modifiers.json';
import enNormalize from '../../lexicons/en/normalize.json';
import enReplies from '../../lexicons/en/replies.json';
import enTokens from '../../lexicons/en/tokens.json';
import enToneBase from '../../lexicons/en/tone-base.json';
import enTone from '../../lexicons/en/tone.json';
import nlCues from '../../lexicons/nl/cues.json';
import nlHistory from '../../lexicons/nl/history.json';
import nlLanguage from '../../lexicons/nl/language.json';
import nlModifiers from '../../lexicons/nl/modifiers.json';
import nlNormalize from '../../lexicons/nl/normalize.json';
import nlReplies from '../../lexicons/nl/replies.json';
import nlTokens from '../../lexicons/nl/tokens.json';
import nlToneBase from '../../lexicons/nl/tone-base.json';
import nlTone from '../../lexicons/nl/tone.json';
import type { LanguagePack, Lexicons } from './compile.js';

/** One imported lexicon file: its JSON text in dist, the parsed object under vitest and tsx. */
const parsed = (file: unknown): unknown => (typeof file === 'string' ? JSON.parse(file) : file);

// JSON imports are typed loosely (string[][] for tuples): the test suite validates every file
// against its schema, so the casts below are checked where it matters.
// (no clause model ships: the split's rules alone, unless a caller passes one to createAnalyzer)
const pack = (files: Record<Exclude<keyof LanguagePack, 'clauses'>, unknown>): LanguagePack =>
  Object.fromEntries(Object.entries(files).map(([k, v]) => [k, parsed(v)])) as unknown as LanguagePack;

let nl: LanguagePack | undefined;
let en: LanguagePack | undefined;
let emojiFile: Lexicons['emoji'] | undefined;

/**
 * The lexicons that ship with the package (validated by the test suite, not at import). Each
 * language is parsed on first read and the same object is returned from then on.
 */
export const defaultLexicons: Lexicons = {
  get nl(): LanguagePack {
    return (nl ??= pack({
      normalize: nlNormalize, tokens: nlTokens, language: nlLanguage, toneBase: nlToneBase, tone: nlTone,
      modifiers: nlModifiers, cues: nlCues, replies: nlReplies, history: nlHistory,
    }));
  },
  get en(): LanguagePack {
    return (en ??= pack({
      normalize: enNormalize, tokens: enTokens, language: enLanguage, toneBase: enToneBase, tone: enTone,
      modifiers: enModifiers, cues: enCues, replies: enReplies, history: enHistory,
    }));
  },
  get emoji(): Lexicons['emoji'] {
    return (emojiFile ??= parsed(emoji) as Lexicons['emoji']);
  },
};
