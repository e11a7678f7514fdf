import { describe, expect, it } from 'vitest';
import { label, unwrap, parse, safeParse } from '../../src/index.js';
import { SecondmentSchema, SecondmentDirection, secondmentSummary, type Secondment } from '../../src/pairing/index.js';

const base = {
  id: 's1',
  direction: 'enterpriseToDepartment',
  personId: '项军',
  enterpriseId: '浙江万凯新材料有限公司',
  departmentId: '海宁市财政局',
  period: { from: '2019-03-01', to: '2019-08-31' },
  batch: '2019',
} as const;

/** Haining's economic departments that took enterprise staff (002 names 发改、经信、财政 among 9). */
const departments = ['发改局', '经信局', '财政局', '商务局', '科技局', '人社局', '金融办', '市场监管局', '税务局'];

describe('002: two-way secondment (亲清互挂)', () => {
  it('labels both directions in Chinese and English, and label() knows them', () => {
    expect(SecondmentDirection.schema.options).toEqual(['cadreToEnterprise', 'enterpriseToDepartment']);
    expect(SecondmentDirection.labels.cadreToEnterprise.zh).toBe('机关干部驻企挂职');
    expect(label('enterpriseToDepartment', 'en')).toBe('Enterprise staff into a department');
  });

  it('parses a secondment, e.g. a finance manager seconded to the city finance bureau (002)', () => {
    expect(parse(SecondmentSchema, base)).toEqual(base);
    const r = safeParse(SecondmentSchema, { ...base, period: { from: '2019-09-01', to: '2019-08-31' } });
    expect(r.ok ? null : [r.error.code, r.error.path, r.error.messageZh]).toEqual(['INVALID_ARGUMENT', ['period', 'to'], '挂职期限的结束日期不得早于开始日期。']);
    const bad = safeParse(SecondmentSchema, { ...base, direction: 'sideways', extra: 1 });
    expect(bad.ok).toBe(false);
    expect(safeParse(SecondmentSchema, { ...base, period: { from: '2019-02-30', to: '2019-08-31' } }).ok).toBe(false);
  });

  it('002: reproduces Haining — 22 enterprise staff in 9 departments, 180-odd cadres in enterprises in three batches', () => {
    const staff: Secondment[] = Array.from({ length: 22 }, (_, i) => ({
      ...base,
      id: `in${i}`,
      personId: `staff${i}`,
      enterpriseId: `ent${i % 17}`,
      departmentId: departments[i % 9] as string,
      period: { from: '2019-03-01', to: '2019-12-31' },
      batch: '2019',
    }));
    const cadres: Secondment[] = [60, 60, 61].flatMap((n, b) =>
      Array.from({ length: n }, (_, i) => ({
        id: `out${b}-${i}`,
        direction: 'cadreToEnterprise' as const,
        personId: `cadre${b}-${i}`,
        enterpriseId: `host${b}-${i}`,
        departmentId: `dept${i % 30}`,
        period: { from: '2019-01-01', to: '2019-12-31' },
        batch: String(b + 1),
      })),
    );
    const s = unwrap(secondmentSummary([...cadres, ...staff], '2019-06-26'));
    expect(s.byDirection.enterpriseToDepartment).toEqual({ secondments: 22, people: 22, enterprises: 17, departments: 9 });
    expect(s.byDirection.cadreToEnterprise).toEqual({ secondments: 181, people: 181, enterprises: 181, departments: 30 });
    expect(s.active).toBe(203);
    expect(s.byBatch).toEqual([
      { batch: '1', cadreToEnterprise: 60, enterpriseToDepartment: 0, total: 60 },
      { batch: '2', cadreToEnterprise: 60, enterpriseToDepartment: 0, total: 60 },
      { batch: '3', cadreToEnterprise: 61, enterpriseToDepartment: 0, total: 61 },
      { batch: '2019', cadreToEnterprise: 0, enterpriseToDepartment: 22, total: 22 },
    ]);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('counts only secondments active on the date, first and last day included', () => {
    const one = parse(SecondmentSchema, base);
    const on = (d: string) => unwrap(secondmentSummary([one], d)).active;
    expect(['2019-02-28', '2019-03-01', '2019-08-31', '2019-09-01'].map(on)).toEqual([0, 1, 1, 0]);
    expect(unwrap(secondmentSummary([], '2019-01-01'))).toEqual({
      asOf: '2019-01-01',
      active: 0,
      byDirection: {
        cadreToEnterprise: { secondments: 0, people: 0, enterprises: 0, departments: 0 },
        enterpriseToDepartment: { secondments: 0, people: 0, enterprises: 0, departments: 0 },
      },
      byBatch: [],
    });
    expect(secondmentSummary([one], '2019/06/01')).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['asOf'], value: '2019/06/01' } });
  });

  it('orders numeric batches by value and others by code units', () => {
    const mk = (batch: string, i: number): Secondment => ({ ...base, id: `s${i}`, batch });
    const s = unwrap(secondmentSummary(['10', '2', 'b', '1', 'a'].map(mk), '2019-05-01'));
    expect(s.byBatch.map((b) => b.batch)).toEqual(['1', '2', '10', 'a', 'b']);
  });

  it('Part 8: secondmentSummary returns INVALID_DATE for a bad asOf and INVALID_INPUT for an unknown direction (no TypeError) instead of throwing', () => {
    const one = parse(SecondmentSchema, base);
    expect(secondmentSummary([one], 20190601 as unknown as string)).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['asOf'], value: 20190601 } });
    // a direction from JSON that is neither of the two used to escape as a TypeError
    const sideways = { ...one, id: 's2', direction: 'sideways' } as unknown as Secondment;
    const r = secondmentSummary([one, sideways], '2019-06-01');
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['secondments', 1, 'direction'], value: 'sideways' } });
    if (!r.ok) expect(r.error.messageZh).toMatch(/secondments\[1\]\.direction/);
    expect(secondmentSummary([one], '2019-06-01')).toMatchObject({ ok: true, value: { active: 1 } });
  });
});
