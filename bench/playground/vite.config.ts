import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The playground is a page on top of the built library: `complaint-signal` resolves to the
// package's own dist/index.js (run `npm run build` first), never to src, so the page shows what
// users get.
const dist = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { alias: [{ find: /^complaint-signal$/, replacement: dist }] },
  server: { host: 'localhost', port: 5173 },
  preview: { host: 'localhost', port: 4173 },
  build: {
    outDir: fileURLToPath(new URL('../out/playground', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // the whole library is one chunk: lexicons, franc's trigrams and zod come to about 760 kB
    // minified (280 kB gzipped); splitting it would not make the page start sooner
    chunkSizeWarningLimit: 1000,
  },
});
