/** Part 12 (issue 17): the tallies, rates and scheme of the hotline standards. */
import { describe, expect, it } from 'vitest';
import { safeParse, unwrap } from '../../src/index.js';
import { defaultSummaryRates, periodSummary } from '../../src/report/index.js';
import {
  emptyTally,
  hotlineStandardScheme,
  mergeTallies,
  rates,
  scoreTally,
  ScoringSchemeSchema,
  tallyCounts,
  TallySchema,
  TallyTableSchema,
  tallyIssues,
  type Tally,
  type TallyIssue,
} from '../../src/scoring/index.js';
import { issue, q3 } from './fixtures.js';

const DUE_SIGN = '2026-07-02T11:00:00+08:00';
const DUE_CONTACT = '2026-07-03T09:00:00+08:00';
const clocks = { due: { signFor: DUE_SIGN, firstContact: DUE_CONTACT } };
const byDept = (issues: readonly TallyIssue[]): Readonly<Record<string, Tally>> => unwrap(tallyIssues(issues, { period: q3, by: 'department' }));
const pick = (t: Tally | undefined, ...keys: (keyof Tally)[]): number[] => keys.map((k) => t?.[k] ?? -1);

describe('sign-for and first contact within their limits (issue 17: 国办发〔2020〕53号 签收 then 办理; GB/T 33358-2016)', () => {
  it('an order signed for and contacted within the limits counts in time on both clocks and on the response', () => {
    const t = byDept([issue({ clocks, signedForAt: '2026-07-02T10:30:00+08:00', contactedAt: DUE_CONTACT })])['d1'];
    expect(pick(t, 'signForDue', 'signedForInTime', 'contactDue', 'contactedInTime', 'responseDue', 'respondedWithinLimits')).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('signing for after the limit, or not yet, is not in time; the response then misses too', () => {
    const late = byDept([issue({ clocks, signedForAt: '2026-07-02T11:00:01+08:00', contactedAt: '2026-07-02T12:00:00+08:00' })])['d1'];
    expect(pick(late, 'signForDue', 'signedForInTime', 'contactedInTime', 'responseDue', 'respondedWithinLimits')).toEqual([1, 0, 1, 1, 0]);
    const notYet = byDept([issue({ state: 'assigned', clocks, signedForAt: null, contactedAt: null })])['d1'];
    expect(pick(notYet, 'signForDue', 'signedForInTime', 'contactDue', 'contactedInTime', 'responseDue', 'respondedWithinLimits')).toEqual([1, 0, 1, 0, 1, 0]);
  });

  it('compares instants, not text: a UTC sign-for 30 minutes before a +08:00 limit is in time', () => {
    const t = byDept([issue({ clocks, signedForAt: '2026-07-02T02:30:00Z', contactedAt: '2026-07-03T01:00:01Z' })])['d1'];
    expect(pick(t, 'signedForInTime', 'contactedInTime')).toEqual([1, 0]);
    // the same length, another offset: 12:00:01+09:00 is 11:00:01+08:00 (late), 11:30+09:00 is 10:30+08:00 (in time)
    const tokyo = byDept([issue({ clocks, signedForAt: '2026-07-02T12:00:01+09:00', contactedAt: '2026-07-03T10:00:00+09:00' })])['d1'];
    expect(pick(tokyo, 'signedForInTime', 'contactedInTime')).toEqual([0, 1]);
    const early = byDept([issue({ clocks, signedForAt: '2026-07-02T11:30:00+09:00', contactedAt: '2026-07-03T10:00:01+09:00' })])['d1'];
    expect(pick(early, 'signedForInTime', 'contactedInTime')).toEqual([1, 0]);
  });

  it('only the clocks an order has count: a first-contact limit alone decides the response', () => {
    const t = byDept([issue({ clocks: { due: { signFor: null, firstContact: DUE_CONTACT } }, signedForAt: null, contactedAt: DUE_CONTACT })])['d1'];
    expect(pick(t, 'signForDue', 'contactDue', 'responseDue', 'respondedWithinLimits')).toEqual([0, 1, 1, 1]);
  });

  it('an issue of before Part 12 (no clocks, no new fields) counts as before and in none of the new counts', () => {
    const t = byDept([issue()])['d1'];
    expect(t).toEqual({ ...emptyTally, received: 1, respondedInTime: 1, answered: 1, resolved: 1, closed: 1, closedOnTime: 1, satisfied: 1 });
    expect(byDept([issue({ clocks: null, signedForAt: '2026-07-02T10:00:00+08:00' })])['d1']).toEqual(t);
  });
});

describe('dispatch disputes, re-dispatch and 未评价 (issue 17: 国办函〔2025〕66号 退单 review and re-dispatch)', () => {
  const disputed = issue({
    leadDepartmentId: 'd3',
    redispatchCount: 2,
    disputes: [
      { departmentId: 'd1', status: 'upheld' },
      { departmentId: 'd2', status: 'overruled' },
      { departmentId: 'd2', status: 'pending' },
    ],
  });

  it('by department, each dispute is credited to the department that disputed, not to the lead', () => {
    const t = byDept([disputed]);
    expect(Object.keys(t)).toEqual(['d1', 'd2', 'd3']);
    expect(pick(t['d1'], 'received', 'disputesRequested', 'disputesUpheld', 'disputesOverruled')).toEqual([0, 1, 1, 0]);
    expect(pick(t['d2'], 'received', 'disputesRequested', 'disputesUpheld', 'disputesOverruled')).toEqual([0, 2, 0, 1]);
    expect(pick(t['d3'], 'received', 'redispatched', 'disputesRequested')).toEqual([1, 1, 0]);
  });

  it('an order back at the office (no lead) still has its disputes credited to the departments', () => {
    const t = byDept([{ ...disputed, state: 'assigned', leadDepartmentId: null }]);
    expect(Object.keys(t)).toEqual(['d1', 'd2']);
  });

  it('by any other grouping, the disputes go with the issue to its units', () => {
    const e = unwrap(tallyIssues([disputed], { period: q3, by: 'enterprise' }))['e1'];
    expect(pick(e, 'received', 'disputesRequested', 'disputesUpheld', 'disputesOverruled')).toEqual([1, 3, 1, 1]);
    const a = unwrap(tallyIssues([disputed], { period: q3, by: { byEnterprise: { e1: ['a1', 'a2'] } } }));
    expect(pick(a['a2'], 'received', 'disputesRequested')).toEqual([1, 3]);
    const f = unwrap(tallyIssues([disputed], { period: q3, by: () => ['x', 'y'] }));
    expect(pick(f['x'], 'received', 'disputesRequested')).toEqual([1, 3]);
  });

  it('an order closed as 未评价 counts as closed and closedUnrated, in no feedback count, and leaves the satisfaction rate alone', () => {
    const unrated = issue({ feedback: null, closedUnrated: true });
    const t = byDept([issue(), unrated])['d1'] as Tally;
    expect(pick(t, 'closed', 'closedUnrated', 'satisfied', 'basicallySatisfied', 'unsatisfied')).toEqual([2, 1, 1, 0, 0]);
    const r = unwrap(rates(t));
    expect([r.satisfaction, r.unratedShare]).toEqual([1, 0.5]);
  });
});

describe('merged orders are counted once (issue 17: 国办函〔2025〕66号 repeated complaints merged into one order)', () => {
  it('a merged child is left out by default and counted with countMergedChildren', () => {
    const parent = issue();
    const child = issue({ enterpriseId: 'e2', mergedInto: 'i-parent', feedback: 'unsatisfied' });
    expect(byDept([parent, child])).toEqual(byDept([parent]));
    const both = unwrap(tallyIssues([parent, child], { period: q3, by: 'department', countMergedChildren: true }))['d1'];
    expect(pick(both, 'received', 'satisfied', 'unsatisfied')).toEqual([2, 1, 1]);
  });
});

describe('stored tallies of before Part 12 still read', () => {
  const stored = Object.fromEntries(tallyCounts.slice(0, 13).map((k, i) => [k, i]));

  it('TallySchema and TallyTableSchema read the 13 old counts, the new ones as 0', () => {
    const t = unwrap(safeParse(TallySchema, stored));
    expect(Object.keys(t)).toEqual([...tallyCounts]);
    expect(t.received).toBe(0);
    expect(t.visitsDone).toBe(12);
    expect(t.disputesOverruled).toBe(0);
    expect(unwrap(safeParse(TallyTableSchema, { d1: stored }))['d1']?.signForDue).toBe(0);
    expect(safeParse(TallySchema, { ...stored, signForDue: -1 }).ok).toBe(false);
    expect(safeParse(TallySchema, { ...stored, unknown: 1 }).ok).toBe(false);
  });

  it('a stored tally used without parsing is refused with a hint to parse it, not scored as NaN', () => {
    const r = rates(stored as Tally);
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['tally', 'signForDue'] } });
    expect(r.ok ? '' : r.error.message).toContain('TallySchema');
    expect(r.ok ? '' : r.error.messageZh).toContain('TallySchema');
  });
});

