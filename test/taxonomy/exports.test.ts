import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as taxonomy from '../../src/taxonomy/index.js';

const api: Record<string, unknown> = taxonomy;

describe('the taxonomy exports', () => {
  it('every schema converts to a JSON Schema for back ends that are not TypeScript', () => {
    const schemas = Object.entries(api).filter(([name, v]) => name.endsWith('Schema') && v instanceof z.ZodType);
    expect(schemas.length).toBeGreaterThan(0);
    for (const [, schema] of schemas) {
      expect(() => z.toJSONSchema(schema as z.ZodType, { io: 'input', target: 'draft-2020-12' })).not.toThrow();
    }
  });
});
