/**
 * A preload for bench/scale.mjs where `/usr/bin/time` is missing: `node --import ./maxrss.mjs
 * dist/cli.js ...` reports the peak resident memory of the whole process (all threads) on
 * stderr as `maxrss <kB>` when it exits.
 */
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `maxrss ${process.resourceUsage().maxRSS}\n`);
});
