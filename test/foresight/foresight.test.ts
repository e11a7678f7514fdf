/**
 * Part 13 (issue 18), foresight — 未诉先办 (国办函〔2025〕66号: find the high-frequency, seasonal and
 * risky problems before the enterprises complain) and Lishui's common problems "raised every year
 * and never solved" (003: 共性问题企业年年提，年年得不到解决): each kind of finding on hand-made data,
 * the suggested owner from a ladder, the bounds and the errors.
 */
import { describe, expect, it } from 'vitest';
import { hainingLadder, jiaozuoLadder, xingtaiLadder } from '../../src/escalation/index.js';
import { defaultForesightPolicy, foresight, ForesightPolicySchema, type ForesightIssue, type ForesightOptions } from '../../src/report/index.js';
import { enterprises, issue, LISHUI, many, march2026, run, SOURCE } from './fixtures.js';

const policy = (input: unknown) => ForesightPolicySchema.parse(input);
const only = (kind: NonNullable<ForesightOptions['kinds']>[number], more: Partial<ForesightOptions> = {}): ForesightOptions => ({ period: march2026, kinds: [kind], ...more });

describe(`high-frequency problems (高频问题, ${SOURCE})`, () => {
  const issues = [...many(6, 'power', '2026-03', ['e1', 'e2', 'e3']), ...many(2, 'power', '2026-03', ['e5']), ...many(3, 'power', '2026-02', ['e1'])];

  it('finds the category × industry division × county with at least 5 issues, 10% of the category and 2 enterprises in the period', () => {
    const r = run(issues, only('hotspot'), [{ id: 'v2', issueIds: [issues[1]?.id as string, 'elsewhere'] }, { id: 'v1', issueIds: [issues[0]?.id as string] }]);
    expect(r.hotspots.map((h) => [h.categoryId, h.industry, h.placeId, h.count, h.categoryCount, h.share])).toEqual([['power', 'C34', 'c1', 6, 8, 0.75]]);
    const h = r.hotspots[0];
    expect(h?.evidence).toEqual({ issueIds: issues.slice(0, 6).map((i) => i.id), issueCount: 6, enterpriseIds: ['e1', 'e2', 'e3'], enterpriseCount: 3, visitIds: ['v1', 'v2'], visitCount: 2 });
    expect(h?.reason.zh).toBe('2026-03-01 至 2026-03-31，类别 power、行业 C34、县（市、区）c1 共 6 件诉求，占该类别 8 件的 75%，涉及 3 家企业');
    expect(h?.reason.en).toBe("2026-03-01 to 2026-03-31: 6 issue(s) of category power, industry C34, county c1, 75% of the category's 8, from 3 enterprise(s)");
  });

  it('needs two enterprises by default: five issues of one enterprise are a duplicate, not a hotspot', () => {
    const one = many(5, 'power', '2026-03', ['e1']);
    expect(run(one, only('hotspot')).hotspots).toEqual([]);
    expect(run(one, only('hotspot', { policy: policy({ hotspot: { minEnterprises: 1 } }) })).hotspots).toHaveLength(1);
  });

  it('needs the cell to hold 10% of the category: a county drowned by another is not flagged', () => {
    const r = run([...many(5, 'power', '2026-03', ['e1', 'e2']), ...many(50, 'power', '2026-03', ['e5', 'e6'])], only('hotspot'));
    expect(r.hotspots.map((h) => [h.placeId, h.count, h.share])).toEqual([['c2', 50, 0.909]]);
  });

  it('groups by the GB/T 4754 level asked: section, division, class, or all industries', () => {
    const data = [...many(3, 'power', '2026-03', ['e1', 'e2', 'e3']), ...many(2, 'power', '2026-03', ['e4'])];
    const at = (industryLevel: string) => run(data, only('hotspot', { policy: policy({ industryLevel, hotspot: { minShare: 0, minEnterprises: 1, minCount: 2 } }) })).hotspots.map((h) => [h.industry, h.count]);
    expect(at('division')).toEqual([['C34', 3], ['C17', 2]]);
    expect(at('section')).toEqual([['C', 5]]);
    expect(at('class')).toEqual([['C1711', 2], ['C3411', 2]]); // equal counts and shares: by industry code
    expect(at('anyIndustry')).toEqual([[null, 5]]);
  });

  it('places by park (enterprises outside a park are counted as unplaced) or not at all', () => {
    const data = [...many(3, 'power', '2026-03', ['e1', 'e2', 'e3']), ...many(2, 'power', '2026-03', ['e4'])];
    const loose = { minShare: 0, minEnterprises: 1, minCount: 2 };
    const byPark = run(data, only('hotspot', { policy: policy({ placeLevel: 'byPark', industryLevel: 'anyIndustry', hotspot: loose }) }));
    expect(byPark.hotspots.map((h) => [h.placeId, h.count])).toEqual([['p1', 2]]);
    expect(byPark.issuesRead).toMatchObject({ counted: 2, unplaced: 3 });
    expect(byPark.hotspots[0]?.reason.en).toContain('park p1');
    const whole = run(data, only('hotspot', { policy: policy({ placeLevel: 'wholeArea', industryLevel: 'anyIndustry', hotspot: loose }) }));
    expect(whole.hotspots.map((h) => [h.placeId, h.industry, h.count])).toEqual([[null, null, 5]]);
  });
});

