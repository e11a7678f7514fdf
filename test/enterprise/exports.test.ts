import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as enterprise from '../../src/enterprise/index.js';
import * as org from '../../src/org/index.js';

const api: Record<string, unknown> = enterprise;

describe('the enterprise exports', () => {
  it('every schema converts to a JSON Schema for back ends that are not TypeScript', () => {
    const schemas = Object.entries(api).filter(([name, v]) => name.endsWith('Schema') && v instanceof z.ZodType);
    expect(schemas.length).toBeGreaterThan(0);
    for (const [, schema] of schemas) {
      expect(() => z.toJSONSchema(schema as z.ZodType, { io: 'input', target: 'draft-2020-12' })).not.toThrow();
    }
  });

  it('every label table gives each value a Chinese and an English label, and is frozen', () => {
    for (const [name, table] of Object.entries(api)) {
      if (!name.endsWith('Labels')) continue;
      expect(Object.isFrozen(table)).toBe(true);
      for (const label of Object.values(table as Record<string, { zh: string; en: string }>)) {
        expect(label.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(label.en).toMatch(/[A-Za-z]/);
      }
    }
  });

  it('a value string has the same labels in every table that uses it (enterprise and org)', () => {
    const seen = new Map<string, { zh: string; en: string }>();
    for (const module of [enterprise, org] as Record<string, unknown>[]) {
      for (const [name, table] of Object.entries(module)) {
        if (!name.endsWith('Labels')) continue;
        for (const [value, label] of Object.entries(table as Record<string, { zh: string; en: string }>)) {
          expect(seen.get(value) ?? label, `${name}.${value}`).toEqual(label);
          seen.set(value, label);
        }
      }
    }
  });

  it('each label table matches its schema', () => {
    for (const [name, table] of Object.entries(api)) {
      if (!name.endsWith('Labels')) continue;
      const schema = api[name.charAt(0).toUpperCase() + name.slice(1, -'Labels'.length) + 'Schema'];
      expect(schema, name).toBeInstanceOf(z.ZodEnum);
      expect((schema as z.ZodEnum).options).toEqual(Object.keys(table as object));
    }
  });
});
