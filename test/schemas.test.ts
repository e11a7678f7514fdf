import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as api from '../src/index.js';

const schemas = Object.entries(api).filter(([name, v]) => name.endsWith('Schema') && v instanceof z.ZodType) as [string, z.ZodType][];
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);
const jsonSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', target: 'draft-2020-12' });

describe('STYLE.md §3: every public schema is exported as JSON Schema for non-TypeScript back ends', () => {
  it('each exported zod schema converts to JSON Schema', () => {
    expect(schemas.length).toBeGreaterThan(30);
    for (const [, s] of schemas) expect(() => jsonSchema(s)).not.toThrow();
  });

  it('the built-in defaults validate against their JSON Schemas, and a non-existent date does not', () => {
    const check = (s: z.ZodType, data: unknown): boolean => ajv.validate(jsonSchema(s), JSON.parse(JSON.stringify(data))) as boolean;
    expect(check(api.WorkCalendarSchema, api.chinaCalendar)).toBe(true);
    for (const t of [api.xingtaiServiceAreas, api.jiaozuoServiceAreas, api.lishuiProblemKinds]) expect(check(api.ServiceTaxonomySchema, t)).toBe(true);
    expect(check(api.CalendarDateSchema, '2026-02-30')).toBe(false);
    expect(check(api.WorkCalendarSchema, { ...api.chinaCalendar, firstYear: '2004' })).toBe(false);
  });
});
