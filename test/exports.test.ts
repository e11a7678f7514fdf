import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { label, type LabelledValue } from '../src/index.js';
import { publicModules } from './public-modules.js';

/** Every enum of the public API, `{ values, labels, schema }`, by name (one entry per enum, wherever it is exported). */
const enums = new Map<string, { values: readonly string[]; labels: Record<string, { zh: string; en: string }>; schema: unknown }>();
for (const mod of Object.values(publicModules)) {
  for (const [name, value] of Object.entries(mod)) {
    if (typeof value === 'object' && value !== null && 'values' in value && 'labels' in value && 'schema' in value) enums.set(name, value as never);
  }
}

describe('STYLE.md §13: every enum value has a zh-CN and an English label', () => {
  it('each enum gives each value a Chinese and an English label, and is frozen', () => {
    expect(enums.size).toBeGreaterThan(50);
    for (const [name, e] of enums) {
      expect(Object.isFrozen(e), name).toBe(true);
      expect(Object.isFrozen(e.values), name).toBe(true);
      expect(Object.isFrozen(e.labels), name).toBe(true);
      for (const l of Object.values(e.labels)) {
        expect(l.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(l.en).toMatch(/[A-Za-z]/);
      }
    }
  });

  it('each enum has its values, the keys of its labels and the options of its schema in the same order', () => {
    for (const [name, e] of enums) {
      expect(e.schema, name).toBeInstanceOf(z.ZodEnum);
      expect((e.schema as z.ZodEnum).options, name).toEqual(Object.keys(e.labels));
      expect(e.values, name).toEqual(Object.keys(e.labels));
    }
  });

  it('label() knows every value of every enum, with the same labels wherever a value recurs', () => {
    for (const [name, e] of enums) {
      for (const [value, l] of Object.entries(e.labels)) {
        const v = value as LabelledValue;
        expect(label(v, 'zh-CN'), `${name}.${value}`).toBe(l.zh);
        expect(label(v, 'en'), `${name}.${value}`).toBe(l.en);
      }
    }
  });
});
