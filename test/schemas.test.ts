import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CalendarDateSchema } from '../src/index.js';
import { chinaCalendar, WorkCalendarSchema } from '../src/calendar/index.js';
import { jiaozuoServiceAreas, lishuiProblemKinds, ServiceTaxonomySchema, xingtaiServiceAreas } from '../src/taxonomy/index.js';
import { buildJsonSchemas, collectSchemas, fileOf, SCHEMA_BASE } from '../scripts/schemas/build.js';
import { readSourceDocs } from '../scripts/schemas/docs.js';
import { publicModules } from './public-modules.js';

/** Every public zod schema (each `XxxSchema` export and each enum's `schema`, of every entry point) and the JSON Schemas written from them. */
const publicSchemas = collectSchemas(publicModules);
const built = buildJsonSchemas(publicSchemas, readSourceDocs(new URL('../src/', import.meta.url)));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
for (const schema of built.files.values()) ajv.addSchema(schema);
const nameOf = new Map([...publicSchemas.schemas].map(([name, s]) => [s as unknown, name]));

describe('STYLE.md §3: every public schema is exported as JSON Schema for non-TypeScript back ends', () => {
  it('each exported zod schema has a JSON Schema file', () => {
    expect(publicSchemas.schemas.size).toBeGreaterThan(100);
    for (const name of publicSchemas.schemas.keys()) expect(built.files.has(fileOf(name)), name).toBe(true);
  });

  it('the built-in defaults validate against their JSON Schemas, and a non-existent date does not', () => {
    const check = (s: z.ZodType, data: unknown): boolean => ajv.validate(SCHEMA_BASE + fileOf(nameOf.get(s) as string), JSON.parse(JSON.stringify(data))) as boolean;
    expect(check(WorkCalendarSchema, chinaCalendar)).toBe(true);
    for (const t of [xingtaiServiceAreas, jiaozuoServiceAreas, lishuiProblemKinds]) expect(check(ServiceTaxonomySchema, t)).toBe(true);
    expect(check(CalendarDateSchema, '2026-02-30')).toBe(false);
    expect(check(WorkCalendarSchema, { ...chinaCalendar, firstYear: '2004' })).toBe(false);
  });
});