describe(`seasonal problems (季节性问题, ${SOURCE}; ${LISHUI})`, () => {
  const april = [...many(4, 'power', '2025-04', ['e1', 'e2']), ...many(1, 'power', '2024-04', ['e3']), ...many(4, 'power', '2023-04', ['e3']), issue('e1', 'power', '2024-09-15')];

  it('flags next month when it stood out in at least 2 of the last 3 years', () => {
    const r = run(april, only('seasonal'));
    expect(r.seasonalMonths).toEqual(['2026-04']);
    expect(r.seasonal).toHaveLength(1);
    const s = r.seasonal[0];
    expect(s).toMatchObject({ kind: 'seasonal', categoryId: 'power', industry: 'C34', placeId: 'c1', month: '2026-04', yearsCounted: 2 });
    expect(s?.years).toEqual([
      // p from SciPy: binom.sf(3, 5, 1/12), binom.sf(0, 1, 1/12), binom.sf(3, 4, 1/12).
      { year: 2025, count: 4, months: 12, monthlyMean: 0.417, lift: 9.6, pValue: 0.0002251, counted: true },
      { year: 2024, count: 1, months: 12, monthlyMean: 0.083, lift: 12, pValue: 0.08333, counted: false },
      { year: 2023, count: 4, months: 12, monthlyMean: 0.333, lift: 12, pValue: 0.00004823, counted: true },
    ]);
    expect(s?.evidence.issueIds).toEqual([...april.slice(5, 9), ...april.slice(0, 4)].map((i) => i.id));
    expect(s?.reason.zh).toBe('类别 power、行业 C34、县（市、区）c1 在前 3 年中有 2 年的 4 月集中出现（2025 年 4 件，2023 年 4 件），宜在 2026-04 前预先处置');
  });

  it('does not count a month whose year begins before dataSince: the first month of the records always stands out', () => {
    const r = run(april, only('seasonal', { dataSince: '2023-04-01' }));
    expect(r.seasonal).toEqual([]);
    const years = run(april, only('seasonal', { dataSince: '2023-04-01', policy: policy({ seasonal: { minYears: 1 } }) })).seasonal[0]?.years;
    expect(years?.map((y) => [y.year, y.months, y.counted])).toEqual([[2025, 12, true], [2024, 12, false], [2023, 1, false]]);
  });

  it('looks as many months ahead as asked, and only one year is not enough', () => {
    expect(run(april, only('seasonal', { period: { from: '2026-01-01', to: '2026-01-31' }, policy: policy({ seasonal: { monthsAhead: 3 } }) })).seasonal.map((s) => s.month)).toEqual(['2026-04']);
    expect(run(april.slice(0, 5), only('seasonal')).seasonal).toEqual([]);
  });

  it('does not call a problem that is as frequent every month seasonal (it is a hotspot)', () => {
    const months = Array.from({ length: 39 }, (_, k) => `${2023 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`);
    const steady = months.flatMap((m) => many(3, 'tax', m, ['e1', 'e2']));
    expect(run(steady, only('seasonal')).seasonal).toEqual([]);
    // Without the lift and the test (p = binom.sf(2, 36, 1/12) = 0.587), every month would count.
    expect(run(steady, only('seasonal', { policy: policy({ seasonal: { minLift: 1 } }) })).seasonal).toEqual([]);
    expect(run(steady, only('seasonal', { policy: policy({ seasonal: { minLift: 1, alpha: 1 } }) })).seasonal).toHaveLength(1);
    expect(run(steady, only('seasonal', { policy: policy({ seasonal: { minLift: 1, alpha: 1 } }) })).seasonal[0]?.years[0]?.pValue).toBe(0.5866);
  });
});

