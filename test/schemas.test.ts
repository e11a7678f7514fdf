import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CalendarDateSchema } from '../src/index.js';
import { chinaCalendar, WorkCalendarSchema } from '../src/calendar/index.js';
import { jiaozuoServiceAreas, lishuiProblemKinds, ServiceTaxonomySchema, xingtaiServiceAreas } from '../src/taxonomy/index.js';
import { publicModules } from './public-modules.js';

/** Every public zod schema: each `XxxSchema` export and each enum's `schema`, of every entry point. */
const schemas = new Map<string, z.ZodType>();
for (const mod of Object.values(publicModules)) {
  for (const [name, v] of Object.entries(mod)) {
    if (name.endsWith('Schema') && v instanceof z.ZodType) schemas.set(name, v);
    else if (typeof v === 'object' && v !== null && 'schema' in v && v.schema instanceof z.ZodEnum) schemas.set(name, v.schema);
  }
}
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const jsonSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', target: 'draft-2020-12' });

describe('STYLE.md §3: every public schema is exported as JSON Schema for non-TypeScript back ends', () => {
  it('each exported zod schema converts to JSON Schema', () => {
    expect(schemas.size).toBeGreaterThan(100);
    for (const [, s] of schemas) expect(() => jsonSchema(s)).not.toThrow();
  });

  it('the built-in defaults validate against their JSON Schemas, and a non-existent date does not', () => {
    const check = (s: z.ZodType, data: unknown): boolean => ajv.validate(jsonSchema(s), JSON.parse(JSON.stringify(data))) as boolean;
    expect(check(WorkCalendarSchema, chinaCalendar)).toBe(true);
    for (const t of [xingtaiServiceAreas, jiaozuoServiceAreas, lishuiProblemKinds]) expect(check(ServiceTaxonomySchema, t)).toBe(true);
    expect(check(CalendarDateSchema, '2026-02-30')).toBe(false);
    expect(check(WorkCalendarSchema, { ...chinaCalendar, firstYear: '2004' })).toBe(false);
  });
});
