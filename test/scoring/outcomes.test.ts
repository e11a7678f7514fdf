import { describe, expect, it } from 'vitest';
import { label, safeParse, unwrap } from '../../src/index.js';
import { OutcomeMeasureKind, OutcomeMeasureSetSchema, tallyOutcomes, xingtaiOutcomeMeasures, type OutcomeRecord } from '../../src/scoring/index.js';

const since2013 = { from: '2013-01-01', to: '2014-06-30' };
const advisers = Array.from({ length: 12 }, (_, i) => `a${String(i + 1).padStart(2, '0')}`);
const dept = (i: number): string => (i % 3 === 0 ? '市局注册科' : i % 3 === 1 ? '桥西分局' : '商标广告科');
const day = (i: number): string => `2013-${String(1 + (i % 12)).padStart(2, '0')}-15`;
let n = 0;
const rec = (measure: string, value: number, i: number, extra: Partial<OutcomeRecord> = {}): OutcomeRecord => ({
  id: `o${n++}`,
  measure,
  value,
  on: day(i),
  adviserId: advisers[i % 12] as string,
  departmentId: dept(i),
  ...extra,
});

/**
 * Xingtai's outcomes "since last year" (000), built to match: 553 trademarks registered, 4 well-known
 * (the 龙泉剑 one by a joint city–county team, credited once) and 52 famous trademarks recognised,
 * 2,434 enterprises helped to 146.4亿元 of financing — 邢钢's 5.265亿元 among them.
 */
const records: OutcomeRecord[] = [
  ...Array.from({ length: 553 }, (_, i) => rec('trademarksRegistered', 1, i)),
  rec('wellKnownTrademarks', 1, 0, { enterpriseId: '河北龙泉剑（集团）有限公司', note: '市县两级联合顾问团' }),
  ...Array.from({ length: 3 }, (_, i) => rec('wellKnownTrademarks', 1, i + 1)),
  rec('famousTrademarks', 52, 5),
  rec('enterprisesFinanced', 1, 2, { enterpriseId: '邢钢公司' }),
  rec('financingAmount', 5.265, 2, { enterpriseId: '邢钢公司', note: '一周内通过动产抵押融资' }),
  ...Array.from({ length: 2433 }, (_, i) => rec('enterprisesFinanced', 1, i)),
  ...Array.from({ length: 2432 }, (_, i) => rec('financingAmount', 0.058, i)),
  rec('financingAmount', 0.079, 7),
];

