#!/usr/bin/env node
/**
 * Runs every bench script in turn, passing the arguments through (`--write` updates RESULTS.md).
 * `npm run bench` builds first; run directly only after `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// scale.mjs runs the CLI on a million lines (about 5 minutes); footprint.mjs installs the packed
// package, which asks the npm registry for zod
const scripts = ['language.mjs', 'levels.mjs', 'agreement.mjs', 'tone.mjs', 'history.mjs', 'speed.mjs', 'profile.mjs', 'import.mjs', 'scale.mjs', 'footprint.mjs'];
let failed = 0;
for (const s of scripts) {
  const path = fileURLToPath(new URL(s, import.meta.url));
  if (!existsSync(path)) continue;
  console.error(`\n=== bench/${s} ===`);
  const r = spawnSync(process.execPath, [path, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
