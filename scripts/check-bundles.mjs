/**
 * Checks the built package (run after `npm run build`):
 *
 * 1. Size budget. For the root entry and each subpath in package.json `exports`, ESM and CJS, it
 *    follows the entry's relative imports and requires (tsup splits shared code into chunks) and
 *    measures the whole closure: raw bytes, and gzip of the files concatenated (node:zlib, level 9),
 *    which is close to what an app's bundler ships. Dependencies (zod) are not counted here (see 4).
 *    Each gzip size is compared with bundle-budget.json; over budget fails.
 * 2. No Node built-ins. No file in dist/ (*.js, *.cjs) may import or require `node:*` or a bare
 *    built-in such as `fs`: qinqing runs in browsers and workers as well as Node.
 * 3. Dependencies, exactly. Every package a file in dist/ imports is in `dependencies` or
 *    `peerDependencies`, and every package in `dependencies` is imported by some file in dist/: no
 *    unused runtime dependency for apps to install.
 * 4. What an app pays, zod included. scripts/app-bundles.mjs bundles tiny apps (one calling only
 *    `deadlineAfter`, one only `safeParseUscc`, each through the root and its subpath) with esbuild
 *    and with rollup + terser, dependencies included; each app's gzip size is compared with `apps`
 *    in bundle-budget.json. The table shows how many of the minified bytes are zod.
 *
 * `node scripts/check-bundles.mjs --write-budget` adds a budget for each entry or app that has none
 * (a new subpath): today's size plus 20%, rounded up to 100 bytes. `--write-budget=issue,report`
 * resets the named entries (both formats), `--write-budget=apps` every app and `--write-budget=all`
 * everything: do that only when a size increase is deliberate, and say so in the commit.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { appTable, measureApps } from './app-bundles.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const budgetFile = join(root, 'bundle-budget.json');
const HEADROOM = 1.2;

/** Every module specifier in a built file: static and dynamic imports, re-exports and requires. */
function specifiers(code) {
  const found = [];
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g, // import … from '…', export … from '…'
    /\bimport\s*["']([^"']+)["']/g, // import '…'
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, // import('…')
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g, // require('…')
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) found.push(m[1]);
  return found;
}

const builtins = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]]));
const isBuiltin = (spec) => spec.startsWith('node:') || builtins.has(spec) || builtins.has(spec.split('/')[0]);

/** The entry file and every file it reaches through relative specifiers, sorted. */
function closure(entry) {
  const seen = new Set();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (!existsSync(target)) throw new Error(`${relative(root, file)} imports ${spec}, which is not in dist/`);
      stack.push(target);
    }
  }
  return [...seen].sort();
}