describe('000 Xingtai: outcome counters as configurable measures', () => {
  it('labels the kinds of measure, and label() knows them', () => {
    expect(OutcomeMeasureKind.values).toEqual(['count', 'amount']);
    expect(label('amount', 'en')).toBe('Amount');
  });

  it('000: reproduces 553 trademarks, 4 well-known and 52 famous ones, 2,434 enterprises and 146.4亿元 of financing', () => {
    const t = unwrap(tallyOutcomes(records, xingtaiOutcomeMeasures, { period: since2013 }));
    expect(t.totals).toEqual({ marketEntitiesRegistered: 0, trademarksRegistered: 553, wellKnownTrademarks: 4, famousTrademarks: 52, enterprisesFinanced: 2434, financingAmount: 146.4 });
    expect(t.lines.map((l) => l.zh)).toEqual(['新增市场主体 0 户', '新增注册商标 553 件', '新认定驰名商标 4 件', '新认定著名商标 52 件', '帮助融资企业 2434 家', '帮助企业融资 146.4 亿元']);
    expect(t.lines[4]?.en).toBe('Enterprises helped to financing: 2,434 enterprises');
    expect(t.text.zh.startsWith('2013-01-01 至 2014-06-30：新增市场主体 0 户；新增注册商标 553 件；')).toBe(true);
    expect(t.rows).toEqual([{ unitId: null, bucket: '2013-01-01/2014-06-30', values: t.totals, records: records.length }]);
  });

  it('tallies per adviser and per department by quarter, the rows adding up exactly to the totals', () => {
    const byAdviser = unwrap(tallyOutcomes(records, xingtaiOutcomeMeasures, { period: since2013, by: 'adviser' }));
    expect(byAdviser.rows.map((r) => r.unitId)).toEqual(advisers);
    const a03 = byAdviser.rows.find((r) => r.unitId === 'a03');
    expect(a03?.values['financingAmount']).toBe(5.265 + 0.058 * 203);
    const byDept = unwrap(tallyOutcomes(records, xingtaiOutcomeMeasures, { period: since2013, by: 'department', per: 'quarter' }));
    expect(byDept.rows.map((r) => `${r.unitId} ${r.bucket}`).slice(0, 4)).toEqual(['商标广告科 2013-Q1', '商标广告科 2013-Q2', '商标广告科 2013-Q3', '商标广告科 2013-Q4']);
    const sum = byDept.rows.reduce((s, r) => s + Math.round((r.values['financingAmount'] ?? 0) * 10_000), 0);
    expect(sum / 10_000).toBe(146.4);
    const byEnterprise = unwrap(tallyOutcomes(records, xingtaiOutcomeMeasures, { period: since2013, by: 'enterprise', per: 'year' }));
    expect(byEnterprise.rows.at(-1)?.unitId).toBeNull();
    expect(byEnterprise.rows.find((r) => r.unitId === '邢钢公司')?.values).toMatchObject({ enterprisesFinanced: 1, financingAmount: 5.265 });
  });

  it('counts only the period asked for', () => {
    const t = unwrap(tallyOutcomes(records, xingtaiOutcomeMeasures, { period: { from: '2013-01-01', to: '2013-01-31' }, per: 'month' }));
    expect(t.rows.map((r) => r.bucket)).toEqual(['2013-01']);
    expect(t.totals['trademarksRegistered']).toBe(47);
  });

  it('a measure set is data: an office counts its own', () => {
    const own = { id: 'mine', name: { zh: '自定', en: 'Own' }, source: 'test', measures: [{ key: 'loans', label: { zh: '贷款', en: 'Loans' }, unit: { zh: '万元', en: '10,000 yuan' }, kind: 'amount', decimals: 0 }] };
    const set = unwrap(safeParse(OutcomeMeasureSetSchema, own));
    expect(unwrap(tallyOutcomes([{ id: 'x', measure: 'loans', value: 12.6, on: '2020-01-01' }, { id: 'y', measure: 'loans', value: 10.2, on: '2020-01-02' }], set, { period: { from: '2020-01-01', to: '2020-12-31' } })).totals).toEqual({ loans: 23 });
    // A set read from JSON without `decimals` counts amounts to 2 decimals, as parsing would.
    const raw = { ...own, measures: [{ ...own.measures[0], decimals: undefined }] } as unknown as typeof set;
    expect(unwrap(tallyOutcomes([{ id: 'x', measure: 'loans', value: 12.555, on: '2020-01-01' }], raw, { period: { from: '2020-01-01', to: '2020-12-31' } })).totals).toEqual({ loans: 12.56 });
    const dup = safeParse(OutcomeMeasureSetSchema, { ...own, measures: [...own.measures, ...own.measures] });
    expect(dup.ok ? null : [dup.error.code, dup.error.path]).toEqual(['DUPLICATE_ID', ['measures', 1, 'key']]);
  });

  it('refuses an unknown measure, a fractional count, repeated ids and bad options, at their paths', () => {
    const r = (rs: readonly OutcomeRecord[], o: Parameters<typeof tallyOutcomes>[2] = { period: since2013 }) => {
      const x = tallyOutcomes(rs, xingtaiOutcomeMeasures, o);
      return x.ok ? null : [x.error.code, x.error.path];
    };
    expect(r([{ id: 'x', measure: 'patents', value: 1, on: '2013-01-01' }])).toEqual(['UNKNOWN_REFERENCE', ['records', 0, 'measure']]);
    expect(r([{ id: 'x', measure: 'trademarksRegistered', value: 1.5, on: '2013-01-01' }])).toEqual(['INVALID_ARGUMENT', ['records', 0, 'value']]);
    expect(r([{ id: 'x', measure: 'financingAmount', value: -1, on: '2013-01-01' }])).toEqual(['INVALID_INPUT', ['records', 0, 'value']]);
    expect(r([records[0] as OutcomeRecord, records[0] as OutcomeRecord])).toEqual(['DUPLICATE_ID', ['records', 1, 'id']]);
    expect(r(records, { period: since2013, by: 'county' as 'none' })).toEqual(['INVALID_ARGUMENT', ['options', 'by']]);
    expect(r(records, { period: since2013, per: 'week' as 'month' })).toEqual(['INVALID_ARGUMENT', ['options', 'per']]);
    expect(r(records, { period: { from: '2013-02-30', to: '2013-03-01' } })).toEqual(['INVALID_DATE', ['options', 'period', 'from']]);
  });
});
