import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the browser tests need the build and Chromium: `npm run test:browser`, after the build
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    testTimeout: 30_000,
  },
});