describe('rates of the hotline standards, next to Part 8’s (issue 17)', () => {
  const t: Tally = {
    ...emptyTally,
    received: 10,
    respondedInTime: 6,
    closed: 8,
    signForDue: 10,
    signedForInTime: 9,
    contactDue: 8,
    contactedInTime: 6,
    responseDue: 10,
    respondedWithinLimits: 7,
    closedUnrated: 2,
    redispatched: 1,
    disputesRequested: 5,
    disputesUpheld: 1,
    disputesOverruled: 3,
  };

  it('签收及时率, 联系及时率, the response within the limits, and the shares of re-dispatched, unrated and upheld disputes', () => {
    const r = unwrap(rates(t));
    expect([r.signForInTime, r.contactInTime, r.responseWithinLimits, r.redispatchShare, r.unratedShare, r.disputeUpheldShare]).toEqual([0.9, 0.75, 0.7, 0.1, 0.25, 0.25]);
    expect(r.response).toBe(0.6); // Part 8's response in time keeps its meaning
  });

  it('a scheme chooses its response definition by its item’s rate', () => {
    const scheme = (rate: 'response' | 'responseWithinLimits') =>
      unwrap(safeParse(ScoringSchemeSchema, { id: rate, name: { zh: '响应', en: 'Response' }, source: 'test', items: [{ id: 'r', name: { zh: '响应', en: 'Response' }, input: { rate }, weight: 100 }] }));
    expect(unwrap(scoreTally(t, scheme('response'))).score).toBe(60);
    expect(unwrap(scoreTally(t, scheme('responseWithinLimits'))).score).toBe(70);
  });

  it('merging tallies adds the new counts too', () => {
    expect(mergeTallies(t, t).disputesOverruled).toBe(6);
  });
});

