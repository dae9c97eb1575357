import { defineConfig } from 'tsup';
import { asciiOutput, lazyFranc, lexiconText } from './.build/plugins.js';

// natural and franc are bundled: we use a few of their modules (natural's Dutch stemmer,
// franc limited to nld/eng), and a plain install of natural would bring database drivers and
// a `.env` reader to every user. csv-parse is bundled into the CLI only.
// zod is bundled for load time: its ESM build is ~100 small files, and node's ESM loader resolving,
// reading and compiling each one made up ~290M of the ~680M instructions that importing the
// package cost above node's own start (callgrind). The sources import it as `import * as z`, so
// esbuild keeps only the parts we call (one locale, not all 60: `{ z }` pulls in every locale).
// zod stays in `dependencies`: the .d.ts files refer to zod's types. Schemas from the bundled copy
// work with the user's zod (zod 4 keeps its config and registry on globalThis and checks
// `instanceof` by traits), as test/smoke/esm.mjs checks.
// franc is bundled with its trigram tables built on first use, not at import (lazyFranc, ~130M
// instructions less per import; test/build-plugins.test.ts checks its answers are franc's).
// The lexicons are bundled as JSON text and parsed on first use (lexiconText and
// src/lexicon/defaults.ts: ~70M instructions less per import). asciiOutput writes the few
// characters esbuild leaves outside ASCII (in regular expressions and comments) as escapes, so V8
// reads each file as one-byte text (~20M less).
const bundled = [/^zod/, /^natural/, /^franc/, /^trigram-utils/, /^n-gram/, /^collapse-white-space/, /^csv-parse/];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', adapters: 'src/adapters/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    noExternal: bundled,
    esbuildPlugins: [lazyFranc(), lexiconText()],
    plugins: [asciiOutput()],
    treeshake: true,
    sourcemap: false,
    // shared chunks in both formats, so the core and the adapters share one InvalidInputError
    // class (instanceof works across the two entries in CJS too)
    splitting: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    noExternal: bundled,
    esbuildPlugins: [lazyFranc(), lexiconText()],
    plugins: [asciiOutput()],
    // one file: the CLI's lazy import of the core must not leave hash-named chunks beside it
    splitting: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
