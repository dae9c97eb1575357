/**
 * Plugins of the build (tsup.config.ts): they change how franc, the lexicons and the output text
 * are put into dist, for load time, without changing what the code computes. Measured with
 * bench/import.mjs; the instruction counts below are of `import` in a fresh `node` process
 * (callgrind).
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import type { Options } from 'tsup';
import ts from 'typescript';

/**
 * The loop in franc/index.js (franc 6.2.0) that turns every language's trigram list into a
 * trigram → rank table when franc is imported.
 */
const FRANC_EAGER_TABLES = `for (script in data) {
  if (own.call(data, script)) {
    const languages = data[script]
    /** @type {string} */
    let name

    numericData[script] = {}

    for (name in languages) {
      if (own.call(languages, name)) {
        const model = languages[name].split('|')
        /** @type {Record<string, number>} */
        const trigrams = {}
        let weight = model.length

        while (weight--) {
          trigrams[model[weight]] = weight
        }

        numericData[script][name] = trigrams
      }
    }
  }
}`;

/**
 * The same tables, each built the first time it is read: a getter that computes the table exactly
 * as the loop above did and then replaces itself with it. Properties keep the order in which they
 * were first defined, so franc visits the languages, and breaks ties, in the same order.
 */
const FRANC_LAZY_TABLES = `for (script in data) {
  if (own.call(data, script)) {
    const languages = data[script]
    const tables = {}
    numericData[script] = tables

    for (const name in languages) {
      if (own.call(languages, name)) {
        Object.defineProperty(tables, name, {
          configurable: true,
          enumerable: true,
          get() {
            const model = languages[name].split('|')
            const trigrams = {}
            let weight = model.length

            while (weight--) {
              trigrams[model[weight]] = weight
            }

            Object.defineProperty(tables, name, { value: trigrams, writable: true, enumerable: true, configurable: true })
            return trigrams
          },
        })
      }
    }
  }
}`;

/** Where franc/index.js reads the tables: the `in` test and the lookup in `francAll`, besides the loop. */
const FRANC_TABLE_USES = 5;

/**
 * franc's source with its trigram tables built on first use instead of at import.
 *
 * franc builds a table for each of its 163 languages when it is imported: ~130M instructions,
 * about a fifth of the cost of importing this package. We mostly ask it about Dutch and English
 * only (when the word vote is unsure), which reads two tables; franc over all languages (is this
 * another language?) reads the tables of one script. Throws when franc's source is not the one
 * this was written for, so a franc update cannot silently skip or break the change.
 */
export function lazyFrancSource(source: string): string {
  const uses = source.split('numericData').length - 1;
  if (!source.includes(FRANC_EAGER_TABLES) || uses !== FRANC_TABLE_USES) {
    throw new Error(
      'franc/index.js is not the source .build/plugins.ts expects (franc updated?): ' +
        'check its table loop and update FRANC_EAGER_TABLES and FRANC_LAZY_TABLES',
    );
  }
  return source.replace(FRANC_EAGER_TABLES, () => FRANC_LAZY_TABLES);
}

/** franc's entry module, in node_modules. */
const FRANC_INDEX = /[\\/]node_modules[\\/]franc[\\/]index\.js$/;

/** Bundles franc with {@link lazyFrancSource}. */
export function lazyFranc(): Plugin {
  return {
    name: 'lazy-franc',
    setup(build) {
      build.onLoad({ filter: FRANC_INDEX }, async (args) => ({
        contents: lazyFrancSource(await readFile(args.path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}

/**
 * The text a lexicon file is bundled as: its JSON without whitespace, with each ' written as the
 * JSON escape \u0027 (it can only occur inside JSON strings, so JSON.parse gives the same value).
 * Without ' (and with many "), esbuild writes the text as a '...' string; with both it picks a
 * `...` template, which V8 scans more slowly (~5M instructions more for the ~370 KB).
 */
export function lexiconTextSource(json: string): string {
  return JSON.stringify(JSON.parse(json)).replaceAll("'", '\\u0027');
}

/** The bundled lexicons, lexicons/<lang>/*.json. */
const LEXICON_JSON = /[\\/]lexicons[\\/](?:common|en|nl)[\\/][^\\/]+\.json$/;

/**
 * Bundles each lexicon file as its JSON text (a string, whitespace removed), not as an object.
 *
 * esbuild turns an imported JSON file into a JavaScript object literal, which V8 must parse and
 * build at import: ~90M instructions for our ~440 KB of lexicons. As a string the same data costs
 * ~17M to scan, and src/lexicon/defaults.ts parses it with JSON.parse on first use (~55M, once,
 * before the first analysis compiles the lexicons). Under vitest and tsx the files are still
 * imported as objects; defaults.ts takes either.
 */
export function lexiconText(): Plugin {
  return {
    name: 'lexicon-text',
    setup(build) {
      build.onLoad({ filter: LEXICON_JSON }, async (args) => ({
        contents: lexiconTextSource(await readFile(args.path, 'utf8')),
        loader: 'text',
      }));
    },
  };
}

/** A code unit outside ASCII (and every one, for replacing). */
const NON_ASCII = /[^\x00-\x7f]/;
const EVERY_NON_ASCII = new RegExp(NON_ASCII.source, 'g');

/**
 * `code` with every character outside ASCII written as a `\uXXXX` escape.
 *
 * One such character anywhere makes node and V8 decode and scan the whole file as two-byte text:
 * ~20M instructions more per import of dist/index.js. esbuild already escapes strings, templates
 * and identifiers (charset ascii), but leaves regular expression literals and comments as they
 * were (natural's stemmers match `[aeioué]`). An escape means the same there: in a regular
 * expression `\u00e9` is é and a surrogate pair of escapes is the one character (with or
 * without the u flag). The one place it would not is the raw text of a tagged template
 * (String.raw): a character there is refused rather than changed.
 */
export function asciiOnly(code: string, file = 'chunk.js'): string {
  if (!NON_ASCII.test(code)) return code;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const visit = (node: ts.Node): void => {
    if (ts.isTemplateLiteralToken(node) && NON_ASCII.test(node.getText(source))) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      throw new Error(`${file}:${line + 1}: a character outside ASCII in a template literal; asciiOnly (.build/plugins.ts) cannot escape it`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return code.replace(EVERY_NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** tsup plugin: {@link asciiOnly} on every JavaScript file it writes. */
export function asciiOutput(): NonNullable<Options['plugins']>[number] {
  return {
    name: 'ascii-output',
    renderChunk(code, info) {
      return { code: asciiOnly(code, info.path) };
    },
  };
}
