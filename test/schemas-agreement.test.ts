/**
 * Part 10 (issue 15, "Schemas that agree"): for every public schema, the JSON Schema that
 * scripts/json-schemas.ts writes (validated by ajv, draft 2020-12, with ajv-formats) and the zod
 * parser give the same verdict on at least 1,000 valid and 1,000 invalid samples. The only
 * exception allowed: a sample the parser refuses for a rule the JSON Schema lists, by name, in an
 * `x-qinqing-unexpressible` (of the schema or of one it refers to) — those are counted per rule
 * and printed, never counted as agreement.
 *
 * Valid samples come from the testing kit's arbitraries where it has one and from an arbitrary
 * derived from the zod schema (test/schemas/arbitraries.ts says which); invalid ones are
 * mutations of the valid ones (test/schemas/mutate.ts) and the testing kit's invalid arbitraries.
 * Every schema the entry points export is tested, so one added later is covered without a change
 * here. Neither ajv nor zod reads the clock, so this runs in the UTC project only (not again in
 * each time zone of `npm run test:tz`).
 */
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildJsonSchemas, collectSchemas, eachObject, fileOf, QINQING_KEYWORDS, SCHEMA_BASE } from '../scripts/schemas/build.js';
import { readSourceDocs } from '../scripts/schemas/docs.js';
import { codeRules, type CodeRule, type JsonSchema } from '../scripts/schemas/rules.js';
import { publicModules } from './public-modules.js';
import { knownArbitraries, sampleArbitraries } from './schemas/arbitraries.js';
import { deriveArbitrary } from './schemas/derive.js';
import { mutate, randomSource } from './schemas/mutate.js';

const VALID = 1000;
const INVALID = 1000;
/** Draws of valid candidates at most, per schema, before the test says the arbitrary is too weak. */
const MAX_DRAWS = 12 * VALID;

const publicSchemas = collectSchemas(publicModules);
const built = buildJsonSchemas(publicSchemas, readSourceDocs(new URL('../src/', import.meta.url)));

// Strict, but for `required` inside `if`/`then`/`not` naming properties defined beside them, not in them.
const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false, allErrors: false });
addFormats.default(ajv);
ajv.addVocabulary([...QINQING_KEYWORDS]);
for (const schema of built.files.values()) ajv.addSchema(schema);
ajv.addSchema(built.bundle);

/** The rules listed in `x-qinqing-unexpressible` by a file and by every file it refers to. */
function unexpressibleRules(file: string, seen = new Set<string>()): CodeRule[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const names = new Set<string>();
  const refs = new Set<string>();
  eachObject(built.files.get(file), (o) => {
    for (const r of (o['x-qinqing-unexpressible'] as { name: string }[] | undefined) ?? []) names.add(r.name);
    if (typeof o['$ref'] === 'string' && !o['$ref'].startsWith('#')) refs.add(o['$ref']);
  });
  const own = Object.values(codeRules)
    .flat()
    .filter((r) => names.has(r.name));
  return [...own, ...[...refs].flatMap((f) => unexpressibleRules(f, seen))];
}

const json = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

interface Report {
  readonly name: string;
  valid: number;
  invalid: number;
  readonly exceptions: Map<string, number>;
}
const reports: Report[] = [];

/** Checks one sample; returns a description of the disagreement, or null. */
function check(name: string, schema: z.ZodType, validate: ValidateFunction, rules: readonly CodeRule[], sample: unknown, report: Report): string | null {
  const parsed = schema.safeParse(sample);
  const valid = validate(sample);
  if (parsed.success) report.valid++;
  else report.invalid++;
  if (parsed.success === valid) return null;
  if (parsed.success) return `${name}: the parser accepts but the JSON Schema refuses (${ajv.errorsText(validate.errors)}): ${JSON.stringify(sample).slice(0, 400)}`;
  // Refused by the parser only: allowed when every issue is a rule the schema lists as unexpressible.
  const named = parsed.error.issues.map((issue) => (issue.code === 'custom' ? rules.find((r) => r.message.test(issue.message)) : undefined));
  if (named.every((r) => r !== undefined)) {
    for (const r of new Set(named)) report.exceptions.set((r as CodeRule).name, (report.exceptions.get((r as CodeRule).name) ?? 0) + 1);
    return null;
  }
  return `${name}: the parser refuses (${parsed.error.issues.map((i) => `${i.code} ${i.message}`).join('; ')}) but the JSON Schema accepts: ${JSON.stringify(sample).slice(0, 400)}`;
}

