/**
 * The playground page end to end: builds it with Vite, serves the build with `vite preview`,
 * drives it in headless Chromium, and checks that what it shows is what the built library
 * returns for the same input. Saves a screenshot to bench/playground.png.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis, AnalyzeOptions, Message } from 'complaint-signal';
import { EXAMPLES } from '../../bench/playground/examples.js';
import { launch, skipBrowser, type Browser } from './chromium.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const configFile = join(root, 'bench/playground/vite.config.ts');
const SCREENSHOT = join(root, 'bench/playground.png');

/** What the page shows, read from the DOM. */
interface Shown {
  ladder: string[];
  current: string | undefined;
  language: string;
  priority: string;
  facts: string[];
  frustration: string[];
  cues: Array<{ kind: string; text: string }>;
  tone: Record<string, string>;
  sameIssue: string;
  reply: string;
  replyLang: string;
  text: string;
}

async function read(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const all = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];
    const one = (sel: string) => document.querySelector<HTMLElement>(sel)?.textContent ?? '';
    const history = Object.fromEntries(all('#history-out div').map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent]));
    return {
      ladder: all('#ladder li').map((li) => li.dataset.level ?? ''),
      current: document.querySelector<HTMLElement>('#ladder li[aria-current="step"]')?.dataset.level,
      language: one('#out-language'),
      priority: one('#out-priority'),
      facts: all('#highlighted mark.fact').map((m) => m.textContent ?? ''),
      frustration: all('#highlighted mark.frustration').map((m) => m.textContent ?? ''),
      cues: all('#cues tr[data-kind]').map((tr) => ({ kind: tr.dataset.kind ?? '', text: tr.querySelector('.text')?.textContent ?? '' })),
      tone: Object.fromEntries(all('#tone .meter').map((m) => [m.dataset.name, m.querySelector('.value')?.textContent ?? ''])),
      sameIssue: history['same issue'] ?? '',
      reply: one('#reply'),
      replyLang: document.querySelector<HTMLElement>('#reply')?.lang ?? '',
      text: one('#highlighted'),
    };
  });
}

/** The page must show exactly this analysis of `text`. */
function expectShows(shown: Shown, a: Analysis, text: string): void {
  expect(shown.current).toBe(a.level);
  expect(shown.language).toBe(`${a.language} (${Math.round(a.languageConfidence * 100)}%)`);
  expect(shown.priority).toBe(a.priority);
  expect(shown.text).toBe(text);
  expect(shown.facts).toEqual(a.facts.map((s) => s.text));
  expect(shown.frustration).toEqual(a.frustration.map((s) => s.text));
  expect(shown.cues).toEqual(a.cues.map((c) => ({ kind: c.kind, text: c.text })));
  expect(shown.tone).toEqual({ valence: a.tone.valence.toFixed(2), anger: a.tone.anger.toFixed(2), intensity: a.tone.intensity.toFixed(2) });
  expect(shown.sameIssue).toBe(a.repetition.repeats.length ? a.repetition.repeats.join(', ') : 'none');
  expect(shown.reply).toBe(a.reply.text);
  expect(shown.replyLang).toBe(a.reply.language);
}

