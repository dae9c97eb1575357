/**
 * esbuild plugins of the build (tsup.config.ts): they change how two kinds of input are put into
 * dist, for load time, without changing what the code computes. Measured with bench/import.mjs;
 * the instruction counts below are of `import` in a fresh `node` process (callgrind).
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

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
      'franc/index.js is not the source build/esbuild-plugins.ts expects (franc updated?): ' +
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
        contents: JSON.stringify(JSON.parse(await readFile(args.path, 'utf8'))),
        loader: 'text',
      }));
    },
  };
}