describe(`rising problems (上升问题, ${SOURCE})`, () => {
  // Two issues in each of the six 31-day periods before March 2026.
  const baseline = ['2026-02-10', '2026-01-10', '2025-12-10', '2025-11-10', '2025-10-10', '2025-09-10'].flatMap((d) => [issue('e1', 'power', d), issue('e2', 'power', d)]);

  it('flags 10 issues against a mean of 2, by the exact conditional test (p from SciPy: binom.sf(9, 22, 1/7))', () => {
    const march = many(10, 'power', '2026-03', ['e1', 'e2', 'e3']);
    const r = run([...baseline, ...march], only('rising'));
    expect(r.baselinePeriods[0]).toEqual({ from: '2026-01-29', to: '2026-02-28' });
    expect(r.baselinePeriods[5]).toEqual({ from: '2025-08-27', to: '2025-09-26' });
    expect(r.rising).toHaveLength(1);
    expect(r.rising[0]).toMatchObject({ kind: 'rising', count: 10, previous: [2, 2, 2, 2, 2, 2], previousMean: 2, ratio: 5, pValue: 0.0004369 });
    expect(r.rising[0]?.evidence.issueIds).toEqual(march.map((i) => i.id));
    expect(r.rising[0]?.reason.en).toBe('2026-03-01 to 2026-03-31: 10 issue(s) of category power, industry C34, county c1 against a mean of 2 over the 6 periods before (5×); conditional test p = 0.0004369 ≤ 0.01');
  });

  it('needs at least 5 issues, 1.5 times the mean, and p ≤ 0.01', () => {
    expect(run([...baseline, ...many(4, 'power', '2026-03', ['e1'])], only('rising')).rising).toEqual([]);
    // 6 against a mean of 4: ratio 1.5 but p = 0.251.
    expect(run([...baseline, ...baseline.map((i) => ({ ...i, id: `${i.id}b` })), ...many(6, 'power', '2026-03', ['e1'])], only('rising')).rising).toEqual([]);
    expect(run([...baseline, ...many(10, 'power', '2026-03', ['e1'])], only('rising', { policy: policy({ rising: { minRatio: 6 } }) })).rising).toEqual([]);
  });

  it('uses only the periods on or after dataSince (p from SciPy: binom.sf(9, 14, 1/3))', () => {
    const r = run([...baseline, ...many(10, 'power', '2026-03', ['e1'])], only('rising', { dataSince: '2025-12-01' }));
    expect(r.baselinePeriods).toHaveLength(2);
    expect(r.rising[0]).toMatchObject({ previous: [2, 2], previousMean: 2, pValue: 0.00404 });
    expect(run(baseline, only('rising', { dataSince: '2026-03-01' })).baselinePeriods).toEqual([]);
  });
});

describe(`unsolved problems shared by enterprises (共性未解决问题, ${LISHUI})`, () => {
  const land = (enterpriseId: string, more: Partial<ForesightIssue>) => issue(enterpriseId, 'land', '2025-06-01', { title: '厂房用地审批慢', ...more });
  const unsolvable = { outcome: 'unsolvable' };
  const data = [
    land('e1', { state: 'assigned' }),
    land('e2', { state: 'closed', answer: unsolvable, title: '厂房用地审批很慢' }),
    land('e3', { state: 'submitted', title: '消防验收难' }),
    land('e4', { state: 'assigned' }), // another industry
    land('e1', { state: 'closed', answer: { outcome: 'resolved' } }),
    land('e3', { state: 'merged' }),
    land('e2', { state: 'withdrawn' }),
  ];

  it('finds the issues of one cell still open or answered as unsolvable, from at least 3 enterprises', () => {
    const r = run(data, only('unsolvedCluster'));
    expect(r.unsolvedClusters).toHaveLength(1);
    const c = r.unsolvedClusters[0];
    expect(c).toMatchObject({ kind: 'unsolvedCluster', categoryId: 'land', industry: 'C34', placeId: 'c1', openCount: 2, unsolvableCount: 1, firstSubmittedAt: '2025-06-01T09:00:00+08:00', title: '厂房用地审批慢' });
    expect(c?.evidence.issueIds).toEqual([data[0], data[1], data[2]].map((i) => i?.id));
    expect(c?.evidence.enterpriseIds).toEqual(['e1', 'e2', 'e3']);
    expect(c?.reason.zh).toBe('类别 land、行业 C34、县（市、区）c1 有 3 家企业的 3 件诉求尚未解决（2 件未办结，1 件答复暂不能解决），最早一件提交于 2025-06-01');
  });

  it('splits a cell by title similarity when asked', () => {
    const r = run(data, only('unsolvedCluster', { policy: policy({ unsolvedCluster: { minEnterprises: 2, titleThreshold: 0.5 } }) }));
    expect(r.unsolvedClusters.map((c) => c.evidence.enterpriseIds)).toEqual([['e1', 'e2']]);
    expect(r.cellsCut).toBe(0);
    // Three distinct titles, three pairs: one is looked at (the first two titles, similar), the cell is cut.
    const cut = run(data, only('unsolvedCluster', { policy: policy({ unsolvedCluster: { minEnterprises: 2, titleThreshold: 0.5, maxComparisonsPerCell: 1 } }) }));
    expect(cut.cellsCut).toBe(1);
    expect(cut.unsolvedClusters.map((c) => c.evidence.enterpriseIds)).toEqual([['e1', 'e2']]);
    // Repeated titles are one node: two issues of one title link without a comparison.
    const twins = [land('e1', {}), land('e2', {}), land('e3', { title: '消防验收难' })];
    const r2 = run(twins, only('unsolvedCluster', { policy: policy({ unsolvedCluster: { minEnterprises: 2, titleThreshold: 0.9, maxComparisonsPerCell: 1 } }) }));
    expect(r2.unsolvedClusters.map((c) => c.evidence.enterpriseIds)).toEqual([['e1', 'e2']]);
    expect(r2.cellsCut).toBe(0);
  });

  it('routes a shared unsolvable problem to the half-monthly consultation on Haining’s ladder (002)', () => {
    const r = run(data, only('unsolvedCluster', { ladder: hainingLadder }));
    expect(r.unsolvedClusters[0]?.owner?.facts).toMatchObject({ declaredUnsolvable: true, enterprisesAffected: 3, nature: 'widespread', categoryId: 'land', industry: 'C34' });
    expect(r.unsolvedClusters[0]?.owner?.route.target).toEqual({ holder: 'halfMonthlyConsultation' });
  });
});

