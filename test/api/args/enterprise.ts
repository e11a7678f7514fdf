/** The no-throw registry of `qinqing/enterprise`, `qinqing/org` and `qinqing/taxonomy`. */
import { fc } from '@fast-check/vitest';
import type * as enterpriseBarrel from '../../../src/enterprise/index.js';
import {
  hainingGridStaffShare,
  jiaozuoKeyEnterpriseQuota,
  jiaozuoServiceAreas,
  lishuiProblemKinds,
  xingtaiServiceAreas,
  type EnterpriseRelatedClass,
  type KeyEnterpriseLevel,
} from '../../../src/index.js';
import type * as orgBarrel from '../../../src/org/index.js';
import type * as taxonomyBarrel from '../../../src/taxonomy/index.js';
import { arbAdviser, arbEnterprise, arbInvalidAdviser, arbInvalidEnterprise, arbInvalidUscc, arbUscc } from '../../../src/testing/index.js';
import { anyInput, anyText } from '../hostile.js';
import type { ArgsOf } from '../registry.js';
import { from, locale } from '../valid.js';

const keyLevel = fc.constantFrom<KeyEnterpriseLevel>('none', 'county', 'city');
const uscc = fc.oneof(from(arbUscc()), from(arbInvalidUscc()));
const county = fc.constantFrom('c1', 'c2', 'c3');

export const enterpriseArgs = {
  safeParseUscc: fc.tuple(anyInput(uscc)),
  isValidUscc: fc.tuple(anyInput(uscc)),
  usccCheckCharacter: fc.tuple(anyText(uscc.map((u) => u.slice(0, 17)))),
  normalizeUscc: fc.tuple(anyText(uscc.map((u) => ` ${u.toLowerCase()} `))),
  safeParseEnterprise: fc.tuple(anyInput(fc.oneof(from(arbEnterprise()), from(arbInvalidEnterprise())))),
  safeParseIndustrialPark: fc.tuple(anyInput(fc.constant({ id: 'p1', name: '高新区', kind: 'industrialPark', countyId: 'c1' }))),
  safeParseVisitGrid: fc.tuple(anyInput(fc.constant({ id: 'g1', name: '网格一', countyId: 'c1', description: '城东' }))),
  isKeyEnterprise: fc.tuple(fc.record({ keyLevel }), fc.constantFrom('city' as const, 'county' as const)),
  safeParseKeyEnterpriseQuota: fc.tuple(anyInput(fc.constant(jiaozuoKeyEnterpriseQuota))),
  checkKeyEnterpriseQuota: fc.oneof(
    fc.tuple(fc.array(fc.record({ countyId: county, keyLevel }), { maxLength: 30 })),
    fc.tuple(fc.array(fc.record({ countyId: county, keyLevel }), { maxLength: 30 }), fc.constant(jiaozuoKeyEnterpriseQuota)),
  ),
} satisfies ArgsOf<typeof enterpriseBarrel>;

const relatedClass = fc.constantFrom<EnterpriseRelatedClass | undefined>('class1', 'class2', undefined);

export const orgArgs = {
  safeParseAdviser: fc.tuple(anyInput(fc.oneof(from(arbAdviser()), from(arbInvalidAdviser())))),
  safeParseDepartment: fc.tuple(anyInput(fc.constant({ id: 'd1', name: '市生态环境局', level: 'city', enterpriseRelatedClass: 'class1', staffCount: 40 }))),
  safeParseGridStaffShare: fc.tuple(anyInput(fc.constant(hainingGridStaffShare))),
  gridTeamStaffOwed: fc.oneof(
    fc.tuple(fc.record({ enterpriseRelatedClass: relatedClass, staffCount: fc.nat({ max: 200 }) })),
    fc.tuple(fc.record({ enterpriseRelatedClass: relatedClass, staffCount: fc.nat({ max: 200 }) }), fc.constant(hainingGridStaffShare)),
  ),
  safeParseOfficial: fc.tuple(anyInput(fc.constant({ id: 'o1', name: '赵六', role: 'deputyMayorInCharge', portfolio: ['financing'], departmentId: 'd1' }))),
  safeParseGoverningBody: fc.tuple(anyInput(fc.constant({ id: 'g1', name: '领导小组', kind: 'leadingGroup', level: 'city', chairId: 'o1', deputyChairIds: ['o2'], memberDepartmentIds: ['d1'] }))),
  safeParseExpert: fc.tuple(anyInput(fc.constant({ id: 'x1', name: '孙七', kind: 'professor', affiliation: '大学', expertise: ['financing'] }))),
  safeParseGridTeam: fc.tuple(anyInput(fc.constant({ id: 't1', gridId: 'g1', name: '一组', leaderId: 'a1', memberIds: ['a1', 'a2'] }))),
} satisfies ArgsOf<typeof orgBarrel>;

const taxonomy = fc.constantFrom(xingtaiServiceAreas, jiaozuoServiceAreas, lishuiProblemKinds);

export const taxonomyArgs = {
  safeParseTaxonomy: fc.tuple(anyInput(taxonomy)),
  categoryLabel: fc.tuple(
    taxonomy,
    fc.oneof(fc.constantFrom(...[xingtaiServiceAreas, jiaozuoServiceAreas, lishuiProblemKinds].flatMap((t) => t.categories.map((c) => c.id))), fc.string()),
    locale,
  ),
} satisfies ArgsOf<typeof taxonomyBarrel>;
