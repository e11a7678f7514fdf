/**
 * `npm run check:exports` (part of `npm test`): lists what each entry point of the package exports —
 * the root `qinqing` and every subpath of tsup.config.ts — as runtime values and as types, prints
 * the counts, and compares the names with `api-exports.json`, so that every new, renamed or removed
 * export is a deliberate change. After such a change, `tsx scripts/check-exports.ts --write`
 * rewrites the list; the diff of api-exports.json then shows the change in review.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { entries } from '../tsup.config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const listFile = path.join(root, 'api-exports.json');

interface EntryExports {
  readonly values: string[];
  readonly types: string[];
}

const program = ts.createProgram(
  Object.values(entries).map((f) => path.join(root, f)),
  { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true },
);
const checker = program.getTypeChecker();

/** The exports of one entry file, split into runtime values and type-only names, sorted. */
function exportsOf(file: string): EntryExports {
  const source = program.getSourceFile(path.join(root, file));
  const symbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (symbol === undefined) throw new Error(`check-exports: cannot read ${file}`);
  const values: string[] = [];
  const types: string[] = [];
  for (const s of checker.getExportsOfModule(symbol)) {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    (target.flags & ts.SymbolFlags.Value ? values : types).push(s.name);
  }
  return { values: values.sort(), types: types.sort() };
}

const subpathOf = (key: string): string => (key === 'index' ? 'qinqing' : `qinqing/${key.replace(/\/index$/, '')}`);
const current: Record<string, EntryExports> = Object.fromEntries(Object.entries(entries).map(([key, file]) => [subpathOf(key), exportsOf(file)]));

const width = Math.max(...Object.keys(current).map((k) => k.length));
process.stdout.write(`${'entry'.padEnd(width)}  values  types\n`);
for (const [name, e] of Object.entries(current)) process.stdout.write(`${name.padEnd(width)}  ${String(e.values.length).padStart(6)}  ${String(e.types.length).padStart(5)}\n`);

if (process.argv.includes('--write')) {
  writeFileSync(listFile, `${JSON.stringify(current, null, 2)}\n`);
  process.stdout.write(`check-exports: wrote ${path.relative(root, listFile)}\n`);
  process.exit(0);
}
const committed = existsSync(listFile) ? (JSON.parse(readFileSync(listFile, 'utf8')) as Record<string, EntryExports>) : {};
const problems: string[] = [];
for (const name of new Set([...Object.keys(current), ...Object.keys(committed)])) {
  const now = current[name];
  const then = committed[name];
  if (now === undefined || then === undefined) {
    problems.push(`${name}: ${now === undefined ? 'removed' : 'new'} entry point`);
    continue;
  }
  for (const kind of ['values', 'types'] as const) {
    const added = now[kind].filter((n) => !then[kind].includes(n));
    const removed = then[kind].filter((n) => !now[kind].includes(n));
    if (added.length > 0) problems.push(`${name}: new ${kind}: ${added.join(', ')}`);
    if (removed.length > 0) problems.push(`${name}: removed ${kind}: ${removed.join(', ')}`);
  }
}
if (problems.length > 0) {
  process.stderr.write(`check-exports: the public API differs from api-exports.json:\n  ${problems.join('\n  ')}\nIf the change is deliberate, run \`tsx scripts/check-exports.ts --write\` and add a changeset.\n`);
  process.exit(1);
}
process.stdout.write('check-exports: the public API matches api-exports.json\n');
