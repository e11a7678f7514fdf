/** The no-throw registry of `qinqing/campaign` (issue 19), and the rectification orders of `qinqing/issue`. */
import { fc } from '@fast-check/vitest';
import type * as campaignBarrel from '../../../src/campaign/index.js';
import { campaignReport, lishuiServiceYear, validateCampaign, type Campaign, type CampaignData, type CampaignReport, type RenderCampaignOptions } from '../../../src/campaign/index.js';
import { chinaCalendar, lishuiProblemKinds, unwrap, type RectificationOrder } from '../everything.js';
import { lishuiData } from '../../campaign/lishui-data.js';
import { anyInput } from '../hostile.js';
import type { ArgsOf } from '../registry.js';
import { calendar, date, issues, locale } from '../valid.js';

/** Lishui's campaign moved to 2026, for the pool issues of 2026. */
const campaign2026: Campaign = unwrap(
  validateCampaign({
    ...lishuiServiceYear,
    id: 'service-year-2026',
    period: { from: '2026-01-01', to: '2026-12-31' },
    phases: [
      { ...lishuiServiceYear.phases[0], from: '2026-01-01', to: '2026-02-28' },
      { ...lishuiServiceYear.phases[1], from: '2026-03-01', to: '2026-04-30' },
      { ...lishuiServiceYear.phases[2], from: '2026-05-01', to: '2026-12-31' },
    ],
  }),
);
const full = lishuiData();
/** A seventh of the Lishui data: enough of every kind, cheap to spoil and report on. */
const small: CampaignData = {
  ...full,
  issues: full.issues.filter((_, k) => k % 7 === 0 || k >= full.issues.length - 8),
  advisers: (full.advisers ?? []).filter((_, k) => k % 40 === 0),
  pairings: (full.pairings ?? []).filter((_, k) => k % 40 === 0),
  visits: (full.visits ?? []).slice(0, 12),
};
/** The pool's issues of 2026, each id once (the pool repeats ids; a campaign's data may not). */
const pool2026: CampaignData = { issues: issues.filter((i, k) => issues.findIndex((j) => j.id === i.id) === k), batches: ['b1', 'lishui-1'] };

const campaign: fc.Arbitrary<Campaign> = fc.constantFrom(lishuiServiceYear, campaign2026);
const data: fc.Arbitrary<CampaignData> = fc.constantFrom(small, pool2026);
const asOf: fc.Arbitrary<string> = fc.oneof(date, fc.constantFrom('2010-06-30', '2010-12-31', '2026-06-30'));
const options = fc.constantFrom({}, { taxonomy: lishuiProblemKinds });

const reports: readonly CampaignReport[] = [
  unwrap(campaignReport(lishuiServiceYear, full, '2010-06-30', chinaCalendar, { taxonomy: lishuiProblemKinds })),
  unwrap(campaignReport(lishuiServiceYear, small, '2011-03-31', chinaCalendar)),
  unwrap(campaignReport(campaign2026, pool2026, '2026-06-30', chinaCalendar)),
];
const renderOptions: fc.Arbitrary<RenderCampaignOptions> = fc.record(
  { length: fc.constantFrom('full', 'summary'), names: fc.constant({ departments: { 'd-land': '市国土资源局' } }) },
  { requiredKeys: [] },
);

/** Rectification orders (限期整改): Lishui's three, and orders drawn around the pool's dates (some invalid: a due date before the order). */
export const order: fc.Arbitrary<RectificationOrder> = fc.oneof(
  fc.constantFrom(...(full.rectifications ?? [])),
  fc.record({
    id: fc.constantFrom('r1', 'r2'),
    departmentId: fc.constantFrom('d-land', 'd-tax'),
    orderedOn: date,
    orderedBy: fc.constantFrom<RectificationOrder['orderedBy']>([{ id: 'o', role: 'leadingGroupOffice' }], [{ id: 'o', role: 'leadingGroupOffice' }, { id: 'x', role: 'efficiencyOffice' }]),
    grounds: fc.constantFrom<RectificationOrder['grounds']>(['dilatory'], ['poorService', 'answersOnPaper']),
    reason: fc.constantFrom('', '交办问题逾期未办结'),
    issueIds: fc.constantFrom([], ['i1']),
    limit: fc.oneof(fc.record({ workingDays: fc.integer({ min: 1, max: 30 }) }), fc.record({ dueOn: date })),
    rectified: fc.option(fc.record({ on: date, summary: fc.constant('已整改') })),
  }),
);
export const rectification = fc.record({ on: date, summary: fc.constantFrom('已建立台账，逐件销号') });

export const campaignArgs = {
  validateCampaign: fc.tuple(anyInput(campaign)),
  campaignReport: fc.oneof(fc.tuple(campaign, data, asOf, calendar), fc.tuple(campaign, data, asOf, calendar, options)),
  renderCampaignReport: fc.oneof(fc.tuple(fc.constantFrom(...reports), locale), fc.tuple(fc.constantFrom(...reports), locale, renderOptions)),
} satisfies ArgsOf<typeof campaignBarrel>;
