/** Debian's chromium package, unless CHROMIUM_PATH names another Chromium binary. */
export function chromiumPath(): string;
/** CI runs never skip the browser tests. */
export function inCI(): boolean;
