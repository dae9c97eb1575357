// Where the browser tests find Chromium, shared by ensure-chromium.mjs and the tests themselves.

/** Debian's chromium package, unless CHROMIUM_PATH names another Chromium binary. */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** CI runs never skip the browser tests. */
export function inCI() {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}
