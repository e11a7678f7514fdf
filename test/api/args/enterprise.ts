/** The no-throw registry of `qinqing/enterprise`, `qinqing/org` and `qinqing/taxonomy`. */
import { fc } from '@fast-check/vitest';
import type * as enterpriseBarrel from '../../../src/enterprise/index.js';
import {
  hainingGridStaffShare,
  jiaozuoKeyEnterpriseQuota,
  jiaozuoServiceAreas,
  lishuiProblemKinds,
  nbs2017SizeRules,
  xingtaiServiceAreas,
  type EnterpriseRelatedClass,
  type KeyEnterpriseLevel,
} from '../everything.js';
import type * as orgBarrel from '../../../src/org/index.js';
import type * as taxonomyBarrel from '../../../src/taxonomy/index.js';
import { arbInvalidUscc, arbPairing, arbUscc } from '../../../src/testing/index.js';
import { anyInput, anyText } from '../hostile.js';
import type { ArgsOf } from '../registry.js';
import { date, from, locale, period } from '../valid.js';

const keyLevel = fc.constantFrom<KeyEnterpriseLevel>('none', 'county', 'city');
/** Facts for the size rules: codes of every row and form, some too coarse or not covered; indicators known or not. */
const sizeFacts = fc.record(
  {
    industry: fc.constantFrom('C3411', '3411', 'F5123', 'F5211', 'G5430', 'G5910', 'G5920', 'I6510', 'K7010', 'K7020', 'L7211', 'A0111', 'E4710', 'G59', 'J6620', 'C'),
    employees: fc.oneof(fc.nat({ max: 3000 }), fc.constant(null)),
    operatingRevenue: fc.oneof(fc.double({ min: 0, max: 300_000, noNaN: true, noDefaultInfinity: true }), fc.constant(null)),
    totalAssets: fc.double({ min: 0, max: 300_000, noNaN: true, noDefaultInfinity: true }),
  },
  { requiredKeys: ['industry'] },
);
/** Size rules: the default, and a province's own with a code under another row's. */
const sizeRules = fc.constantFrom(nbs2017SizeRules, {
  ...nbs2017SizeRules,
  id: 'province',
  rows: [...nbs2017SizeRules.rows, { id: 'railway', name: { zh: '铁路运输业', en: 'Railways' }, industries: ['G53'], thresholds: { employees: { large: 2000, medium: 500, small: 50 } } }],
});
const uscc = fc.oneof(from(arbUscc()), from(arbInvalidUscc()));
const county = fc.constantFrom('c1', 'c2', 'c3');

export const enterpriseArgs = {
  safeParseUscc: fc.tuple(anyInput(uscc)),
  isValidUscc: fc.tuple(anyInput(uscc)),
  usccCheckCharacter: fc.tuple(anyText(uscc.map((u) => u.slice(0, 17)))),
  normalizeUscc: fc.tuple(anyText(uscc.map((u) => ` ${u.toLowerCase()} `))),
  isKeyEnterprise: fc.tuple(fc.record({ keyLevel }), fc.constantFrom('city' as const, 'county' as const)),
  checkKeyEnterpriseQuota: fc.oneof(
    fc.tuple(fc.array(fc.record({ countyId: county, keyLevel }), { maxLength: 30 })),
    fc.tuple(fc.array(fc.record({ countyId: county, keyLevel }), { maxLength: 30 }), fc.constant(jiaozuoKeyEnterpriseQuota)),
  ),
  classifyEnterpriseSize: fc.oneof(fc.tuple(sizeFacts), fc.tuple(sizeFacts, sizeRules)),
  validateEnterpriseSizeRules: fc.tuple(anyInput(sizeRules)),
} satisfies ArgsOf<typeof enterpriseBarrel>;

/** Data for contact cards: key enterprises, pairings of three advisers, two departments' contact entries. */
const contactCardData = fc.record({
  enterprises: fc.array(fc.record({ id: fc.constantFrom('e1', 'e2', 'e3'), keyLevel }), { maxLength: 4 }),
  pairings: fc.array(from(arbPairing({ adviserIds: ['a1', 'a2', 'a3'], enterpriseIds: ['e1', 'e2', 'e3'], parkIds: ['park1'], from: '2025-01-01', to: '2026-12-31' }), 20), { maxLength: 5 }),
  advisers: fc.constant([
    { id: 'a1', name: '王强', kind: 'contactLeader' as const, departmentId: 'd-ind', contact: { phone: '13800138000' } },
    { id: 'a2', name: '赵敏', kind: 'liaison' as const, departmentId: 'd-dev' },
  ]),
  departments: fc.constantFrom(
    [],
    [
      { departmentId: 'd-ind', departmentName: '市工业和信息化局', responsibleLeader: { name: '李明', post: '副局长', phone: '0391-3560001' }, consultationPhone: '0391-3568888' },
      { departmentId: 'd-dev', departmentName: '市企业发展服务局', responsibleLeader: { name: '孙丽', post: '局长' }, hotline: '0391-12345' },
    ],
  ),
});
const relatedClass = fc.constantFrom<EnterpriseRelatedClass | undefined>('class1', 'class2', undefined);

