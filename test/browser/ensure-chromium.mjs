#!/usr/bin/env node
/**
 * Makes sure the headless Chromium of the browser tests is there: Debian's `chromium` package at
 * /usr/bin/chromium (or the browser named by CHROMIUM_PATH). When it is missing, it installs the
 * package with apt-get (as root, or through password-less sudo), without questions.
 *
 * When it still cannot be had: under CI (CI set and not "false"/"0") it fails, because a browser
 * test that skips in CI is a test that cannot fail; elsewhere it prints a loud notice and the
 * browser tests skip themselves (test/browser/chromium.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath, inCI } from './chromium-path.mjs';

const path = chromiumPath();

function version() {
  const r = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return (r.stdout || '').trim().split('\n').pop() || 'version unknown';
}

function run(cmd, args) {
  const shown = [cmd, ...args].join(' ');
  console.error(`ensure-chromium: ${shown}`);
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    timeout: 600_000,
  });
  return r.status === 0;
}

/** apt-get, as root or through `sudo -n`; undefined when neither can install packages here. */
function aptGet() {
  if (process.platform !== 'linux' || spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0) return undefined;
  if (process.getuid?.() === 0) return (args) => run('apt-get', args);
  if (spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return (args) => run('sudo', ['-n', 'apt-get', ...args]);
  return undefined;
}

function install() {
  const apt = aptGet();
  if (!apt) return 'apt-get is not available as root or through password-less sudo';
  // Without the desktop extras chromium recommends (printing, notifications, ...), but with the one
  // recommended font package, so a fresh machine has the same fonts as one that installed chromium
  // with its recommends. Waits for the package lock when another apt-get holds it.
  const pkg = ['install', '-y', '-q', '-o', 'DPkg::Lock::Timeout=180', '--no-install-recommends', 'chromium', 'fonts-liberation'];
  // try with the package lists the machine has; a fresh machine has none, so update and retry
  if (!apt(pkg) && !(apt(['update', '-q', '-o', 'DPkg::Lock::Timeout=180']) && apt(pkg))) return 'apt-get install chromium failed';
  return existsSync(path) ? undefined : `apt-get installed chromium, but ${path} is still missing`;
}

if (existsSync(path)) {
  console.error(`ensure-chromium: ${path} (${version()})`);
} else if (process.env.CHROMIUM_PATH) {
  // a browser the caller named is theirs to install
  fail(`CHROMIUM_PATH=${path} does not exist`);
} else {
  const started = Date.now();
  const why = install();
  if (why) fail(why);
  else console.error(`ensure-chromium: installed ${path} (${version()}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function fail(why) {
  if (inCI()) {
    console.error(`ensure-chromium: FAILED: ${why}. The browser tests cannot run, and CI does not skip them.`);
    process.exit(1);
  }
  const bar = '!'.repeat(78);
  console.error(
    `\n${bar}\n!! BROWSER TESTS WILL BE SKIPPED: ${why}.\n` +
      `!! Install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH\n` +
      `!! to a Chromium binary; under CI=true this is a failure.\n${bar}\n`,
  );
}
