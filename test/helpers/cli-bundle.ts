/**
 * The CLI bundled as it ships (tsup, with the project's own tsup.config.ts), into a temporary
 * directory under node_modules/.cache, once per test file. Tests of `--workers` run their worker threads on it: `npm test`
 * runs vitest before the build, so dist/ may be missing or stale, and a bundle starts its threads
 * several times faster than the TypeScript source through tsx.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Options } from 'tsup';
import configs from '../../tsup.config.js';

let bundled: Promise<URL> | undefined;

async function bundle(): Promise<URL> {
  const all = (Array.isArray(configs) ? configs : [configs]) as Options[];
  const cli = all.find((c) => typeof c.entry === 'object' && !Array.isArray(c.entry) && 'cli' in c.entry);
  if (!cli) throw new Error('tsup.config.ts has no "cli" entry');
  // inside the project, so the bundle finds its one external dependency (zod) in node_modules
  const cache = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(join(cache, 'cs-cli-bundle-'));
  await build({ ...cli, outDir, config: false, silent: true, dts: false, clean: false });
  return pathToFileURL(join(outDir, 'cli.js'));
}

/** The URL of the bundled cli.js (built on the first call). */
export function bundledCli(): Promise<URL> {
  return (bundled ??= bundle());
}

/** Removes the bundle (for `afterAll`). */
export async function removeBundledCli(): Promise<void> {
  if (!bundled) return;
  const url = await bundled;
  bundled = undefined;
  rmSync(dirname(fileURLToPath(url)), { recursive: true, force: true });
}
