import { defineConfig } from 'vitest/config';

// The browser tests run after `npm run build`: they bundle and drive the built package (dist) in
// headless Chromium. One file at a time, so two browsers never share the machine's two cores.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/browser/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
