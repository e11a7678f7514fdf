import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as api from '../src/index.js';

const exported: Record<string, unknown> = api;
const tables = Object.entries(exported).filter(([name]) => name.endsWith('Labels') && name !== 'allLabels') as [string, Record<string, { zh: string; en: string }>][];

describe('STYLE.md §13: every enum value has a zh-CN and an English label', () => {
  it('each label table gives each value a Chinese and an English label, and is frozen', () => {
    expect(tables.length).toBeGreaterThan(10);
    for (const [name, table] of tables) {
      expect(Object.isFrozen(table), name).toBe(true);
      for (const l of Object.values(table)) {
        expect(l.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(l.en).toMatch(/[A-Za-z]/);
      }
    }
  });

  it('each label table matches its enum schema', () => {
    for (const [name, table] of tables) {
      const schema = exported[name.charAt(0).toUpperCase() + name.slice(1, -'Labels'.length) + 'Schema'];
      expect(schema, name).toBeInstanceOf(z.ZodEnum);
      expect((schema as z.ZodEnum).options).toEqual(Object.keys(table));
    }
  });

  it('label() knows every value of every table, with the same labels wherever a value recurs', () => {
    for (const [name, table] of tables) {
      for (const [value, l] of Object.entries(table)) {
        const v = value as api.LabelledValue;
        expect(api.label(v, 'zh-CN'), `${name}.${value}`).toBe(l.zh);
        expect(api.label(v, 'en'), `${name}.${value}`).toBe(l.en);
      }
    }
  });
});
