#!/usr/bin/env node
/**
 * Footprint: what a user gets from `npm install complaint-signal`. Packs the built package with
 * `npm pack`, installs the tarball into an empty project in a temporary directory, and reports the
 * tarball, the installed size and every package the install brought. Fails when the install
 * brings a database driver or an `.env` reader, or when the built files import anything but zod.
 * Beside it, for comparison: the dependency trees of natural and franc as they are installed in
 * this repository (devDependencies), which the build bundles a few modules of instead.
 *
 *   npm run build && node bench/footprint.mjs            # about 10-20 s (the install asks the registry for zod)
 *   npm run build && node bench/footprint.mjs --write    # also update bench/RESULTS.md
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { hasFlag, machineLine, root, table, writeSection } from './lib/common.mjs';

/** Packages that must never come with the install: database drivers, ORMs and `.env` readers. */
const FORBIDDEN = [
  'pg', 'pg-hstore', 'mysql', 'mysql2', 'sqlite3', 'better-sqlite3', 'mongodb', 'mongoose', 'redis', 'ioredis',
  'memjs', 'tedious', 'oracledb', 'sequelize', 'knex', 'typeorm', '@prisma/client', 'dotenv', 'dotenv-expand',
];
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (!existsSync(`${root}dist/index.js`) || !existsSync(`${root}dist/cli.js`)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const npm = (args, cwd) => execFileSync(NPM, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Bytes and files under `dir` (apparent sizes, as `du --apparent-size` counts them). */
function sizeOf(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const s = sizeOf(path);
      bytes += s.bytes;
      files += s.files;
    } else if (entry.isFile()) {
      bytes += statSync(path).size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Disk usage of `dir` in kB by `du -sk`, when du is there. */
function du(dir) {
  try {
    return Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split(/\s/)[0]);
  } catch {
    return undefined;
  }
}

/** Every package directory under `nodeModules` (scoped and nested ones too), with name and version. */
function packagesIn(nodeModules) {
  const out = [];
  if (!existsSync(nodeModules)) return out;
  for (const entry of readdirSync(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const dirs = entry.name.startsWith('@')
      ? readdirSync(join(nodeModules, entry.name), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(nodeModules, entry.name, e.name))
      : [join(nodeModules, entry.name)];
    for (const dir of dirs) {
      const pj = join(dir, 'package.json');
      if (!existsSync(pj)) continue;
      const { name, version } = JSON.parse(readFileSync(pj, 'utf8'));
      out.push({ name, version, dir });
      out.push(...packagesIn(join(dir, 'node_modules')));
    }
  }
  return out;
}

/** The installed dependency closure of `name` in this repository's node_modules. */
function closureOf(name) {
  const seen = new Map();
  const visit = (pkg, from) => {
    let dir = join(from, 'node_modules', pkg);
    if (!existsSync(dir)) dir = join(root, 'node_modules', pkg);
    if (!existsSync(dir) || seen.has(dir)) return;
    const pj = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    seen.set(dir, { name: pj.name, version: pj.version, dir });
    for (const dep of Object.keys(pj.dependencies ?? {})) visit(dep, dir);
  };
  visit(name, root);
  return [...seen.values()];
}

/** The module specifiers a built file imports that are not relative or `node:` built-ins. */
function externalImports(file) {
  const text = readFileSync(file, 'utf8');
  const specs = new Set();
  for (const m of text.matchAll(/(?:^|\n)\s*import\s[^'"]*?from\s*['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)|import\(['"]([^'"]+)['"]\)/g)) {
    const s = m[1] ?? m[2] ?? m[3];
    if (s && !s.startsWith('.') && !s.startsWith('node:') && !BUILTINS.has(s.split('/')[0])) specs.add(s);
  }
  return [...specs].sort();
}
const { builtinModules } = await import('node:module');
const BUILTINS = new Set(builtinModules);

/** The third-party modules a bundle carries, from esbuild's `// node_modules/...` path comments. */
function bundledModules(file) {
  const counts = new Map();
  for (const m of readFileSync(file, 'utf8').matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\/(\S+)/gm)) {
    const list = counts.get(m[1]) ?? [];
    list.push(m[2]);
    counts.set(m[1], list);
  }
  return counts;
}

/** Bytes of a bundle by origin: each third-party package, and everything else (our code and lexicons). */
function bundleShares(file) {
  const shares = new Map();
  let origin = 'complaint-signal (code and lexicons)';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^\/\/ (node_modules\/((?:@[^/]+\/)?[^/]+)|\S+)/.exec(line);
    if (m) origin = m[2] ?? 'complaint-signal (code and lexicons)';
    shares.set(origin, (shares.get(origin) ?? 0) + line.length + 1);
  }
  return [...shares].sort((a, b) => b[1] - a[1]);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} kB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const tmp = mkdtempSync(join(os.tmpdir(), 'cs-footprint-'));
let report;
try {
  // ---- pack ----
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', tmp], root));
  const tarball = join(tmp, packed.filename);
  console.error(`footprint: packed ${packed.filename}: ${kb(packed.size)}, ${packed.entryCount} files`);

  // ---- install into an empty project ----
  const app = join(tmp, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'footprint-check', version: '1.0.0', private: true, type: 'module' }));
  const t0 = performance.now();
  npm(['install', '--no-audit', '--no-fund', '--no-package-lock', tarball], app);
  const installSeconds = (performance.now() - t0) / 1000;
  const nodeModules = join(app, 'node_modules');
  const installed = packagesIn(nodeModules).map((p) => ({ ...p, ...sizeOf(p.dir) }));
  const total = sizeOf(nodeModules);
  const totalDu = du(nodeModules);
  const forbidden = installed.filter((p) => FORBIDDEN.includes(p.name));

  // ---- what the built files import and bundle ----
  const own = join(nodeModules, 'complaint-signal');
  const distFiles = readdirSync(join(own, 'dist')).filter((f) => /\.(c?js)$/.test(f));
  const imports = new Map(distFiles.map((f) => [f, externalImports(join(own, 'dist', f))]));
  const strayImports = [...imports].filter(([, specs]) => specs.some((s) => s !== 'zod'));
  const bundled = bundledModules(join(own, 'dist', 'index.js'));
  const bundledCli = bundledModules(join(own, 'dist', 'cli.js'));
  const shares = bundleShares(join(own, 'dist', 'index.js'));

  // it runs: the installed package analyses a message, the installed binary answers --version
  const smoke = execFileSync(process.execPath, ['--input-type=module', '-e', "import { analyze } from 'complaint-signal'; console.log(analyze({ text: 'Ik wil mijn geld terug!' }).level)"], { cwd: app, encoding: 'utf8' }).trim();
  const version = execFileSync(join(nodeModules, '.bin', 'complaint-signal'), ['--version'], { cwd: app, encoding: 'utf8' }).trim();

  // ---- the peers, as they install (from this repository's node_modules, no network) ----
  const peers = ['natural', 'franc'].map((name) => {
    const tree = closureOf(name).map((p) => ({ ...p, ...sizeOf(p.dir) }));
    return { name, tree, bytes: tree.reduce((n, p) => n + p.bytes, 0), forbidden: tree.filter((p) => FORBIDDEN.includes(p.name)).map((p) => p.name) };
  });

  for (const p of installed) console.error(`  ${p.name}@${p.version}: ${mb(p.bytes)}, ${p.files} files`);
  console.error(`  total: ${mb(total.bytes)} (du: ${totalDu ?? '?'} kB), ${installed.length} packages, install ${installSeconds.toFixed(1)} s`);

  const fileRows = packed.files
    .slice()
    .sort((a, b) => b.size - a.size)
    .map((f) => [`\`${f.path}\``, kb(f.size)]);
  const installedRows = installed.map((p) => [`${p.name}@${p.version}`, p.name === 'complaint-signal' ? 'this package' : 'its one dependency (`dependencies`)', mb(p.bytes), String(p.files)]);
  const bundledRow = (map) =>
    [...map].map(([name, files]) => `${name} (${files.length} file${files.length === 1 ? '' : 's'}${name === 'natural' ? `: ${files.map((f) => f.replace(/^lib\/natural\//, '')).join(', ')}` : ''})`).join('; ');

  report = `Measured on: ${machineLine()}.
Reproduce: \`npm run build && node bench/footprint.mjs --write\`

\`npm pack\`, then \`npm install <tarball>\` into an empty project (npm ${npm(['--version'], tmp).trim()}, ${installSeconds.toFixed(0)} s).

**Tarball ${kb(packed.size)}, ${packed.entryCount} files, ${mb(packed.unpackedSize)} unpacked. Installed: ${installed.length} packages, ${mb(total.bytes)}${totalDu === undefined ? '' : ` (\`du -sk\`: ${(totalDu / 1024).toFixed(1)} MB on disk)`}.**
No database driver and no \`.env\` reader: ${forbidden.length === 0 ? 'none of' : `**FOUND ${forbidden.map((p) => p.name).join(', ')}** among`} ${FORBIDDEN.map((f) => `\`${f}\``).join(', ')}.

${table(['Installed package', 'Why', 'Size', 'Files'], installedRows, 2)}

${table(['File in the tarball', 'Size'], fileRows, 1)}

- The built files import nothing but \`zod\` (${[...imports].map(([f, s]) => `${f}: ${s.length ? s.join(', ') : 'none'}`).join('; ')}).
- Bundled into \`dist/index.js\` (and \`index.cjs\`), only the modules used: ${bundledRow(bundled)}.
  \`dist/cli.js\` carries the same plus csv-parse (${bundledCli.get('csv-parse')?.length ?? 0} files), and is also what the \`--workers\` threads run, so the
  core is not copied a fourth time. (Its threads load tsx only when the CLI runs from its TypeScript source
  in this repository; the installed file never does.)
- What \`dist/index.js\` is made of: ${shares.map(([k, v]) => `${k} ${kb(v)}`).join(', ')}. franc's part is its trigram data for
  every language, which the language check needs to tell another language from Dutch and English.
- The installed package runs: \`analyze()\` gave "${smoke}" for a Dutch demand, \`complaint-signal --version\` gave ${version}.

Had natural and franc been \`dependencies\` (their trees as installed in this repository):

${table(['Package', 'Database drivers and .env readers in its tree', 'Packages in its tree', 'Size'], peers.map((p) => [p.name, p.forbidden.length ? p.forbidden.join(', ') : 'none', String(p.tree.length), mb(p.bytes)]), 2)}
`;
  console.log(report);
  if (forbidden.length > 0) throw new Error(`the install brings ${forbidden.map((p) => p.name).join(', ')}`);
  if (strayImports.length > 0) throw new Error(`built files import more than zod: ${JSON.stringify(strayImports)}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (hasFlag('--write')) writeSection('footprint', report);