describe.skipIf((process.env['TZ'] ?? 'UTC') !== 'UTC')('Part 10: the JSON Schemas and the parsers agree on every sample', () => {
  afterAll(() => {
    const lines = reports
      .filter((r) => r.exceptions.size > 0)
      .map((r) => `  ${r.name}: ${[...r.exceptions].map(([rule, n]) => `${rule} ×${n}`).join(', ')}`);
    const total = reports.reduce((n, r) => n + r.valid + r.invalid, 0);
    const invalid = reports.reduce((n, r) => n + r.invalid, 0);
    const only = reports.reduce((n, r) => n + [...r.exceptions.values()].reduce((a, b) => a + b, 0), 0);
    const caught = (100 * (invalid - only)) / invalid;
    process.stdout.write(
      `schemas-agreement: ${reports.length} schemas, ${total} samples (${invalid} invalid, ${caught.toFixed(1)}% of them refused by the JSON Schemas too); ` +
        `refused by the parser only, for a rule in x-qinqing-unexpressible:\n${lines.join('\n')}\n`,
    );
  });

  it('every public schema has a file, and every file compiles in strict mode with qinqing\'s keywords', () => {
    expect(publicSchemas.schemas.size).toBeGreaterThan(100);
    for (const name of publicSchemas.schemas.keys()) expect(ajv.getSchema(SCHEMA_BASE + fileOf(name)), name).toBeDefined();
  });

  it.each([...publicSchemas.schemas.keys()])('Part 10: %s — 1,000 valid and 1,000 invalid samples, one verdict', (name) => {
    const schema = publicSchemas.schemas.get(name) as z.ZodType;
    const file = fileOf(name);
    const validate = ajv.getSchema(SCHEMA_BASE + file) as ValidateFunction;
    const inBundle = ajv.getSchema(`${SCHEMA_BASE}qinqing.schema.json#/$defs/${name}`) as ValidateFunction;
    const rules = unexpressibleRules(file);
    const report: Report = { name, valid: 0, invalid: 0, exceptions: new Map() };
    reports.push(report);
    const problems: string[] = [];
    const seed = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 7);
    const registered = sampleArbitraries[name];
    const derived = deriveArbitrary(schema, knownArbitraries);
    const arb = registered?.valid === undefined ? derived : fc.oneof(registered.valid, derived);

    // Valid candidates, until 1,000 are valid (the refused ones are invalid samples too).
    const valid: unknown[] = [];
    let drawn = 0;
    while (valid.length < VALID && drawn < MAX_DRAWS) {
      for (const candidate of fc.sample(arb, { numRuns: 500, seed: seed + drawn })) {
        const sample = json(candidate);
        if (schema.safeParse(sample).success) valid.push(sample);
        const problem = check(name, schema, validate, rules, sample, report);
        if (problem !== null) problems.push(problem);
      }
      drawn += 500;
    }
    expect(report.valid, `${name}: only ${report.valid} valid samples in ${drawn} draws; register an arbitrary in test/schemas/arbitraries.ts`).toBeGreaterThanOrEqual(VALID);

    // Invalid samples: the testing kit's, then mutations of the valid ones, until 1,000 are invalid.
    if (registered?.invalid !== undefined) {
      for (const candidate of fc.sample(registered.invalid, { numRuns: 300, seed })) {
        const problem = check(name, schema, validate, rules, json(candidate), report);
        if (problem !== null) problems.push(problem);
      }
    }
    const random = randomSource(seed);
    for (let i = 0; report.invalid < INVALID && i < 20 * INVALID; i++) {
      const problem = check(name, schema, validate, rules, json(mutate(random, valid[i % valid.length])), report);
      if (problem !== null) problems.push(problem);
    }
    expect(report.invalid, `${name}: only ${report.invalid} invalid samples`).toBeGreaterThanOrEqual(INVALID);

    // The bundle's definition gives the same verdicts as the file (on a share of the samples).
    for (const sample of valid.slice(0, 100)) expect(inBundle(sample), `${name} in the bundle`).toBe(true);

    expect(problems.slice(0, 5), `${problems.length} disagreements`).toEqual([]);
  }, 60_000);
});

/** Part 10: every rule the parser checks in code is listed once, with a name, and a fully expressed one carries its schema. */
describe('Part 10: the rules checked in code are named', () => {
  it('each rule has a unique name, both explanations, and a schema when it is expressed in JSON Schema', () => {
    const all = Object.values(codeRules).flat();
    const names = all.map((r) => r.name);
    expect(new Set(names).size).toBe(new Set(all).size);
    for (const r of all) {
      expect(r.en.length, r.name).toBeGreaterThan(10);
      expect(r.zh.length, r.name).toBeGreaterThan(4);
    }
    const listed = new Set<string>();
    for (const schema of built.files.values()) {
      eachObject(schema, (o: JsonSchema) => {
        for (const r of (o['x-qinqing-unexpressible'] as { name: string }[] | undefined) ?? []) listed.add(r.name);
      });
    }
    expect([...listed].sort()).toEqual([...new Set(all.filter((r) => r.expressed !== 'fully').map((r) => r.name))].sort());
    // The guide names each of them.
    const guide = readFileSync(new URL('../docs/guides/json-schemas.md', import.meta.url), 'utf8');
    expect([...listed].filter((name) => !guide.includes(`\`${name}\``))).toEqual([]);
  });
});
