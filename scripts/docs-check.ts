/**
 * `npm run docs:check`: type-checks every documentation example once (TSDoc `@example` blocks of
 * the public API and the `ts` blocks of docs/guides) against the real types, and checks that the
 * guides' generated sections are fresh. The examples run in test/docs/examples.test.ts.
 *
 * Prints each error at its file and line, then the counts; exits 1 on any error.
 *
 * @module
 */
import { allExamples, exampleId, fixtureNames, publicApi, resultChecks, typecheckExamples } from './docs-examples.js';
import { generatedGuides } from './docs-guides.js';

const started = performance.now();
const api = publicApi();
const { examples, skipped } = allExamples(api);
const diagnostics = typecheckExamples(examples, api, fixtureNames());
for (const d of diagnostics) console.error(`${d.example.file}:${d.line}: ${d.message}  [example ${exampleId(d.example)}]`);
const stale = generatedGuides().filter((g) => g.current !== g.expected);
for (const g of stale) console.error(`${g.file}: generated sections are stale (${g.sections.join(', ')}); run npm run docs:guides`);

let checks = 0;
let prose = 0;
for (const e of examples) {
  const r = resultChecks(e);
  checks += r.checks.length;
  prose += r.proseComments;
}
const failed = new Set(diagnostics.map((d) => exampleId(d.example)));
const tsdoc = examples.filter((e) => e.kind === 'tsdoc').length;
console.log(
  `docs examples: ${examples.length + skipped.length} found (${tsdoc + skipped.length} TSDoc, ${examples.length - tsdoc} guide blocks); ` +
    `${examples.length} compiled, ${failed.size} with errors; ${skipped.length} skipped (${[...new Set(skipped.map((s) => s.reason))].join('; ') || '—'}); ` +
    `${checks} result comments to check, ${prose} prose comments; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
for (const s of skipped) console.log(`  skipped ${exampleId(s)}: ${s.reason}`);
if (diagnostics.length > 0 || stale.length > 0) process.exit(1);