/** Issue 19: a cadre pool over a few ids, the advisers behind it, enterprises asking, secondments. */
const cadreIds = ['k1', 'k2', 'k3', 'k4'] as const;
const cadrePool = fc.uniqueArray(
  fc.record(
    {
      adviserId: fc.constantFrom(...cadreIds),
      track: fc.constantFrom('formerLeader', 'promisingMidLevel', 'youngCadre', 'other'),
      since: fc.constantFrom('2025-01-01', '2026-01-01'),
      until: fc.constantFrom(null, '2026-12-31'),
      industries: fc.subarray(['C', 'C28', 'C2821', 'F51']),
      countyId: fc.constantFrom(null, 'c1', 'c2'),
    },
    { requiredKeys: ['adviserId', 'track', 'since'] },
  ),
  { selector: (e) => e.adviserId, maxLength: 4 },
);
const poolAdvisers = fc.constant(cadreIds.map((id, i) => ({ id, expertise: i % 2 === 0 ? ['financing'] : [], experience: { basis: i % 2 === 0 ? ['managed' as const] : [] } })));
const cadreRequests = fc.uniqueArray(
  fc.record({ enterpriseId: fc.constantFrom('e1', 'e2', 'e3'), industry: fc.constantFrom('C2821', 'F5123'), needs: fc.subarray(['financing', 'listing']), countyId: fc.constantFrom(null, 'c1'), cadres: fc.integer({ min: 1, max: 3 }) }, { requiredKeys: ['enterpriseId', 'industry'] }),
  { selector: (r) => r.enterpriseId, maxLength: 3 },
);
const poolSecondments = fc.array(fc.record({ direction: fc.constantFrom('cadreToEnterprise', 'enterpriseToDepartment'), personId: fc.constantFrom(...cadreIds), period }), { maxLength: 3 });
const poolOptions = fc.record(
  {
    asOf: date,
    secondments: poolSecondments,
    tracks: fc.subarray(['formerLeader', 'promisingMidLevel', 'youngCadre', 'other'] as const),
    weights: fc.record({ expertise: fc.double({ min: 0.1, max: 1, noNaN: true }), experience: fc.double({ min: 0, max: 1, noNaN: true }), jurisdiction: fc.double({ min: 0, max: 1, noNaN: true }) }, { requiredKeys: [] }),
    requireFit: fc.boolean(),
    maxComparisons: fc.integer({ min: 1, max: 10_000 }),
  },
  { requiredKeys: ['asOf'] },
);
const expertTeam = fc.uniqueArray(fc.record({ id: fc.constantFrom('x1', 'x2', 'x3'), name: fc.constantFrom('陈教授', '周律师'), kind: fc.constantFrom('professor', 'accountant', 'consultant', 'lawyer', 'engineer') }), { selector: (e) => e.id, maxLength: 3 });
const expertWork = fc
  .array(
    fc.oneof(
      fc.record({ expertId: fc.constantFrom('x1', 'x2'), kind: fc.constant('issue' as const), issueId: fc.constantFrom('i1', 'i2'), on: date }),
      fc.record({ expertId: fc.constantFrom('x1', 'x3'), kind: fc.constant('visit' as const), visitId: fc.constantFrom('v1', 'v2'), enterpriseId: fc.constantFrom('e1', 'e2'), on: date }),
    ),
    { maxLength: 5 },
  )
  .map((ws) => ws.map((w, i) => ({ ...w, id: `w${i}` })));
const trainingSessions = fc
  .array(
    fc.record(
      { title: fc.constantFrom('宏观经济形势分析', '专利申请'), on: date, audience: fc.constantFrom('entrepreneurs', 'enterpriseStaff', 'governmentStaff', 'mixed'), organiserId: fc.constantFrom('d1', 'd2'), attendance: fc.integer({ min: 2, max: 300 }), attendeeIds: fc.subarray(['p1', 'p2']) },
      { requiredKeys: ['title', 'on', 'audience', 'attendance'] },
    ),
    { maxLength: 5 },
  )
  .map((ss) => ss.map((s, i) => ({ ...s, id: `t${i}` })));

export const orgArgs = {
  gridTeamStaffOwed: fc.oneof(
    fc.tuple(fc.record({ enterpriseRelatedClass: relatedClass, staffCount: fc.nat({ max: 200 }) })),
    fc.tuple(fc.record({ enterpriseRelatedClass: relatedClass, staffCount: fc.nat({ max: 200 }) }), fc.constant(hainingGridStaffShare)),
  ),
  cadrePoolSummary: fc.oneof(fc.tuple(cadrePool, date), fc.tuple(cadrePool, date, poolSecondments)),
  selectFromCadrePool: fc.tuple(cadrePool, poolAdvisers, cadreRequests, poolOptions),
  expertTeamSummary: fc.tuple(expertTeam, expertWork, period),
  trainingSummary: fc.tuple(trainingSessions, period),
  // Part 14 (issue 19): contact cards (联系卡, 001) of key enterprises from pairings and departments.
  contactCards: fc.oneof(
    fc.tuple(contactCardData, date),
    fc.tuple(
      contactCardData,
      date,
      fc.record({ level: fc.constantFrom('city' as const, 'county' as const), everyCard: fc.subarray(['d-ind', 'd-dev', 'd-tax']), showPersonalData: fc.boolean() }, { requiredKeys: [] }),
    ),
  ),
} satisfies ArgsOf<typeof orgBarrel>;

const taxonomy = fc.constantFrom(xingtaiServiceAreas, jiaozuoServiceAreas, lishuiProblemKinds);

export const taxonomyArgs = {
  categoryLabel: fc.tuple(
    taxonomy,
    fc.oneof(fc.constantFrom(...[xingtaiServiceAreas, jiaozuoServiceAreas, lishuiProblemKinds].flatMap((t) => t.categories.map((c) => c.id))), fc.string()),
    locale,
  ),
} satisfies ArgsOf<typeof taxonomyBarrel>;