describe('hotlineStandardScheme (issue 17; zero below a threshold as in 连云港市12345政府公共服务中心’s monthly 通报, figures qinqing’s)', () => {
  const good: Tally = { ...emptyTally, signForDue: 100, signedForInTime: 100, closed: 100, closedOnTime: 100, satisfied: 90, unsatisfied: 10 };
  const item = (t: Tally, id: string) => unwrap(scoreTally(t, hotlineStandardScheme)).items.find((i) => i.id === id);

  it('a unit below 95% signed for in time scores 0 on that item (Lianyungang 2022-02: 及时签收率 80% → 0 points)', () => {
    expect(item({ ...good, signedForInTime: 94 }, 'signForInTime')?.points).toBe(0);
    expect(item({ ...good, signedForInTime: 80 }, 'signForInTime')?.points).toBe(0);
    expect(item({ ...good, signedForInTime: 95 }, 'signForInTime')?.points).toBe(10);
    expect(item(good, 'signForInTime')?.points).toBe(20);
  });

  it('a unit below 90% closed on time scores 0 on that item (Lianyungang 2022-02: 按时办结率 66.67% → 0 points)', () => {
    expect(item({ ...good, closedOnTime: 89 }, 'onTime')?.points).toBe(0);
    expect(item({ ...good, closedOnTime: 90 }, 'onTime')?.points).toBe(15);
  });

  it('scores satisfaction on the feedback given: orders closed as 未评价 change nothing', () => {
    expect(unwrap(scoreTally(good, hotlineStandardScheme)).score).toBe(95);
    expect(unwrap(scoreTally({ ...good, closed: 150, closedOnTime: 150, closedUnrated: 50 }, hotlineStandardScheme)).score).toBe(95);
  });

  it('without sign-for clocks (issues of before Part 12) the item is left out and its weight shared', () => {
    const s = unwrap(scoreTally({ ...good, signForDue: 0, signedForInTime: 0 }, hotlineStandardScheme));
    expect(s.items[0]?.skipped).toBe(true);
    expect(s.score).toBe(93.75); // (30 + 45) × 100 / 80
  });
});

describe('periodSummary keeps its default columns and shows the new rates on request (issue 17)', () => {
  it('defaults to the seven rates of Part 8; any other on request', () => {
    const tally = { ...emptyTally, signForDue: 4, signedForInTime: 3 };
    const period = { from: '2026-07-01', to: '2026-09-30' };
    const t = unwrap(periodSummary([{ period, tally }], { locale: 'zh-CN' }));
    expect(t.columns.slice(-7).map((c) => c.key)).toEqual([...defaultSummaryRates]);
    const asked = unwrap(periodSummary([{ period, tally }], { locale: 'zh-CN', counts: ['signForDue', 'signedForInTime'], rates: ['signForInTime'] }));
    expect(asked.rows[0]).toEqual({ period: '2026-07-01 至 2026-09-30', signForDue: 4, signedForInTime: 3, signForInTime: 0.75 });
    expect(asked.columns.map((c) => c.label.zh)).toEqual(['期间', '应签收数', '按时签收数', '签收及时率']);
  });
});
