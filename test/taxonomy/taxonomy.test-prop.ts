import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { safeParse } from '../../src/index.js';
import { categoryLabel, ServiceTaxonomySchema } from '../../src/taxonomy/index.js';

const label = fc.record({ zh: fc.string({ minLength: 1, maxLength: 8 }), en: fc.string({ minLength: 1, maxLength: 8 }) });
const ids = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 });

const taxonomyWith = (categoryIds: readonly string[], labels: readonly { zh: string; en: string }[]) => ({
  id: 't',
  name: { zh: '分类', en: 'Kinds' },
  source: 'test',
  categories: categoryIds.map((id, i) => ({ id, label: labels[i % labels.length] ?? { zh: '甲', en: 'A' } })),
});

describe('taxonomy laws', () => {
  test.prop([ids, fc.array(label, { minLength: 1, maxLength: 4 })])(
    'a taxonomy with unique ids parses, and categoryLabel finds every category in both locales',
    (categoryIds, labels) => {
      const r = safeParse(ServiceTaxonomySchema, taxonomyWith(categoryIds, labels));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      for (const c of r.value.categories) {
        expect(categoryLabel(r.value, c.id, 'zh-CN')).toEqual({ ok: true, value: c.label.zh });
        expect(categoryLabel(r.value, c.id, 'en')).toEqual({ ok: true, value: c.label.en });
      }
    },
  );

  test.prop([ids, fc.nat(), fc.nat()])('any repeated category id is DUPLICATE_ID at the repeat', (categoryIds, from, to) => {
    const repeated = categoryIds[from % categoryIds.length] as string;
    const withRepeat = [...categoryIds];
    const at = (to % (withRepeat.length + 1));
    withRepeat.splice(at, 0, repeated);
    const r = safeParse(ServiceTaxonomySchema, taxonomyWith(withRepeat, [{ zh: '甲', en: 'A' }]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('DUPLICATE_ID');
    const second = withRepeat.indexOf(repeated, withRepeat.indexOf(repeated) + 1);
    expect(r.error.path).toEqual(['categories', second, 'id']);
  });
});
