/**
 * Runs every documentation example: the TSDoc `@example` blocks of the public API and the `ts`
 * blocks of docs/guides (see scripts/docs-examples.ts for the rules). Each example is one test,
 * named after its file, line and symbol or section; it fails when the example throws, when a
 * result written in a comment (`expr; // 'value'`) differs from what the code gives, or when such
 * a comment is never reached. Type-checking happens once, in `npm run docs:check`.
 *
 * The testing kit's examples run properties with fast-check: here with 20 runs, a fixed seed and
 * no shrinking (`endOnFailure`), so this test stays fast and deterministic (the kit's own tests
 * run the full properties).
 */
import path from 'node:path';
import { inspect } from 'node:util';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allExamples,
  fixtureNames,
  implicitImports,
  mismatch,
  publicApi,
  publicEntryPoints,
  repoRoot,
  runnable,
  type DocExample,
} from '../../scripts/docs-examples.js';
import * as fixtures from './fixtures.js';

fc.configureGlobal({ numRuns: 20, seed: 20_260_930, endOnFailure: true });

const api = publicApi();
const { examples } = allExamples(api);
const fixtureExports = fixtureNames();
const entryPoints = publicEntryPoints();

const loaded = new Map<string, Promise<Record<string, unknown>>>();
/** What an example's `import … from spec` gives: the package's own entry points come from `src/`. */
function importFor(spec: string): Promise<Record<string, unknown>> {
  if (spec === '#fixtures') return Promise.resolve(fixtures as Record<string, unknown>);
  let m = loaded.get(spec);
  if (m === undefined) {
    const file = entryPoints.get(spec);
    m = (file === undefined ? import(spec) : import(path.join(repoRoot, file))) as Promise<Record<string, unknown>>;
    loaded.set(spec, m);
  }
  return m;
}

type ExampleFn = (imp: typeof importFor, check: (i: number, v: unknown) => unknown, console: Pick<Console, 'log' | 'error' | 'warn' | 'info' | 'table'>) => Promise<void>;

async function run(example: DocExample): Promise<void> {
  const { js, checks } = runnable(example, implicitImports(example, api, fixtureExports));
  const fn = new Function(`${js}\nreturn __example;`)() as ExampleFn;
  const reached = new Set<number>();
  const output: string[] = [];
  const log = (...args: unknown[]): void => void output.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 6 }))).join(' '));
  const check = (i: number, value: unknown): unknown => {
    reached.add(i);
    const c = checks[i];
    if (c === undefined) throw new Error(`no check ${i}`);
    const m = mismatch(value, c.pattern);
    if (m !== null) {
      throw new Error(`${example.file}:${c.line}: the comment says ${c.comment}\nbut ${m}; the value is ${inspect(value, { depth: 8, breakLength: 120 })}`);
    }
    return value;
  };
  await fn(importFor, check, { log, error: log, warn: log, info: log, table: log });
  const missed = checks.filter((_, i) => !reached.has(i)).map((c) => `${example.file}:${c.line} (${c.comment})`);
  expect(missed, 'result comments never reached').toEqual([]);
}

describe('the public API as the docs runner reads it from the barrels', () => {
  it.each([...entryPoints.keys()])('%s: the value names match the module', async (spec) => {
    const m = await importFor(spec);
    expect([...(api.get(spec)?.values ?? [])].sort()).toEqual(Object.keys(m).sort());
  });
});

const byFile = new Map<string, DocExample[]>();
for (const e of examples) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);

describe.each([...byFile.keys()])('examples of %s', (file) => {
  it.each((byFile.get(file) ?? []).map((e) => [`line ${e.line}: ${e.name}`, e] as const))('%s', async (_name, example) => {
    await run(example);
  });
});
