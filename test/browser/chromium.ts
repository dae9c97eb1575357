/**
 * Headless Chromium for the browser tests: Debian's chromium (installed by ensure-chromium.mjs),
 * driven by playwright-core, which ships no browser of its own.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath, inCI } from './chromium-path.mjs';

export const CHROMIUM: string = chromiumPath();

/**
 * Skip only outside CI, and only when Chromium is missing (ensure-chromium.mjs has said so
 * loudly). Under CI the tests run and fail at launch instead: a skipped browser test there
 * could never fail.
 */
export const skipBrowser: boolean = !existsSync(CHROMIUM) && !inCI();

if (skipBrowser) console.warn(`\n!! browser tests SKIPPED: no Chromium at ${CHROMIUM} (see test/browser/ensure-chromium.mjs)\n`);

/** Quiet, offline flags: without the background-networking ones Chromium keeps dialling out. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // repaint whole tiles: with partial raster the anti-aliasing of rounded corners depends on what
  // was repainted before, and the committed screenshot would change from run to run
  '--disable-partial-raster',
];

/** A running browser with its own fresh profile directory, and what went wrong in its pages. */
export interface Browser {
  context: BrowserContext;
  /** A new page whose uncaught errors and console errors land in `errors`. */
  page(): Promise<Page>;
  errors: string[];
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'complaint-signal-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    locale: 'en-GB',
    // the page's clock zone is Node's, so times without a zone read the same on both sides
    timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  const errors: string[] = [];
  return {
    context,
    errors,
    async page() {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
      });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
