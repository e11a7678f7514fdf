/**
 * What an app pays for qinqing, dependencies included. Builds tiny apps against the built dist/
 * (run after `npm run build`), each importing one function the way an app would, through the
 * package's own `exports` (qinqing resolves to dist/ by its name, zod from node_modules), and
 * bundles and minifies them with two bundlers:
 *
 * - esbuild (`bundle`, `minify`, ESM, browser platform);
 * - rollup with @rollup/plugin-node-resolve (browser) and @rollup/plugin-terser.
 *
 * For each app and bundler it prints the raw (bundled, not minified) bytes, the minified bytes, the
 * gzip bytes of the minified file (node:zlib, level 9), and how many of the minified bytes are zod
 * (esbuild's metafile: `bytesInOutput` of each input) or, for rollup, zod's share of the rendered
 * code (rollup's `renderedLength` per module, before terser) applied to the minified size.
 *
 * `node scripts/app-bundles.mjs` prints the table; scripts/check-bundles.mjs (npm run check:bundles)
 * calls {@link measureApps} and checks each app's gzip size against `apps` in bundle-budget.json.
 * `--json` prints the rows as JSON.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The apps: the least an app writes to call one function. A calls `deadlineAfter` (which needs a
 * calendar: `chinaCalendar`), B calls `safeParseUscc`; each through the root and through its subpath.
 */
export const apps = [
  {
    name: 'A deadlineAfter qinqing',
    code: `import { chinaCalendar, deadlineAfter } from 'qinqing';\nconsole.log(deadlineAfter('2026-09-30', 5, chinaCalendar));\n`,
  },
  {
    name: 'A deadlineAfter qinqing/calendar',
    code: `import { chinaCalendar, deadlineAfter } from 'qinqing/calendar';\nconsole.log(deadlineAfter('2026-09-30', 5, chinaCalendar));\n`,
  },
  {
    name: 'B safeParseUscc qinqing',
    code: `import { safeParseUscc } from 'qinqing';\nconsole.log(safeParseUscc('91340600MA2PBP2120'));\n`,
  },
  {
    name: 'B safeParseUscc qinqing/enterprise',
    code: `import { safeParseUscc } from 'qinqing/enterprise';\nconsole.log(safeParseUscc('91340600MA2PBP2120'));\n`,
  },
];

/** The package a bundled input file belongs to: `qinqing` for dist/, else its node_modules name. */
function packageOf(file) {
  const path = file.split('/').join(sep);
  const at = path.lastIndexOf(`node_modules${sep}`);
  if (at === -1) return path.startsWith(join(root, 'dist')) || path.startsWith(`dist${sep}`) ? 'qinqing' : 'app';
  const parts = path.slice(at + 'node_modules'.length + 1).split(sep);
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const bytes = (text) => Buffer.byteLength(text);

async function withEsbuild(entry) {
  const { build } = await import('esbuild');
  const common = { entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'browser', absWorkingDir: root, logLevel: 'silent' };
  const raw = await build(common);
  const min = await build({ ...common, minify: true, metafile: true });
  const code = min.outputFiles[0].text;
  const byPackage = {};
  for (const output of Object.values(min.metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(resolve(root, file));
      byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
    }
  }
  return { raw: bytes(raw.outputFiles[0].text), min: bytes(code), gzip: gzip(code), zod: byPackage.zod ?? 0 };
}

async function withRollup(entry) {
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  const bundle = await rollup({ input: entry, plugins: [nodeResolve({ browser: true })], onwarn: () => {} });
  try {
    const raw = await bundle.generate({ format: 'es' });
    const min = await bundle.generate({ format: 'es', plugins: [terser()] });
    const chunk = raw.output[0];
    const code = min.output[0].code;
    let total = 0;
    const byPackage = {};
    for (const [file, { renderedLength }] of Object.entries(chunk.modules)) {
      const name = packageOf(file);
      byPackage[name] = (byPackage[name] ?? 0) + renderedLength;
      total += renderedLength;
    }
    const share = (name) => (total === 0 ? 0 : Math.round(((byPackage[name] ?? 0) / total) * bytes(code)));
    return { raw: bytes(chunk.code), min: bytes(code), gzip: gzip(code), zod: share('zod') };
  } finally {
    await bundle.close();
  }
}

/**
 * Builds every app with both bundlers. Returns one row per app and bundler:
 * `{ key, app, bundler, raw, min, gzip, zod }` (bytes; `zod` is minified bytes).
 */
export async function measureApps() {
  // The apps live inside the project (scripts/.apps-*) so that `qinqing` resolves to this package by
  // its own name (a package can import itself through its `exports`) and zod from node_modules.
  const dir = mkdtempSync(join(root, 'scripts', '.apps-'));
  const rows = [];
  try {
    for (const app of apps) {
      const entry = join(dir, `${app.name.replace(/[^a-z0-9]+/gi, '-')}.mjs`);
      writeFileSync(entry, app.code);
      for (const [bundler, run] of [['esbuild', withEsbuild], ['rollup', withRollup]]) {
        rows.push({ key: `${app.name} ${bundler}`, app: app.name, bundler, ...(await run(entry)) });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

/** The rows as a table, with zod's share of the minified bytes. */
export function appTable(rows, budget = {}) {
  const head = ['app (bundler)', 'raw B', 'min B', 'gzip B', 'zod min B', 'zod %', 'budget B'];
  const body = rows.map((r) => [
    r.key,
    String(r.raw),
    String(r.min),
    String(r.gzip),
    String(r.zod),
    `${Math.round((r.zod / r.min) * 100)}%`,
    budget[r.key] === undefined ? '—' : String(budget[r.key]),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const table = [head, ...body].map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd());
  return [...table, 'zod min B: from esbuild\'s metafile; for rollup, zod\'s share of the rendered code applied to the minified size.'].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rows = await measureApps();
  console.log(process.argv.includes('--json') ? JSON.stringify(rows, null, 2) : appTable(rows));
}
