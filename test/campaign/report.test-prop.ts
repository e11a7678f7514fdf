/**
 * Part 14 (issue 19): laws of the campaign report and of rectification orders, on Lishui-shaped data
 * (003) and on subsets and orderings of it drawn at random.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import { workingDaysBetween } from '../../src/calendar/working-days.js';
import { campaignReport, lishuiServiceYear, type CampaignData } from '../../src/campaign/index.js';
import { unwrap } from '../../src/index.js';
import { rectificationDueOn, rectificationStatus, rectifyOrder, type Issue, type RectificationOrder } from '../../src/issue/index.js';
import { fromDayNumber, toDayNumber } from '../../src/internal/days.js';
import { lishuiData } from './lishui-data.js';
import { shuffled } from '../../bench/seeded.js';

const data = lishuiData();
const issues = data.issues;
/** A subset of the issues (kept in a random order), and the report's date in the campaign. */
const arbSubset = fc.tuple(fc.subarray([...issues.keys()], { minLength: 0 }), fc.integer({ min: toDayNumber('2010-04-01'), max: toDayNumber('2010-09-30') }));
describe('campaignReport: laws', () => {
  test.prop([arbSubset, fc.integer()], { numRuns: 40 })('the report does not depend on the order of the issues, pairings, visits and orders', ([keep, day], seed) => {
    const asOf = fromDayNumber(day);
    const subset: CampaignData = { ...data, issues: keep.map((k) => issues[k] as Issue) };
    const mixed: CampaignData = {
      ...subset,
      issues: shuffled(subset.issues, seed),
      pairings: shuffled(data.pairings ?? [], seed + 1),
      visits: shuffled(data.visits ?? [], seed + 2),
      rectifications: shuffled(data.rectifications ?? [], seed + 3),
    };
    expect(unwrap(campaignReport(lishuiServiceYear, mixed, asOf, chinaCalendar))).toEqual(unwrap(campaignReport(lishuiServiceYear, subset, asOf, chinaCalendar)));
  });

  test.prop([arbSubset], { numRuns: 60 })(
    'every problem of the campaign is counted once: solved on the spot, collected or merged; the collected ones are answered, under supervision, in hand, not yet assigned or withdrawn; batches and the rest add up to them',
    ([keep, day]) => {
      const asOf = fromDayNumber(day);
      const r = unwrap(campaignReport(lishuiServiceYear, { ...data, issues: keep.map((k) => issues[k] as Issue) }, asOf, chinaCalendar));
      const end = asOf < '2011-03-31' ? asOf : '2011-03-31';
      const inCampaign = keep.map((k) => issues[k] as Issue).filter((i) => i.submittedAt.slice(0, 10) >= '2010-04-01' && i.submittedAt.slice(0, 10) <= end);
      const p = r.problems;
      expect(p.solvedOnTheSpot + p.collected + p.merged).toBe(inCampaign.length);
      expect(p.answered + p.underSupervision + p.inHand + p.notYetAssigned + p.withdrawn).toBe(p.collected);
      expect(r.batches.reduce((n, b) => n + b.total, 0) + p.outsideBatches).toBe(p.collected);
      expect(r.batches.reduce((n, b) => n + b.underSupervision, 0)).toBeLessThanOrEqual(p.underSupervision);
      expect(p.jointlySupervised).toBeLessThanOrEqual(p.underSupervision);
      expect(r.categories.reduce((n, c) => n + c.collected, 0)).toBe(p.collected);
    },
  );

  test.prop([fc.integer({ min: toDayNumber('2010-03-01'), max: toDayNumber('2011-06-30') }), fc.integer({ min: 0, max: 120 })], { numRuns: 40 })(
    'a later report never counts fewer problems, visits or rectification orders',
    (day, later) => {
      const a = unwrap(campaignReport(lishuiServiceYear, data, fromDayNumber(day), chinaCalendar));
      const b = unwrap(campaignReport(lishuiServiceYear, data, fromDayNumber(day + later), chinaCalendar));
      expect(b.problems.solvedOnTheSpot + b.problems.collected).toBeGreaterThanOrEqual(a.problems.solvedOnTheSpot + a.problems.collected);
      expect(b.visits.visitsMade).toBeGreaterThanOrEqual(a.visits.visitsMade);
      expect(b.rectifications.orders).toBeGreaterThanOrEqual(a.rectifications.orders);
    },
  );
});

/** An order drawn around 2010–2026, with a working-day limit or a fixed day, rectified or not. */
const arbOrder = fc
  .record({ day: fc.integer({ min: toDayNumber('2010-01-04'), max: toDayNumber('2026-06-30') }), n: fc.integer({ min: 1, max: 30 }), fixed: fc.boolean(), done: fc.option(fc.nat({ max: 60 })) })
  .map(({ day, n, fixed, done }): RectificationOrder => ({
    id: 'r',
    departmentId: 'd',
    orderedOn: fromDayNumber(day),
    orderedBy: [{ id: 'office', role: 'leadingGroupOffice' }],
    grounds: ['poorService'],
    reason: '',
    issueIds: [],
    limit: fixed ? { dueOn: fromDayNumber(day + n) } : { workingDays: n },
    rectified: done === null ? null : { on: fromDayNumber(day + done), summary: '已整改' },
  }));
const STATE_RANK = { ordered: 0, notRectifiedInTime: 1, rectified: 2 } as const;

describe('rectification orders (限期整改, 003): laws', () => {
  test.prop([arbOrder], { numRuns: 300 })('a limit of n working days ends n working days after the order', (order) => {
    const due = unwrap(rectificationDueOn(order, chinaCalendar));
    if ('workingDays' in order.limit) expect(unwrap(workingDaysBetween(order.orderedOn, due, chinaCalendar))).toBe(order.limit.workingDays);
    else expect(due).toBe(order.limit.dueOn);
  });

  test.prop([arbOrder, fc.nat({ max: 90 }), fc.nat({ max: 90 })], { numRuns: 300 })(
    'the state only moves forward in time (ordered → not rectified in time → rectified), and the working days overdue never fall while unrectified',
    (order, a, b) => {
      const d0 = toDayNumber(order.orderedOn);
      const [x, y] = a <= b ? [a, b] : [b, a];
      const s1 = unwrap(rectificationStatus(order, fromDayNumber(d0 + x), chinaCalendar));
      const s2 = unwrap(rectificationStatus(order, fromDayNumber(d0 + y), chinaCalendar));
      if (s1 === null || s2 === null) throw new Error('an order has a status from its own day on');
      expect(STATE_RANK[s2.state]).toBeGreaterThanOrEqual(STATE_RANK[s1.state]);
      if (s1.state === 'notRectifiedInTime' && s2.state === 'notRectifiedInTime') expect(s2.overdueWorkingDays).toBeGreaterThanOrEqual(s1.overdueWorkingDays);
    },
  );

  test.prop([arbOrder, fc.nat({ max: 60 })], { numRuns: 200 })('rectifying records the report and leaves the order as it was', (order, after) => {
    const open = { ...order, rectified: null };
    const on = fromDayNumber(toDayNumber(order.orderedOn) + after);
    const done = unwrap(rectifyOrder(open, { on, summary: '已整改' }));
    expect(done).toEqual({ ...open, rectified: { on, summary: '已整改' } });
    expect(open.rectified).toBeNull();
  });
});