function measure(entry) {
  const files = closure(entry);
  const code = Buffer.concat(files.map((f) => readFileSync(f)));
  return { files: files.length, raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** The entries of package.json `exports`: `.` and each `./<sub>`, with their ESM and CJS files. */
function entries() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const out = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (typeof value !== 'object' || value === null || !('import' in value)) continue;
    const name = key === '.' ? '.' : key.slice(2);
    out.push({ name, format: 'esm', file: join(root, value.import.default) });
    out.push({ name, format: 'cjs', file: join(root, value.require.default) });
  }
  return out;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

if (!existsSync(dist)) {
  console.error('check-bundles: dist/ does not exist; run `npm run build` first.');
  process.exit(1);
}

const failures = [];

// 2. No Node built-ins anywhere in the built code.
for (const file of walk(dist).filter((f) => /\.(c|m)?js$/.test(f))) {
  for (const spec of specifiers(readFileSync(file, 'utf8'))) {
    if (isBuiltin(spec)) failures.push(`${relative(root, file)} imports the Node built-in "${spec}"`);
  }
}

// 3. The runtime dependencies are exactly what dist/ imports (peer dependencies may be imported).
{
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const declared = new Set(Object.keys(pkg.dependencies ?? {}));
  const peers = new Set(Object.keys(pkg.peerDependencies ?? {}));
  const imported = new Set();
  // Statements only (esbuild writes each at the start of a line), not the loose scan above, which
  // also finds `from "…"` inside strings and code.
  const statements = [/^(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm, /^import\s*["']([^"']+)["']/gm, /\brequire\(\s*["']([^"']+)["']\s*\)/g];
  for (const file of walk(dist).filter((f) => /\.(c|m)?js$/.test(f))) {
    const code = readFileSync(file, 'utf8');
    for (const spec of statements.flatMap((re) => [...code.matchAll(re)].map((m) => m[1]))) {
      if (spec.startsWith('.') || isBuiltin(spec)) continue;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      imported.add(name);
      if (!declared.has(name) && !peers.has(name)) failures.push(`${relative(root, file)} imports "${spec}", which is not in dependencies or peerDependencies`);
    }
  }
  for (const name of declared) {
    if (!imported.has(name)) failures.push(`"${name}" is in dependencies but no file in dist/ imports it: move it to devDependencies or remove it`);
  }
}

// 1. Sizes against the budget.
const writeArg = process.argv.find((a) => a === '--write-budget' || a.startsWith('--write-budget='));
const writeBudget = writeArg !== undefined;
const reset = new Set(writeArg?.includes('=') ? writeArg.slice('--write-budget='.length).split(',') : []);
const budget = existsSync(budgetFile) ? JSON.parse(readFileSync(budgetFile, 'utf8')) : {};
const next = { $comment: budget.$comment ?? '', gzip: {}, apps: {} };
const rows = [];
for (const e of entries()) {
  if (!existsSync(e.file)) {
    failures.push(`${relative(root, e.file)} (${e.name} ${e.format}) is missing: is it in tsup.config.ts?`);
    continue;
  }
  const size = measure(e.file);
  const key = `${e.name} ${e.format}`;
  const limit = budget.gzip?.[key];
  next.gzip[key] =
    limit === undefined || reset.has('all') || reset.has(e.name) ? Math.ceil((size.gzip * HEADROOM) / 100) * 100 : limit;
  const status = limit === undefined ? 'NO BUDGET' : size.gzip > limit ? 'OVER' : 'ok';
  if (!writeBudget && status !== 'ok') failures.push(`${key}: gzip ${size.gzip} B ${limit === undefined ? 'has no budget in bundle-budget.json' : `is over its budget of ${limit} B`}`);
  rows.push([key, String(size.files), String(size.raw), String(size.gzip), limit === undefined ? '—' : String(limit), limit === undefined ? '—' : `${Math.round((size.gzip / limit) * 100)}%`, status]);
}

const head = ['entry', 'files', 'raw B', 'gzip B', 'budget B', 'used', ''];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
console.log(line(head));
for (const r of rows) console.log(line(r));

// 4. Apps built against dist/, dependencies included.
const apps = await measureApps();
const appBudget = budget.apps ?? {};
for (const app of apps) {
  const limit = appBudget[app.key];
  next.apps[app.key] = limit === undefined || reset.has('all') || reset.has('apps') ? Math.ceil((app.gzip * HEADROOM) / 100) * 100 : limit;
  if (writeBudget) continue;
  if (limit === undefined) failures.push(`app "${app.key}": gzip ${app.gzip} B has no budget in bundle-budget.json (apps)`);
  else if (app.gzip > limit) {
    failures.push(
      `app "${app.key}": gzip ${app.gzip} B (${app.zod} minified bytes of zod) is over its budget of ${limit} B. ` +
        'A module-level value a bundler cannot drop (a zod schema built at load?) or a named import of zod\'s z? See scripts/app-bundles.mjs.',
    );
  }
}
console.log('');
console.log(appTable(apps, appBudget));

if (writeBudget) {
  next.$comment =
    next.$comment ||
    'Gzip bytes (level 9) of each entry with the chunks it imports (gzip), and of tiny apps bundled with their dependencies (apps: scripts/app-bundles.mjs); checked by scripts/check-bundles.mjs in npm test. Set at ~20% over the measured size.';
  writeFileSync(budgetFile, `${JSON.stringify(next, null, 2)}\n`);
  console.log(`check-bundles: wrote ${relative(root, budgetFile)} (new or reset entries: measured size + ${Math.round((HEADROOM - 1) * 100)}%)`);
}

if (failures.length > 0) {
  for (const f of failures) console.error(`check-bundles: ${f}`);
  process.exit(1);
}
console.log(`check-bundles: ${rows.length} entries and ${apps.length} app bundles within budget; no Node built-ins in dist/; dependencies = what dist/ imports`);
