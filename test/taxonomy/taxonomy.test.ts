import { describe, expect, it } from 'vitest';
import { parse, safeParse } from '../../src/index.js';
import { QinqingError } from '../../src/core/errors.js';
import {
  categoryLabel,
  jiaozuoServiceAreas,
  lishuiProblemKinds,
  ServiceTaxonomySchema,
  xingtaiServiceAreas,
  type ServiceTaxonomy,
} from '../../src/taxonomy/index.js';

const zhLabels = (t: ServiceTaxonomy) => t.categories.map((c) => c.label.zh);

const small = {
  id: 'kinds',
  name: { zh: '问题类别', en: 'Problem kinds' },
  source: 'app',
  categories: [
    { id: 'a', label: { zh: '甲', en: 'A' } },
    { id: 'b', label: { zh: '乙', en: 'B' } },
    { id: 'c', label: { zh: '丙', en: 'C' } },
  ],
};

describe('default taxonomies', () => {
  it('000: Xingtai lists six service areas', () => {
    expect(zhLabels(xingtaiServiceAreas)).toEqual(['创业入市', '品牌建设', '融资兴企', '法律法规', '合法经营', '非公党建']);
    expect(xingtaiServiceAreas.source).toMatch(/^000/);
  });

  it('001: Jiaozuo lists nine service areas', () => {
    expect(zhLabels(jiaozuoServiceAreas)).toEqual([
      '生产要素协调',
      '工业运行监测',
      '融资服务支持',
      '推进技术创新',
      '重大项目协调',
      '产业结构升级',
      '优化发展环境',
      '人才培训服务',
      '构建和谐工业',
    ]);
    expect(jiaozuoServiceAreas.categories[0]?.description?.zh).toContain('煤、电、油、运、气');
    expect(jiaozuoServiceAreas.source).toMatch(/^001/);
  });

  it('003: Lishui lists fourteen problem kinds, ending with "other"', () => {
    expect(zhLabels(lishuiProblemKinds)).toEqual([
      '政策扶持',
      '涉企税费',
      '政策宣传',
      '部门执法不公',
      '企业融资',
      '企业培训',
      '用地用房',
      '土地房产证办理',
      '企业用工',
      '消防',
      '环保',
      '园区配套设施建设',
      '职工子女入学',
      '其他',
    ]);
    expect(lishuiProblemKinds.categories.at(-1)?.id).toBe('other');
    expect(lishuiProblemKinds.source).toMatch(/^003/);
  });

  it('every default is a valid taxonomy with Chinese and English labels', () => {
    for (const t of [xingtaiServiceAreas, jiaozuoServiceAreas, lishuiProblemKinds]) {
      expect(parse(ServiceTaxonomySchema, t)).toEqual(t);
      for (const c of t.categories) {
        expect(c.label.zh).toMatch(/^[\u4e00-\u9fff]+$/);
        expect(c.label.en).toMatch(/^[A-Z]/);
        expect(c.id).toMatch(/^[a-z][A-Za-z]*$/);
      }
    }
  });

  it('the defaults are deep-frozen', () => {
    for (const t of [xingtaiServiceAreas, jiaozuoServiceAreas, lishuiProblemKinds]) {
      expect(Object.isFrozen(t)).toBe(true);
      expect(Object.isFrozen(t.categories)).toBe(true);
      expect(Object.isFrozen(t.categories[0]?.label)).toBe(true);
    }
    expect(() => xingtaiServiceAreas.categories.push({ id: 'x', label: { zh: '新', en: 'New' } })).toThrow(TypeError);
    expect(xingtaiServiceAreas.categories).toHaveLength(6);
  });
});

describe('ServiceTaxonomySchema', () => {
  it('parses a taxonomy and survives a JSON round trip', () => {
    const t = parse(ServiceTaxonomySchema, small);
    expect(t).toEqual(small);
    expect(parse(ServiceTaxonomySchema, JSON.parse(JSON.stringify(t)))).toEqual(t);
  });

  it('a repeated category id is DUPLICATE_ID with the path of the repeat and both messages', () => {
    const input = { ...small, categories: [...small.categories, { id: 'b', label: { zh: '丁', en: 'D' } }] };
    const r = safeParse(ServiceTaxonomySchema, input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'DUPLICATE_ID', path: ['categories', 3, 'id'], value: 'b' });
    expect(r.error.message).toContain('categories[1] and categories[3]');
    expect(r.error.messageZh).toContain('分类编号“b”重复');
  });

  it('two repeats are two DUPLICATE_ID issues inside INVALID_INPUT', () => {
    const dup = (id: string) => ({ id, label: { zh: '重', en: 'Dup' } });
    const r = safeParse(ServiceTaxonomySchema, { ...small, categories: [...small.categories, dup('a'), dup('c')] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.issues?.map((i) => [i.code, i.path])).toEqual([
      ['DUPLICATE_ID', ['categories', 3, 'id']],
      ['DUPLICATE_ID', ['categories', 4, 'id']],
    ]);
  });

  it('a taxonomy needs at least one category and bilingual labels', () => {
    expect(safeParse(ServiceTaxonomySchema, { ...small, categories: [] }).ok).toBe(false);
    const r = safeParse(ServiceTaxonomySchema, { ...small, categories: [{ id: 'a', label: { zh: '甲' } }] });
    expect(r.ok ? null : [r.error.code, r.error.path]).toEqual(['INVALID_INPUT', ['categories', 0, 'label', 'en']]);
    expect(r.ok ? '' : r.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reports a malformed category without crashing the duplicate check', () => {
    const r = safeParse(ServiceTaxonomySchema, { ...small, categories: [null, { id: 'a', label: { zh: '甲', en: 'A' } }] });
    expect(r.ok ? null : r.error.path).toEqual(['categories', 0]);
    expect(ServiceTaxonomySchema.safeParse('nonsense').success).toBe(false);
  });

  it('parse(ServiceTaxonomySchema) throws a QinqingError; neither function mutates its input', () => {
    const input = structuredClone({ ...small, categories: [...small.categories, small.categories[0]] });
    const before = structuredClone(input);
    expect(() => parse(ServiceTaxonomySchema, input)).toThrow(QinqingError);
    safeParse(ServiceTaxonomySchema, input);
    expect(input).toEqual(before);
  });
});

describe('categoryLabel', () => {
  it('gives the label of a category in either locale', () => {
    expect(categoryLabel(xingtaiServiceAreas, 'financing', 'zh-CN')).toEqual({ ok: true, value: '融资兴企' });
    expect(categoryLabel(xingtaiServiceAreas, 'financing', 'en')).toEqual({ ok: true, value: 'Financing' });
    expect(categoryLabel(lishuiProblemKinds, 'fireSafety', 'zh-CN')).toEqual({ ok: true, value: '消防' });
  });

  it('an unknown category is UNKNOWN_REFERENCE, in both languages, naming the id', () => {
    const r = categoryLabel(jiaozuoServiceAreas, 'fireSafety', 'en');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'UNKNOWN_REFERENCE', value: 'fireSafety' });
    expect(r.error.message).toContain('"fireSafety"');
    expect(r.error.messageZh).toContain('“fireSafety”');
  });
});
