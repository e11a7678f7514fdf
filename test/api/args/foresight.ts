/** The no-throw registry of foresight (未诉先办, issue 18), spread into `qinqing/report`'s registry. */
import { fc } from '@fast-check/vitest';
import { defaultForesightPolicy, FindingKind, ForesightPolicySchema, type ForesightEnterprise, type ForesightOptions, type ForesightVisit } from '../everything.js';
import { date, issues, ladders, period, someIssues } from '../valid.js';

const enterpriseIds = [...new Set(issues.map((i) => i.enterpriseId))];
const enterprises: readonly ForesightEnterprise[] = enterpriseIds.map((id, k) => ({ id, industry: ['C3411', 'C3420', 'C1711', 'F51'][k % 4] as string, countyId: `c${k % 2}`, ...(k % 3 === 0 ? {} : { parkId: `p${k % 3}` }) }));
const visits: fc.Arbitrary<ForesightVisit[]> = fc.uniqueArray(fc.record({ id: fc.constantFrom('v1', 'v2', 'v3'), issueIds: fc.subarray(issues.slice(0, 10).map((i) => i.id)) }), { maxLength: 3, selector: (v) => v.id });
const policy = fc.oneof(
  fc.constant(defaultForesightPolicy),
  fc
    .record({
      industryLevel: fc.constantFrom('section', 'division', 'anyIndustry'),
      placeLevel: fc.constantFrom('byCounty', 'byPark', 'wholeArea'),
      hotspot: fc.constant({ minCount: 1, minShare: 0, minEnterprises: 1 }),
      unsolvedCluster: fc.record({ minEnterprises: fc.constant(2), titleThreshold: fc.constantFrom(null, 0.5) }),
      maxEvidence: fc.integer({ min: 1, max: 5 }),
    })
    .map((p) => ForesightPolicySchema.parse(p)),
);
const options: fc.Arbitrary<ForesightOptions> = fc.record(
  { period, policy, ladder: fc.oneof(fc.constantFrom(...ladders), fc.constant(null)), kinds: fc.subarray([...FindingKind.values]), dataSince: date },
  { requiredKeys: ['period'] },
);

export const foresightArgs = {
  foresight: fc.tuple(someIssues, visits, fc.constant(enterprises), options),
};
