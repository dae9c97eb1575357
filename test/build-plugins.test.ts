/**
 * The build's esbuild plugins (.build/plugins.ts) change how franc and the lexicons are put
 * into dist, for load time; what the code computes must not change. Each plugin is applied here as
 * in the build and its output compared with the original on real inputs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { franc, francAll } from 'franc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asciiOnly, lazyFranc, lazyFrancSource, lexiconText, lexiconTextSource } from '../.build/plugins.js';
import { defaultLexicons } from '../src/lexicon/defaults.js';
import type { Lexicons } from '../src/lexicon/compile.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'complaint-signal-plugins-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Bundles `source` (resolved from the repository root) with `plugins` and imports the result. */
async function bundleAndImport<T>(name: string, source: string, plugins: Parameters<typeof build>[0]['plugins']): Promise<T> {
  const r = await build({
    absWorkingDir: root,
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
    plugins,
  });
  const file = join(tmp, `${name}.mjs`);
  writeFileSync(file, r.outputFiles[0]!.text);
  return (await import(pathToFileURL(file).href)) as T;
}

/** Texts of the development fixtures (never the held-out ones), and texts in franc's other scripts. */
function samples(): string[] {
  const texts: string[] = [];
  for (const f of ['sample.jsonl', 'language-short.dev.jsonl', 'levels-nl.dev.jsonl', 'levels-en.dev.jsonl', 'tone-nl.dev.jsonl']) {
    for (const line of readFileSync(join(root, 'fixtures', f), 'utf8').split('\n')) {
      if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  return [
    ...texts,
    '', '12', '?!', 'ok',
    'Добрый день, мой заказ до сих пор не пришёл, и никто не отвечает на письма.',
    'Доброго дня, моє замовлення досі не прийшло, і ніхто не відповідає.',
    'مرحبا، طلبي لم يصل بعد ولا أحد يرد على رسائلي منذ أسبوع.',
    'שלום, ההזמנה שלי עדיין לא הגיעה ואף אחד לא עונה לי.',
    'नमस्ते, मेरा ऑर्डर अभी तक नहीं आया है और कोई जवाब नहीं दे रहा है।',
    'ሰላም፣ ትዕዛዜ እስካሁን አልደረሰም እና ማንም መልስ አልሰጠኝም።',
    'မင်္ဂလာပါ၊ ကျွန်ုပ်၏ အော်ဒါ မရောက်သေးပါ။',
    'こんにちは、注文した商品がまだ届きません。',
    'Γεια σας, η παραγγελία μου δεν έχει φτάσει ακόμα.',
    'Hola, mi pedido todavía no ha llegado y nadie contesta mis correos.',
    'Bonjour, ma commande n’est toujours pas arrivée et personne ne répond.',
    'Guten Tag, meine Bestellung ist immer noch nicht angekommen.',
    'Moin, myn pakket is noch altyd net oankaam.',
  ];
}

describe('lazyFranc: franc with its trigram tables built on first use', () => {
  type Franc = { franc: typeof franc; francAll: typeof francAll };
  let lazy: Franc;
  beforeAll(async () => {
    lazy = await bundleAndImport<Franc>('franc-lazy', "export { franc, francAll } from 'franc';", [lazyFranc()]);
  });

  // the options language.ts passes, and a few more shapes of `only` and `ignore`
  const OPTIONS = [
    undefined,
    { only: ['nld', 'eng'], minLength: 1 },
    { minLength: 20 },
    { ignore: ['eng', 'sco'] },
    { only: ['rus', 'ukr', 'bel'] },
  ];

  it('answers exactly as franc on every sample, with every option', () => {
    const texts = samples();
    expect(texts.length).toBeGreaterThan(500);
    for (const options of OPTIONS) {
      for (const text of texts) {
        expect(lazy.francAll(text, options), `${JSON.stringify(options)} ${text}`).toEqual(francAll(text, options));
        expect(lazy.franc(text, options)).toBe(franc(text, options));
      }
    }
  });

  it('answers the same when the first call reads every table (franc over all languages first)', async () => {
    const fresh = await bundleAndImport<Franc>('franc-lazy-all-first', "export { franc, francAll } from 'franc';", [lazyFranc()]);
    const text = 'Mijn internet werkt al drie dagen niet en niemand belt terug.';
    expect(fresh.francAll(text)).toEqual(francAll(text));
    expect(fresh.francAll(text, { only: ['nld', 'eng'], minLength: 1 })).toEqual(francAll(text, { only: ['nld', 'eng'], minLength: 1 }));
  });

  it('refuses a franc source it was not written for', () => {
    const source = readFileSync(join(root, 'node_modules/franc/index.js'), 'utf8');
    expect(lazyFrancSource(source)).not.toEqual(source);
    expect(() => lazyFrancSource(source.replace('numericData[script][name] = trigrams', 'numericData[script][name] = trigrams.x'))).toThrow(/franc updated/);
    expect(() => lazyFrancSource(`${source}\nexport const tables = numericData`)).toThrow(/franc updated/);
  });
});

describe('lexiconText: the lexicons bundled as JSON text, parsed on first use', () => {
  it('gives the same lexicons as importing the JSON files', async () => {
    const source = "export { defaultLexicons } from './src/lexicon/defaults.ts';";
    const bundled = await bundleAndImport<{ defaultLexicons: Lexicons }>('lexicons-text', source, [lexiconText()]);
    expect(bundled.defaultLexicons.nl).toEqual(defaultLexicons.nl);
    expect(bundled.defaultLexicons.en).toEqual(defaultLexicons.en);
    expect(bundled.defaultLexicons.emoji).toEqual(defaultLexicons.emoji);
    // parsed once: every read gives the same object
    expect(bundled.defaultLexicons.nl).toBe(bundled.defaultLexicons.nl);
    expect(Object.keys(bundled.defaultLexicons.en)).toEqual(Object.keys(defaultLexicons.en));
  });

  it('bundles each file as a string', async () => {
    const r = await build({
      absWorkingDir: root,
      entryPoints: ['lexicons/nl/tokens.json'],
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      plugins: [lexiconText()],
    });
    const text = readFileSync(join(root, 'lexicons/nl/tokens.json'), 'utf8');
    const out = r.outputFiles[0]!.text;
    // the whole file, minified, in one '...' string (an object literal would print `note:`)
    expect(out).toContain(`'${lexiconTextSource(text).replaceAll('\\', '\\\\')}'`);
  });

  it("writes ' as \\u0027, which JSON.parse reads back as '", () => {
    const json = '{ "note": "the customer\'s words", "words": { "don\'t": [-1, 0] } }';
    expect(lexiconTextSource(json)).not.toContain("'");
    expect(JSON.parse(lexiconTextSource(json))).toEqual(JSON.parse(json));
  });
});

describe('asciiOnly: the output written in ASCII', () => {
  // what esbuild leaves outside ASCII: regular expression literals (natural's stemmers) and comments
  const code = [
    '// a comment with é and 🙄',
    "export const stem = (w) => w.replace(/([aeioué])y/g, '$1Y');",
    'export const word = (w) => /^[a-zäëïöüáéíóúè0-9]+$/i.test(w);',
    'export const emoji = (w) => /^[🙄👏]$/u.test(w) + /^🙄$/.test(w) * 2;',
    'export const clap = (w) => /[👏]/.test(w);',
  ].join('\n');

  it('escapes every other character, and the code does the same', async () => {
    const out = asciiOnly(code);
    expect(out).toMatch(/^[\x00-\x7f]*$/);
    expect(out).not.toEqual(code);
    type M = { stem(w: string): string; word(w: string): boolean; emoji(w: string): number; clap(w: string): boolean };
    writeFileSync(join(tmp, 'ascii-before.mjs'), code);
    writeFileSync(join(tmp, 'ascii-after.mjs'), out);
    const before = (await import(pathToFileURL(join(tmp, 'ascii-before.mjs')).href)) as M;
    const after = (await import(pathToFileURL(join(tmp, 'ascii-after.mjs')).href)) as M;
    for (const w of ['ééy', 'aay', 'Über', 'café', 'abc', '🙄', '👏', '\ud83d', 'x👏', '']) {
      expect(after.stem(w), w).toBe(before.stem(w));
      expect(after.word(w), w).toBe(before.word(w));
      expect(after.emoji(w), w).toBe(before.emoji(w));
      expect(after.clap(w), w).toBe(before.clap(w));
    }
  });

  it('leaves ASCII code as it is, and refuses raw template text it cannot escape', () => {
    expect(asciiOnly('export const a = "\\xE9";')).toBe('export const a = "\\xE9";');
    expect(() => asciiOnly('export const a = String.raw`café`;')).toThrow(/template literal/);
  });
});