describe.skipIf(skipBrowser)('the playground page', () => {
  let outDir: string;
  let server: PreviewServer;
  let browser: Browser;
  let page: Page;
  let lib: typeof import('complaint-signal');

  beforeAll(async () => {
    lib = await import('complaint-signal');
    outDir = mkdtempSync(join(tmpdir(), 'complaint-signal-playground-'));
    // a child process: Vite's build sets NODE_ENV, which this test process (vitest's) also uses
    const env = { ...process.env };
    delete env.NODE_ENV;
    await promisify(execFile)(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', configFile, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, env });
    server = await preview({ configFile, build: { outDir }, preview: { port: 0, strictPort: true, open: false }, logLevel: 'silent' });
    browser = await launch();
    page = await browser.page();
    await page.goto(server.resolvedUrls!.local[0]!);
    await page.locator('#output').waitFor({ state: 'visible' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('opens on the first example and shows its analysis, history included', async () => {
    const ex = EXAMPLES[0]!;
    // the form's format: "DATE TEXT" per line, oldest first, ids "earlier N"
    const history: Message[] = ex.history.split('\n').map((line, i) => {
      const [at, ...words] = line.split(' ');
      return { id: `earlier ${i + 1}`, at: at!, text: words.join(' ') };
    });
    const a = lib.analyze({ text: ex.text, channel: ex.channel, at: ex.at }, { history, reply: { formality: 'formal' } });
    // the example is there to show everything at once: a language, both kinds of span, a repeat
    expect(a.language).toBe('nl');
    expect(a.facts.length).toBeGreaterThan(0);
    expect(a.frustration.length).toBeGreaterThan(0);
    expect(a.repetition.repeats.length).toBeGreaterThan(0);
    const shown = await read(page);
    expect(shown.ladder).toEqual([...lib.LEVELS]);
    expectShows(shown, a, ex.text);
  });

  it('highlights facts and frustration in two different colours', async () => {
    const colours = await page.evaluate(() =>
      ['mark.fact', 'mark.frustration'].map((sel) => getComputedStyle(document.querySelector(`#highlighted ${sel}`)!).backgroundColor),
    );
    expect(colours[0]).not.toBe(colours[1]);
    for (const c of colours) expect(c).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
  });

  it.each([
    ['Dutch', 'Belachelijk dit!! Mijn pakket is al twee weken onderweg en niemand reageert op mijn mails. Ik wil mijn geld terug.', 'nl'],
    ['English', 'Seriously?! Third time this week your app logs me out mid-payment. Absolutely useless. Fix it.', 'en'],
  ])('analyses a pasted %s message with the formality switch', async (_name, text, language) => {
    await page.fill('#history', '');
    await page.selectOption('#channel', 'chat');
    await page.fill('#text', text);
    const options = (formality: 'formal' | 'informal'): AnalyzeOptions => ({ history: [], reply: { formality } });
    const formal = lib.analyze({ text, channel: 'chat' }, options('formal'));
    expect(formal.language).toBe(language);
    expect(formal.isComplaint).toBe(true);
    expectShows(await read(page), formal, text);

    await page.getByText('informal (je)').click();
    const informal = lib.analyze({ text, channel: 'chat' }, options('informal'));
    expect(informal.reply.text).not.toBe(formal.reply.text);
    expectShows(await read(page), informal, text);
    await page.getByText('formal (u)').click();
    expect((await read(page)).reply).toBe(formal.reply.text);
  });

  it('takes the language switch as a hint', async () => {
    const text = 'Ik wacht al drie weken op mijn terugbetaling.';
    await page.fill('#text', text);
    for (const language of ['en', 'nl'] as const) {
      await page.selectOption('#language', language);
      const a = lib.analyze({ text, channel: 'chat', language }, { history: [], reply: { formality: 'formal' } });
      expect(a.language).toBe(language);
      expectShows(await read(page), a, text);
    }
    await page.selectOption('#language', 'auto');
  });

  it('shows an empty state for a blank message', async () => {
    await page.fill('#text', '   ');
    expect(await page.locator('#empty').isVisible()).toBe(true);
    expect(await page.locator('#output').isVisible()).toBe(false);
    expect(browser.errors).toEqual([]);
  });

  it('renders a picked example and saves a screenshot to bench/playground.png', async () => {
    await page.selectOption('#example', '0');
    await page.fill('#agent', 'Sanne');
    await page.fill('#company', 'Telco');
    await page.locator('#company').blur();
    const shown = await read(page);
    expect(shown.text).toBe(EXAMPLES[0]!.text);
    expect(shown.reply).toContain('Sanne');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const png = readFileSync(SCREENSHOT);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
    expect(browser.errors).toEqual([]);
  });
});
