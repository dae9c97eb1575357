/**
 * The core runs in a browser and at the edge: the built package bundles with esbuild for the
 * browser platform (no Node built-ins, no polyfills), and the bundle analyses Dutch and English
 * messages in headless Chromium, in a page and in a Web Worker (no DOM, as in an edge runtime),
 * with the same result as in Node.
 */
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis, AnalyzeOptions, Message } from 'complaint-signal';
import { launch, skipBrowser, type Browser } from './chromium.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const GLOBAL = 'complaintSignal';

/**
 * What a user's browser build does: resolve the package by its name through its exports map,
 * for the browser platform, with nothing standing in for Node's modules. esbuild fails on any
 * `node:*` or built-in import it meets on that platform.
 */
const BROWSER_BUILD: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  platform: 'browser',
  format: 'iife',
  globalName: GLOBAL,
  target: 'es2022',
  write: false,
  metafile: true,
  logLevel: 'silent',
};

async function bundle(source: string) {
  return build({ ...BROWSER_BUILD, stdin: { contents: source, resolveDir: root, loader: 'js' } });
}

/** Files a bundle read other than the package's own dist (zod, franc and natural's modules are bundled into it). */
function foreignInputs(inputs: Record<string, unknown>): string[] {
  return Object.keys(inputs).filter((f) => f !== '<stdin>' && !f.startsWith('dist/'));
}

describe('bundling for the browser platform', () => {
  it.each([
    ['the core', "export * from 'complaint-signal';", 'dist/index.js'],
    ['the adapters', "export * from 'complaint-signal/adapters';", 'dist/adapters.js'],
  ])('%s bundles with nothing from Node, only dist', async (_name, source, entry) => {
    const r = await bundle(source);
    expect(r.errors).toEqual([]);
    const inputs = r.metafile!.inputs;
    expect(Object.keys(inputs)).toContain(entry);
    expect(foreignInputs(inputs)).toEqual([]);
    expect(r.outputFiles![0]!.text.length).toBeGreaterThan(1000);
  });

  // the check above can fail: the same build refuses a Node built-in
  it.each([
    ["import { readFileSync } from 'node:fs'; export const x = readFileSync;"],
    ["import path from 'path'; export const x = path;"],
    ["export { env } from 'node:process';"],
  ])('refuses a Node built-in: %s', async (source) => {
    await expect(bundle(source)).rejects.toThrow(/Could not resolve/);
  });
});

interface Case {
  name: string;
  message: Message;
  options?: AnalyzeOptions;
  language: 'nl' | 'en';
  level: Analysis['level'];
  cue: { kind: string; text: string };
}

const CASES: Case[] = [
  {
    name: 'a Dutch complaint',
    message: { id: 'nl-1', text: 'Ik heb al drie keer gebeld en mijn internet werkt nog steeds niet. Ik wil dat dit vandaag wordt opgelost!' },
    language: 'nl',
    level: 'complaint',
    cue: { kind: 'repeat', text: 'al drie keer gebeld' },
  },
  {
    name: 'an English threat to cancel',
    message: { id: 'en-1', channel: 'phone', text: 'I have been on hold for 40 minutes again. This is ridiculous! If the refund is not in my account by Friday I will cancel my subscription.' },
    options: { reply: { formality: 'informal' } },
    language: 'en',
    level: 'escalation',
    cue: { kind: 'churn', text: 'cancel my subscription' },
  },
  {
    name: 'a Dutch notice of default, with dated history',
    message: { id: 'nl-2', at: '2026-11-20T09:30:00Z', text: 'Ondanks mijn ingebrekestelling van 3 oktober is het bedrag van €420 nog altijd niet terugbetaald. Ik leg de zaak nu voor aan de Geschillencommissie.' },
    options: { history: [{ id: 'h-1', at: '2026-10-03T10:00:00Z', text: 'Hierbij stel ik u in gebreke: betaal de €420 binnen 14 dagen terug.' }] },
    language: 'nl',
    level: 'dispute',
    cue: { kind: 'legal', text: 'Geschillencommissie' },
  },
];

describe.skipIf(skipBrowser)('the browser bundle in headless Chromium', () => {
  let browser: Browser;
  let code: string;
  let page: Page;
  let node: typeof import('complaint-signal');

  beforeAll(async () => {
    node = await import('complaint-signal');
    code = (await bundle("export * from 'complaint-signal';")).outputFiles![0]!.text;
    browser = await launch();
    page = await browser.page();
    await page.addScriptTag({ content: code });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads in a page without an error', async () => {
    expect(browser.errors).toEqual([]);
    expect(await page.evaluate((g) => typeof (globalThis as Record<string, unknown>)[g], GLOBAL)).toBe('object');
  });

  it.each(CASES)('analyses $name in a page as Node does, with the expected language, level and cue', async (c) => {
    const shown = await page.evaluate(
      ([g, m, o]) => (globalThis as unknown as Record<string, typeof import('complaint-signal')>)[g]!.analyze(m, o),
      [GLOBAL, c.message, c.options] as const,
    );
    expect(shown).toEqual(node.analyze(c.message, c.options));
    expect(shown.language).toBe(c.language);
    expect(shown.level).toBe(c.level);
    expect(shown.cues).toContainEqual(expect.objectContaining(c.cue));
    for (const cue of shown.cues) expect(c.message.text.slice(cue.start, cue.end)).toBe(cue.text);
    expect(shown.reply.language).toBe(c.language);
    node.AnalysisSchema.parse(shown);
    expect(browser.errors).toEqual([]);
  });

  it('analyses in a Web Worker, with no window or document, as an edge runtime would', async () => {
    const blank = await browser.page();
    const inputs = CASES.map((c) => [c.message, c.options] as const);
    const out = await blank.evaluate(
      ([src, g, work]) =>
        new Promise<{ hasDocument: boolean; results: Analysis[] }>((resolve, reject) => {
          const body = `${src}
self.onmessage = (e) => postMessage({
  hasDocument: typeof document !== 'undefined',
  results: e.data.map(([m, o]) => self[${JSON.stringify(g)}].analyze(m, o)),
});`;
          const worker = new Worker(URL.createObjectURL(new Blob([body], { type: 'text/javascript' })));
          worker.onmessage = (e) => resolve(e.data);
          worker.onerror = (e) => reject(new Error(`worker: ${e.message}`));
          worker.postMessage(work);
        }),
      [code, GLOBAL, inputs] as const,
    );
    expect(out.hasDocument).toBe(false);
    expect(out.results).toEqual(CASES.map((c) => node.analyze(c.message, c.options)));
    expect(out.results.map((a) => [a.language, a.level])).toEqual(CASES.map((c) => [c.language, c.level]));
    expect(browser.errors).toEqual([]);
    await blank.close();
  });
});