describe('the suggested owner (001 Jiaozuo: 倾向性、普遍性问题 → 常务副市长)', () => {
  const shared = many(6, 'power', '2026-03', ['e1', 'e2', 'e3']);

  it('sends a problem of several enterprises to the executive deputy mayor, and one of a single enterprise to the deputy mayor in charge', () => {
    const r = run(shared, only('hotspot'));
    expect(r.hotspots[0]?.owner?.route).toMatchObject({ ladderId: jiaozuoLadder.id, ruleId: 'majorOrWidespread', target: { holder: 'executiveDeputyMayor' } });
    expect(r.hotspots[0]?.owner?.reason.zh).toMatch(/^倾向性、普遍性问题（3 家企业）；按“焦作市企业问题协调层级”：规则“majorOrWidespread”适用/);
    const one = run(many(5, 'power', '2026-03', ['e1']), only('hotspot', { policy: policy({ hotspot: { minEnterprises: 1 } }) }));
    expect(one.hotspots[0]?.owner?.facts.nature).toBe('ordinary');
    expect(one.hotspots[0]?.owner?.route.target).toEqual({ holder: 'deputyMayorInCharge', portfolio: '工业经济' });
  });

  it('takes the most frequent scope of the issues, so that Xingtai’s ladder (000) sends a cross-department problem to the quarterly meeting', () => {
    const data = shared.map((i, k) => ({ ...i, scope: k < 4 ? ('multiDepartment' as const) : ('ownFunction' as const), procedure: 'general' as const }));
    const owner = run(data, only('hotspot', { ladder: xingtaiLadder })).hotspots[0]?.owner;
    expect(owner?.facts).toMatchObject({ scope: 'multiDepartment', procedure: 'general' });
    expect(owner?.route.target).toEqual({ holder: 'quarterlyScheduling' });
  });

  it('suggests no owner with a null ladder', () => {
    expect(run(shared, only('hotspot', { ladder: null })).hotspots[0]?.owner).toBeNull();
  });
});

