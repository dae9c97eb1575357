/**
 * The bundled lexicons. JSON is imported (and bundled by tsup), so the core reads no files.
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

// JSON imports are typed loosely (string[][] for tuples): the test suite validates every file
// against its schema, so the casts below are checked where it matters.
const pack = (files: unknown): LanguagePack => files as LanguagePack;

/** The lexicons that ship with the package (validated by the test suite, not at import). */
export const defaultLexicons: Lexicons = {
  nl: pack({
    normalize: nlNormalize, tokens: nlTokens, language: nlLanguage, toneBase: nlToneBase, tone: nlTone,
    modifiers: nlModifiers, cues: nlCues, replies: nlReplies, history: nlHistory,
  }),
  en: pack({
    normalize: enNormalize, tokens: enTokens, language: enLanguage, toneBase: enToneBase, tone: enTone,
    modifiers: enModifiers, cues: enCues, replies: enReplies, history: enHistory,
  }),
  emoji: emoji as unknown as Lexicons['emoji'],
};