describe('bounds and bookkeeping', () => {
  it('keeps the strongest findings and counts the rest; cuts evidence lists with their full counts', () => {
    const data = [...many(6, 'power', '2026-03', ['e1', 'e2']), ...many(7, 'land', '2026-03', ['e5', 'e6'])];
    const r = run(data, only('hotspot', { policy: policy({ maxFindings: 1, maxEvidence: 2 }) }));
    expect(r.hotspots.map((h) => h.categoryId)).toEqual(['land']);
    expect(r.leftOff).toEqual({ hotspot: 1, seasonal: 0, rising: 0, unsolvedCluster: 0 });
    expect(r.hotspots[0]?.evidence).toMatchObject({ issueIds: data.slice(6, 8).map((i) => i.id), issueCount: 7, enterpriseIds: ['e5', 'e6'], enterpriseCount: 2 });
  });

  it('counts every issue once: counted, withdrawn, uncategorised, unknown enterprise or after the period', () => {
    const data = [issue('e1', 'power', '2026-03-02'), issue('e1', 'power', '2026-03-02', { state: 'withdrawn' }), issue('e1', null, '2026-03-02'), issue('zz', 'power', '2026-03-02'), issue('e1', 'power', '2026-04-02')];
    expect(run(data).issuesRead).toEqual({ counted: 1, withdrawn: 1, uncategorised: 1, unknownEnterprise: 1, unplaced: 0, afterPeriod: 1 });
  });

  it('reads the default policy as the schema does', () => {
    expect(ForesightPolicySchema.parse({})).toEqual(defaultForesightPolicy);
    expect(Object.isFrozen(defaultForesightPolicy.hotspot)).toBe(true);
  });
});

describe('errors, in Chinese and English', () => {
  const ok = [issue('e1', 'power', '2026-03-02')];
  const error = (...args: Parameters<typeof foresight>) => {
    const r = foresight(...args);
    if (r.ok) throw new Error('expected an error');
    expect(r.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
    return r.error;
  };

  it('names a bad period, option, policy or ladder', () => {
    expect(error(ok, [], enterprises, { period: { from: '2026-03-31', to: '2026-03-01' } })).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['options', 'period'] });
    expect(error(ok, [], enterprises, { period: { from: '2026-02-30', to: '2026-03-01' } })).toMatchObject({ code: 'INVALID_DATE', path: ['options', 'period', 'from'] });
    expect(error(ok, [], enterprises, { period: march2026, dataSince: '2026-13-01' })).toMatchObject({ code: 'INVALID_DATE', path: ['options', 'dataSince'] });
    expect(error(ok, [], enterprises, { period: march2026, extra: 1 } as ForesightOptions).path?.[0]).toBe('options');
    expect(error(ok, [], enterprises, { period: march2026, kinds: ['hotspots' as never] }).path?.slice(0, 2)).toEqual(['options', 'kinds']);
    const badPolicy = error(ok, [], enterprises, { period: march2026, policy: { ...defaultForesightPolicy, seasonal: { ...defaultForesightPolicy.seasonal, years: 2, minYears: 3 } } });
    expect(badPolicy.path).toEqual(['options', 'policy', 'seasonal', 'minYears']);
    expect(badPolicy.messageZh).toContain('minYears 不得大于 years');
    expect(error(ok, [], enterprises, { period: march2026, ladder: { ...jiaozuoLadder, rules: [] } }).path?.slice(0, 3)).toEqual(['options', 'ladder', 'rules']);
  });

  it('names a bad or repeated issue, visit or enterprise, quoting the value short and never throwing on it', () => {
    expect(error([{ ...(ok[0] as ForesightIssue), submittedAt: '2026-03-02 09:00' }], [], enterprises, { period: march2026 })).toMatchObject({ code: 'INVALID_INSTANT', path: ['issues', 0, 'submittedAt'] });
    expect(error([{ ...(ok[0] as ForesightIssue), categoryId: '' }], [], enterprises, { period: march2026 })).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['issues', 0, 'categoryId'] });
    expect(error(ok, [{ id: 'v1', issueIds: 'i1' as never }], enterprises, { period: march2026 })).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['visits', 0, 'issueIds'] });
    expect(error(ok, [{ id: 'v1', issueIds: [] }, { id: 'v1', issueIds: [] }], enterprises, { period: march2026 })).toMatchObject({ code: 'DUPLICATE_ID', path: ['visits', 1, 'id'] });
    expect(error(ok, [], [...enterprises, { id: 'e1', industry: 'C', countyId: 'c1' }], { period: march2026 })).toMatchObject({ code: 'DUPLICATE_ID', path: ['enterprises', 6, 'id'] });
    expect(error(ok, [], null as never, { period: march2026 })).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['enterprises'] });
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(error([{ ...(ok[0] as ForesightIssue), id: cycle as never }], [], enterprises, { period: march2026 })).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['issues', 0, 'id'] });
    expect(error([{ ...(ok[0] as ForesightIssue), state: 10n as never }], [], enterprises, { period: march2026 })).toMatchObject({ path: ['issues', 0, 'state'] });
    expect(error([{ ...(ok[0] as ForesightIssue), title: Array.from({ length: 100_000 }, () => '停电') as never }], [], enterprises, { period: march2026 }).message.length).toBeLessThan(400);
  });
});
